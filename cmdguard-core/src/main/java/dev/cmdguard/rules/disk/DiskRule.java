package dev.cmdguard.rules.disk;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.Rule;
import dev.cmdguard.rules.RuleContext;

/** The disk family of SPEC section 4 (see docs/rules/disk.md). */
public final class DiskRule implements Rule {

  @Override
  public FindingCode.Family family() {
    return FindingCode.Family.DISK;
  }

  @Override
  public void check(RuleContext context, Findings findings) {}
}
