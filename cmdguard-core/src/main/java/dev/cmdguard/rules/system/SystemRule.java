package dev.cmdguard.rules.system;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.Rule;
import dev.cmdguard.rules.RuleContext;

/** The system family of SPEC section 4 (see docs/rules/system.md). */
public final class SystemRule implements Rule {

  @Override
  public FindingCode.Family family() {
    return FindingCode.Family.SYSTEM;
  }

  @Override
  public void check(RuleContext context, Findings findings) {}
}
