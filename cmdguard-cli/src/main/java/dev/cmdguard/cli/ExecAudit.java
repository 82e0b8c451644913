package dev.cmdguard.cli;

import dev.cmdguard.Decision;
import dev.cmdguard.EvaluationRequest;
import dev.cmdguard.audit.AuditLog;
import dev.cmdguard.audit.AuditLogSink;
import dev.cmdguard.audit.AuditRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Optional;

/**
 * The audit record of an execution outcome (SPEC section 7): exit code, duration, sandboxed or not,
 * and the runtime, with the decision that let the command run. The decision itself was recorded by
 * the guard ({@link PolicySetup#audited}) before the command started, so {@code audit.required} has
 * already denied a command whose decision could not be recorded. A run that happened cannot be
 * undone: when its record cannot be written, cmdguard says so on standard error and keeps the
 * command's exit status.
 */
final class ExecAudit {
  private ExecAudit() {}

  /**
   * Appends the outcome of {@code launch} to {@code log}.
   *
   * @param log the audit log; empty when it could not be opened (the decision's record already says
   *     why)
   */
  static void executed(
      Optional<AuditLog> log,
      EvaluationRequest request,
      Decision decision,
      Launch launch,
      ChildProcess.Outcome outcome,
      PrintWriter err) {
    if (log.isEmpty()) {
      err.println("cmdguard: the audit record of this run was not written: no audit log");
      err.flush();
      return;
    }
    AuditRecord record =
        AuditRecord.execution(
            Instant.now(),
            present(request.session()),
            present(request.agent()),
            request.cwd(),
            AuditLogSink.command(request),
            Optional.of(decision),
            new AuditRecord.Execution(
                outcome.exitCode(),
                outcome.durationMillis(),
                launch.sandboxed(),
                launch.runtime()));
    try {
      log.get().append(record);
    } catch (IOException | RuntimeException e) {
      err.println("cmdguard: the audit record of this run was not written: " + e.getMessage());
      err.flush();
    }
  }

  private static Optional<String> present(String value) {
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
