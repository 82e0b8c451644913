package dev.cmdguard.rules.execution;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.Rule;
import dev.cmdguard.rules.RuleContext;

/** The execution family of SPEC section 4 (see docs/rules/execution.md). */
public final class ExecutionRule implements Rule {

  @Override
  public FindingCode.Family family() {
    return FindingCode.Family.EXECUTION;
  }

  @Override
  public void check(RuleContext context, Findings findings) {}
}
