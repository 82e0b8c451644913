package dev.cmdguard.rules.context;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.Rule;
import dev.cmdguard.rules.RuleContext;

/** The context family of SPEC section 4 (see docs/rules/context.md). */
public final class ContextRule implements Rule {

  @Override
  public FindingCode.Family family() {
    return FindingCode.Family.CONTEXT;
  }

  @Override
  public void check(RuleContext context, Findings findings) {}
}
