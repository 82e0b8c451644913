package dev.cmdguard.rules.secrets;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.Rule;
import dev.cmdguard.rules.RuleContext;

/** The secrets family of SPEC section 4 (see docs/rules/secrets.md). */
public final class SecretsRule implements Rule {

  @Override
  public FindingCode.Family family() {
    return FindingCode.Family.SECRETS;
  }

  @Override
  public void check(RuleContext context, Findings findings) {}
}
