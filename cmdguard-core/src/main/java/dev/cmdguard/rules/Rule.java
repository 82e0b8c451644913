package dev.cmdguard.rules;

import dev.cmdguard.FindingCode;

/**
 * One rule family (SPEC section 4): looks at every invocation of a command, with its redirections,
 * pipes and context, and reports findings. A rule is stateless and thread-safe; it never throws for
 * any input (findings are data, not exceptions). Rules are registered in {@link BuiltInRules}, each
 * documented in {@code docs/rules/<family>.md}.
 */
public interface Rule {

  /** The family this rule implements; the codes it reports belong to it. */
  FindingCode.Family family();

  /**
   * Reports the findings of this family.
   *
   * @param context the analysed command: invocations, paths, the original text
   * @param findings where findings go
   */
  void check(RuleContext context, Findings findings);
}
