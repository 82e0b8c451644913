package dev.cmdguard.cli;

import dev.cmdguard.CommandGuard;
import dev.cmdguard.EvaluationRequest;
import dev.cmdguard.audit.AuditLog;
import dev.cmdguard.audit.AuditLogSink;
import dev.cmdguard.audit.AuditSettings;
import dev.cmdguard.audit.AuditSink;
import dev.cmdguard.policy.Layer;
import dev.cmdguard.policy.Policies;
import dev.cmdguard.policy.Policy;
import dev.cmdguard.policy.PolicyException;
import dev.cmdguard.policy.PolicyKey;
import dev.cmdguard.policy.PolicyLayer;
import dev.cmdguard.policy.PolicyLoader;
import dev.cmdguard.policy.PolicyLocations;
import dev.cmdguard.policy.ProjectTrust;
import dev.cmdguard.policy.TrustStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

/**
 * Builds what the deciding verbs share from the process's environment (SPEC section 6): the file
 * locations, the policy layers (system, user, project, flags) with project trust, the trust store,
 * and the one {@link CommandGuard} a process uses.
 */
final class PolicySetup {
  private PolicySetup() {}

  /**
   * Where cmdguard's files are for {@code env}: its {@code CMDGUARD_*} and XDG variables, and the
   * home directory {@code $HOME} (else {@code user.home}) resolved against the working directory.
   */
  static PolicyLocations locations(Environment env) {
    Path home = env.workingDirectory().resolve(env.variable("HOME", env.userHome())).normalize();
    return PolicyLocations.fromEnvironment(env.variables(), home);
  }

  /**
   * The policy in force for {@code workspace}, or the built-in one when a file is broken (then
   * every evaluation denies anyway; this is only for process-wide settings such as the cache).
   */
  static Policy effectiveOrDefaults(Policies policies, String workspace) {
    try {
      return policies.resolve(workspace);
    } catch (PolicyException e) {
      return Policy.defaults();
    }
  }

  /**
   * {@code trust.ttl} of the effective policy for {@code workspace}; the built-in default when a
   * policy file is broken (the command is refused anyway: a broken policy denies everything).
   */
  static Duration trustTtl(Environment env, String workspace) {
    return effectiveOrDefaults(policies(env, noFlags()), workspace).duration(PolicyKey.TRUST_TTL);
  }

  /** The layers: system, user and project files from {@code env}, then {@code flags}. */
  static Policies policies(Environment env, PolicyLayer flags) {
    PolicyLocations at = locations(env);
    ProjectTrust trust = ProjectTrust.at(at.trustedPolicies());
    return new Policies(at, PolicyLoader::load, trust::trustedHash, flags);
  }

  /** A flags layer with no settings. */
  static PolicyLayer noFlags() {
    return new PolicyLayer(Layer.FLAGS, "", "", List.of(), List.of());
  }

  /**
   * The guard for this process: the policy layers of {@code env}, the trust store, the built-in
   * rules, timed with {@code System::nanoTime}. Build it once and reuse it: it caches per-context
   * path classifiers and policy files.
   *
   * <p>It has evaluated one trivial command before it is returned: the first evaluation in a JVM
   * loads the parser's native library and initialises hundreds of classes, which on a busy machine
   * can take longer than the analysis time budget and would turn the user's first command into an
   * {@code ANALYSIS_LIMIT} finding. That one-time cost is not the command's.
   */
  static CommandGuard guard(Environment env) {
    return build(env, noFlags(), Optional.empty());
  }

  /**
   * A guard as {@link #guard} that also records every decision in the audit log (SPEC section 7):
   * the verbs that decide about a command that is about to run ({@code check}, {@code exec}, the
   * hooks, the service). Close it to release the log. When the log cannot be opened, every
   * evaluation reports that its record could not be written (deny under {@code audit.required}).
   */
  static Audited audited(Environment env) {
    return audited(env, noFlags());
  }

  /**
   * The guard of {@link #audited(Environment)} for a process that judges exactly one command
   * ({@code cmdguard hook}): without the decision cache, which one evaluation never hits and whose
   * set-up (Caffeine, the key's hash) is a measurable part of a hook call's start-up.
   */
  static Audited auditedOnce(Environment env) {
    return audited(env, noFlags(), AuditSink.NONE, false);
  }

