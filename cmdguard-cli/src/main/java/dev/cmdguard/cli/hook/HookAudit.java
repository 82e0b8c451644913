package dev.cmdguard.cli.hook;

import dev.cmdguard.Decision;
import dev.cmdguard.EvaluationRequest;
import java.io.IOException;

/**
 * Where {@link Hooks#handle} records each decision (SPEC section 7): the request carries the
 * agent's name and session ({@link EvaluationRequest#agent()}, {@link
 * EvaluationRequest#session()}).
 */
@FunctionalInterface
public interface HookAudit {
  /**
   * Records one decision.
   *
   * @throws IOException when it cannot be recorded; the hook then blocks the call instead of
   *     answering (an auditor whose failures must not block catches its own)
   */
  void record(EvaluationRequest request, Decision decision) throws IOException;

  /** An audit that records nothing. */
  static HookAudit none() {
    return (request, decision) -> {};
  }
}
