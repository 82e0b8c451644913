package dev.cmdguard.cli;

import dev.cmdguard.Decision;
import dev.cmdguard.EvaluationRequest;

/**
 * The audit of an execution outcome (SPEC section 7: exit code, duration, sandboxed or not,
 * runtime), the one place {@code exec} reports a finished run.
 */
final class ExecAudit {
  private ExecAudit() {}

  /** Records that the command of {@code request} ran through {@code launch} and ended so. */
  static void executed(
      Environment env,
      EvaluationRequest request,
      Decision decision,
      Launch launch,
      ChildProcess.Outcome outcome) {
    // The audit log (dev.cmdguard.audit) is not on main yet: this is the single call site to wire.
  }
}
