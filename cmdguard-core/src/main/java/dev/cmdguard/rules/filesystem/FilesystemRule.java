package dev.cmdguard.rules.filesystem;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.Rule;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Invocation;
import java.util.List;

/**
 * The filesystem family of SPEC section 4 (docs/rules/filesystem.md): deleting, moving away or
 * emptying the root, a system directory, the home, the workspace or what lies outside it; unsafe
 * permission and ownership changes; and writes to system files and to files a shell, ssh or git
 * later runs. Paths are judged after resolution ({@link Targets}), per invocation, so {@code sudo
 * bash -c "rm -rf /"}, {@code find / -delete} and {@code xargs rm} are caught and {@code echo 'rm
 * -rf /'} is not.
 */
public final class FilesystemRule implements Rule {

  @Override
  public FindingCode.Family family() {
    return FindingCode.Family.FILESYSTEM;
  }

  @Override
  public void check(RuleContext context, Findings findings) {
    Targets targets = new Targets(context);
    Verdict.Reporter reporter = new Verdict.Reporter(findings);
    Deletions deletions = new Deletions(targets, reporter);
    Moves moves = new Moves(targets, reporter);
    Rsync rsync = new Rsync(targets, reporter);
    Permissions permissions = new Permissions(targets, reporter);
    Writes writes = new Writes(targets, reporter);
    List<Invocation> all = context.invocations();
    for (int i = 0; i < all.size(); i++) {
      Invocation inv = all.get(i);
      switch (inv.program()) {
        case "rm", "srm", "unlink", "shred", "truncate" -> deletions.check(i, inv);
        case "mv" -> moves.check(i, inv);
        case "rsync" -> rsync.check(i, inv);
        case "chmod", "chown", "chgrp" -> permissions.check(i, inv);
        default -> {}
      }
      writes.check(i, inv);
    }
  }
}
