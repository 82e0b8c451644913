package dev.cmdguard.rules.git;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.Rule;
import dev.cmdguard.rules.RuleContext;

/** The git family of SPEC section 4 (see docs/rules/git.md). */
public final class GitRule implements Rule {

  @Override
  public FindingCode.Family family() {
    return FindingCode.Family.GIT;
  }

  @Override
  public void check(RuleContext context, Findings findings) {}
}
