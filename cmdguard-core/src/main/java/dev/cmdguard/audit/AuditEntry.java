package dev.cmdguard.audit;

import dev.cmdguard.Risk;
import dev.cmdguard.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One record read back from the audit log: the chain fields and what {@code audit tail} and {@code
 * audit stats} show. Only {@code seq} and {@code prev} are required for a line to count as a
 * record; the other fields are empty when missing or of the wrong type.
 *
 * @param seq the record's place in the chain, from 1
 * @param prev the SHA-256 of the record before it
 * @param hash the SHA-256 of this record's line bytes
 * @param time when it happened
 * @param kind {@code decision} or {@code execution} as written ({@code ""} when missing)
 * @param session the agent's session id
 * @param agent the agent that asked
 * @param cwd the working directory ({@code ""} when missing)
 * @param command the command as given (an empty script when missing)
 * @param verdict the decision's {@code decision} field
 * @param risk the decision's {@code risk} field
 * @param codes the decision's finding codes, in order
 * @param execution how the run ended (execution records)
 * @param line the record's line as text, exactly as stored
 */
public record AuditEntry(
    long seq,
    String prev,
    String hash,
    Optional<Instant> time,
    String kind,
    Optional<String> session,
    Optional<String> agent,
    String cwd,
    AuditRecord.Command command,
    Optional<Verdict> verdict,
    Optional<Risk> risk,
    List<String> codes,
    Optional<AuditRecord.Execution> execution,
    String line) {
  public AuditEntry {
    Objects.requireNonNull(prev, "prev");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(cwd, "cwd");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(risk, "risk");
    codes = List.copyOf(codes);
    Objects.requireNonNull(execution, "execution");
    Objects.requireNonNull(line, "line");
  }

  /**
   * Reads one line of the log.
   *
   * @param line the line's bytes without its newline
   * @return the record, or empty when the line is not a JSON object with {@code seq} and {@code
   *     prev} (a torn write, or not JSON at all)
   */
  public static Optional<AuditEntry> parse(byte[] line) {
    return AuditLine.parse(line, line.length) instanceof AuditLine.Valid v
        ? Optional.of(v.entry())
        : Optional.empty();
  }
}
