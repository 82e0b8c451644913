package dev.cmdguard.audit;

import dev.cmdguard.Decision;
import dev.cmdguard.EvaluationRequest;
import java.io.IOException;

/**
 * Where a guard records each decision (SPEC section 7). The audit log is one; tests use others.
 * Called once per evaluation, after the decision is made, from any thread.
 */
@FunctionalInterface
public interface AuditSink {
  /** Records nothing. */
  AuditSink NONE = (request, decision) -> {};

  /**
   * @param request what was asked, with its agent and session
   * @param decision what was decided
   * @throws IOException when the record could not be written whole; with {@code audit.required} the
   *     decision then becomes deny
   */
  void record(EvaluationRequest request, Decision decision) throws IOException;
}
