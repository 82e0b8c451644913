package dev.cmdguard.rules.filesystem;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.Rule;
import dev.cmdguard.rules.RuleContext;

/** The filesystem family of SPEC section 4 (see docs/rules/filesystem.md). */
public final class FilesystemRule implements Rule {

  @Override
  public FindingCode.Family family() {
    return FindingCode.Family.FILESYSTEM;
  }

  @Override
  public void check(RuleContext context, Findings findings) {}
}
