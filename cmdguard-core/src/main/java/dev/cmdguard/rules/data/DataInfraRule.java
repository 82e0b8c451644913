package dev.cmdguard.rules.data;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.Rule;
import dev.cmdguard.rules.RuleContext;

/** The data family of SPEC section 4 (see docs/rules/data-infra.md). */
public final class DataInfraRule implements Rule {

  @Override
  public FindingCode.Family family() {
    return FindingCode.Family.DATA_INFRA;
  }

  @Override
  public void check(RuleContext context, Findings findings) {}
}
