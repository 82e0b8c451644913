package dev.cmdguard;

import dev.cmdguard.unwrap.Invocation;
import java.util.List;

/**
 * What the cache keeps for one command in one context (SPEC section 7): stages 1–4 and the policy's
 * verdict, before remembered approvals (which change on their own) are consulted.
 *
 * @param risk the command's risk
 * @param findings every finding, severities after the policy's overrides, most severe first
 * @param invocations the invocations as analysed
 * @param outcome the verdict from the profile, the rules and {@code git.block_force_push}
 * @param complete false when the analysis did not see everything (a syntax error, a depth, size or
 *     time limit), whatever the rules reported about it: such a command is never allowed without a
 *     human (SPEC section 1), even with rules that report no guard findings
 * @param limited true when a limit cut the analysis short (not cached: it may finish next time)
 */
record Analysed(
    Risk risk,
    List<Finding> findings,
    List<Invocation> invocations,
    PolicyVerdict.Outcome outcome,
    boolean complete,
    boolean limited) {
  Analysed {
    findings = List.copyOf(findings);
    invocations = List.copyOf(invocations);
  }

  /** False when the analysis hit a limit: a busy machine may finish it next time. */
  boolean cacheable() {
    return !limited && findings.stream().noneMatch(f -> f.code() == FindingCode.ANALYSIS_LIMIT);
  }
}
