package dev.cmdguard.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Remembered human approvals (the trust store, SPEC section 6): a command whose analysed argv lists
 * equal an unexpired approval is allowed where it would otherwise ask. Never consulted for critical
 * risk, locked codes or incomplete analyses.
 */
@FunctionalInterface
public interface Approvals {
  /** No approvals at all. */
  Approvals NONE = (argv, now) -> Optional.empty();

  /**
   * @param invocations the argv (values as analysed) of every invocation, in order
   * @param now the current time, for expiry
   * @return a description of the approval that covers exactly these invocations ({@code trust store
   *     entry 1a2b3c4d, expires 2026-11-28T10:00:00Z}), if one does
   */
  Optional<String> approval(List<List<String>> invocations, Instant now);
}
