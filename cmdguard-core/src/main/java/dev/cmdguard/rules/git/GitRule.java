package dev.cmdguard.rules.git;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.Rule;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.List;
import java.util.Optional;

/**
 * The git family of SPEC section 4 (docs/rules/git.md): force pushes ({@code GIT_FORCE_PUSH}),
 * commands that throw away uncommitted work ({@code GIT_DISCARD_CHANGES}), history rewriting and
 * reflog destruction ({@code GIT_HISTORY_REWRITE}), deleting refs on the remote ({@code
 * GIT_REMOTE_DELETE}) and local branches ({@code GIT_BRANCH_DELETE}). Each check follows the
 * subcommand's man page (git-push(1), git-reset(1), git-checkout(1), git-restore(1), git-clean(1),
 * git-stash(1), git-switch(1), git-branch(1), git-reflog(1), git-update-ref(1),
 * git-filter-branch(1)); git's global options are skipped first ({@link GitCommand}). Read-only
 * subcommands are the read-only registry's business; this rule only reports findings.
 */
public final class GitRule implements Rule {

  @Override
  public FindingCode.Family family() {
    return FindingCode.Family.GIT;
  }

  @Override
  public void check(RuleContext context, Findings findings) {
    List<Invocation> all = context.invocations();
    for (int i = 0; i < all.size(); i++) {
      Invocation inv = all.get(i);
      if (isBfg(inv)) {
        findings
            .report(FindingCode.GIT_HISTORY_REWRITE, i)
            .message("the BFG Repo-Cleaner rewrites every commit of the repository")
            .safer("run it on a fresh mirror clone (git clone --mirror) and keep the original")
            .add();
        continue;
      }
      Optional<GitCommand> git = GitCommand.parse(inv);
      if (git.isPresent() && !git.get().help()) {
        check(git.get(), i, findings);
      }
    }
  }

  private static void check(GitCommand git, int i, Findings findings) {
    switch (git.subcommand()) {
      case "push" -> PushChecks.check(git, i, findings);
      case "reset", "checkout", "restore", "switch" -> WorktreeChecks.check(git, i, findings);
      case "clean", "stash", "worktree", "rm", "submodule" -> CleanupChecks.check(git, i, findings);
      case "branch", "filter-branch", "filter-repo", "reflog", "update-ref" ->
          RefChecks.check(git, i, findings);
      default -> {
        // other subcommands: no finding of this family
      }
    }
  }

  /** The BFG Repo-Cleaner, run as {@code bfg} or {@code java -jar bfg-1.14.0.jar}. */
  private static boolean isBfg(Invocation inv) {
    if (inv.program().equals("bfg")) {
      return true;
    }
    if (!inv.program().equals("java")) {
      return false;
    }
    for (Arg a : inv.args()) {
      if (a.value().matches("(?:.*/)?bfg[^/]*\\.jar")) {
        return true;
      }
    }
    return false;
  }
}
