/**
 * Stage 6, record (SPEC section 7): the tamper-evident audit log.
 *
 * <p>Writing: open an {@link dev.cmdguard.audit.AuditLog} with {@link
 * dev.cmdguard.audit.AuditSettings} and {@link dev.cmdguard.audit.AuditLog#append} an {@link
 * dev.cmdguard.audit.AuditRecord} per decision or execution; secrets are masked ({@link
 * dev.cmdguard.audit.Masking}) and the record becomes one JSON line chained to the one before by
 * SHA-256. The Decision's JSON is {@link dev.cmdguard.audit.DecisionJsonWriter}'s, the same as
 * {@code check --json}.
 *
 * <pre>{@code
 * try (AuditLog audit = AuditLog.open(AuditSettings.defaults(locations.auditLog()))) {
 *   audit.append(AuditRecord.decision(now, session, agent, cwd, command, decision));
 * }
 * }</pre>
 *
 * <p>Reading: {@link dev.cmdguard.audit.AuditVerifier} checks the chain, {@link
 * dev.cmdguard.audit.AuditReader} and {@link dev.cmdguard.audit.AuditFollower} give records back,
 * {@link dev.cmdguard.audit.AuditStats} counts them. The format and the guarantees are in {@code
 * docs/audit.md}. Like the rest of the core, nothing here reads the clock or the environment: times
 * and paths are passed in.
 */
package dev.cmdguard.audit;