  /**
   * The guard of {@link #audited(Environment)} with command-line {@code flags} as the top layer.
   */
  static Audited audited(Environment env, PolicyLayer flags) {
    return audited(env, flags, AuditSink.NONE);
  }

  /**
   * The guard of {@link #audited(Environment)} that also reports every decision to {@code observer}
   * before it is written to the log ({@code serve} counts them for its metrics). The observer must
   * not throw.
   */
  static Audited audited(Environment env, PolicyLayer flags, AuditSink observer) {
    return audited(env, flags, observer, true);
  }

  private static Audited audited(
      Environment env, PolicyLayer flags, AuditSink observer, boolean cached) {
    PolicyLocations at = locations(env);
    Policies policies = policies(env, flags);
    Policy here = effectiveOrDefaults(policies, env.workingDirectory().toString());
    AuditSettings settings = auditSettings(at, here);
    AuditLog log = null;
    AuditSink sink;
    try {
      log = AuditLog.open(settings);
      sink = new AuditLogSink(log, InstantSource.system());
    } catch (IOException | RuntimeException e) {
      String why = "cannot open the audit log " + settings.path() + ": " + e.getMessage();
      sink =
          (request, decision) -> {
            throw new IOException(why);
          };
    }
    AuditSink written = sink;
    AuditSink recorded =
        observer == AuditSink.NONE
            ? written
            : (request, decision) -> {
              observer.record(request, decision);
              written.record(request, decision);
            };
    return new Audited(
        build(env, policies, here, Optional.of(recorded), cached), Optional.ofNullable(log));
  }

  /** A guard and the audit log it writes to; closing releases the log. */
  record Audited(CommandGuard guard, Optional<AuditLog> log) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      if (log.isPresent()) {
        log.get().close();
      }
    }
  }

  /**
   * The audit log's settings from the policy: {@code audit.path} ({@code default}: the state
   * directory's {@code audit.jsonl}; a relative path is taken against the state directory), {@code
   * audit.max_bytes}, {@code audit.mask}.
   */
  static AuditSettings auditSettings(PolicyLocations at, Policy policy) {
    String path = policy.text(PolicyKey.AUDIT_PATH);
    Path file = path.equals("default") ? at.auditLog() : at.stateDirectory().resolve(path);
    return new AuditSettings(
        file.normalize(),
        policy.size(PolicyKey.AUDIT_MAX_BYTES),
        policy.list(PolicyKey.AUDIT_MASK),
        false);
  }

  private static CommandGuard build(Environment env, PolicyLayer flags, Optional<AuditSink> audit) {
    Policies policies = policies(env, flags);
    return build(
        env,
        policies,
        effectiveOrDefaults(policies, env.workingDirectory().toString()),
        audit,
        true);
  }

  /**
   * The guard over {@code policies}, whose layers were already read once for {@code here} (the
   * policy of the working directory, for process-wide settings): they are not read again. Without
   * {@code cached}, no decision cache.
   */
  private static CommandGuard build(
      Environment env, Policies policies, Policy here, Optional<AuditSink> audit, boolean cached) {
    PolicyLocations at = locations(env);
    TrustStore store = TrustStore.at(at.trustStore());
    CommandGuard.Builder builder =
        CommandGuard.builder()
            .cache(
                cached ? here.size(PolicyKey.CACHE_SIZE) : 0, here.duration(PolicyKey.CACHE_EXPIRY))
            .clock(System::nanoTime)
            .wallClock(InstantSource.system())
            .policies(policies)
            .guardFiles(
                List.of(
                    at.systemPolicy().toString(),
                    at.userPolicy().toString(),
                    at.stateDirectory().toString(),
                    auditSettings(at, here).path().toString()))
            .approvals(
                (argv, now) ->
                    store
                        .find(argv, now)
                        .map(
                            e -> "trust store entry " + e.id() + " (expires " + e.expires() + ")"));
    builder.build().evaluate(EvaluationRequest.script("true", "/", "/", "root"));
    audit.ifPresent(builder::audit);
    return builder.build();
  }
}
