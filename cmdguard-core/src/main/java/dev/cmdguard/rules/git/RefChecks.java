package dev.cmdguard.rules.git;

import dev.cmdguard.FindingCode;
import dev.cmdguard.Risk;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.unwrap.Arg;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Branches, history and the reflog. {@code GIT_BRANCH_DELETE}: {@code branch -D} (and {@code -d
 * --force}) deletes a branch even when unmerged, high; {@code -d} refuses unmerged branches, medium
 * (git-branch(1)); {@code branch -f NAME} resets an existing branch, which loses its commits the
 * same way. {@code GIT_HISTORY_REWRITE}: {@code filter-branch}, {@code filter-repo} rewrite every
 * commit; {@code reflog expire --expire=now} and {@code reflog delete} destroy the record that
 * makes resets and deletions recoverable (git-reflog(1)); {@code update-ref -d} deletes a ref with
 * no safety check (git-update-ref(1)). Rebasing, amending and {@code reset --soft} are ordinary
 * local work: the rewrite only reaches others through a force push, which is reported there.
 */
final class RefChecks {
  private static final Set<String> BRANCH_VALUED =
      Set.of(
          "--contains",
          "--no-contains",
          "--merged",
          "--no-merged",
          "--points-at",
          "--sort",
          "--format",
          "--set-upstream-to");

  private RefChecks() {}

  static void check(GitCommand git, int i, Findings findings) {
    switch (git.subcommand()) {
      case "branch" -> branch(git, i, findings);
      case "reflog" -> reflog(git, i, findings);
      case "update-ref" -> updateRef(git, i, findings);
      default -> rewrite(git, i, findings);
    }
  }

  private static void branch(GitCommand git, int i, Findings findings) {
    List<String> w = git.words();
    List<Arg> names = git.operands(BRANCH_VALUED, "u");
    if (names.isEmpty()) {
      return;
    }
    boolean force = Flags.hasDangerous(w, 'f', "u", "--force");
    boolean bigD = Flags.hasShort(w, 'D', "u");
    String name = names.get(0).value();
    if (bigD || Flags.hasDangerous(w, 'd', "u", "--delete")) {
      boolean remotes = Flags.has(w, 'r', "u", "--remotes");
      boolean unmerged = (bigD || force) && !remotes;
      String kind = remotes ? "remote-tracking branch " : "branch ";
      findings
          .report(FindingCode.GIT_BRANCH_DELETE, i)
          .severity(unmerged ? Risk.HIGH : Risk.MEDIUM)
          .message(
              unmerged
                  ? "git branch -D deletes branch " + name + " even if it is not merged"
                  : "git branch -d deletes " + kind + name)
          .at(names.get(0))
          .safer("git branch -d " + name + " (refuses to delete an unmerged branch)")
          .add();
    } else if (force && !isRenameOrCopy(w)) {
      findings
          .report(FindingCode.GIT_BRANCH_DELETE, i)
          .message(
              "git branch --force resets branch "
                  + name
                  + "; its old commits are left to the reflog")
          .at(names.get(0))
          .safer("create a new branch instead (git branch " + name + "-new …)")
          .add();
    }
  }

  private static boolean isRenameOrCopy(List<String> w) {
    return Flags.has(w, 'm', "u", "--move")
        || Flags.hasShort(w, 'M', "u")
        || Flags.has(w, 'c', "u", "--copy")
        || Flags.hasShort(w, 'C', "u");
  }

  private static void reflog(GitCommand git, int i, Findings findings) {
    List<Arg> ops = git.operands(Set.of(), "");
    if (ops.isEmpty()) {
      return;
    }
    String action = ops.get(0).value();
    boolean all =
        git.words().stream().anyMatch(w -> w.matches("--expire(-unreachable)?=(now|all|0)"));
    if (action.equals("delete") || (action.equals("expire") && all)) {
      findings
          .report(FindingCode.GIT_HISTORY_REWRITE, i)
          .message(
              "git reflog "
                  + action
                  + " erases the reflog, the only record of commits no longer on a branch")
          .at(ops.get(0))
          .safer("leave the reflog to expire on its own (git gc keeps 90 days by default)")
          .add();
    }
  }

  private static void updateRef(GitCommand git, int i, Findings findings) {
    Optional<Arg> delete = git.dangerous('d', "m", "--delete");
    List<Arg> ops = git.operands(Set.of(), "m");
    if (delete.isEmpty() || ops.isEmpty()) {
      return;
    }
    findings
        .report(FindingCode.GIT_HISTORY_REWRITE, i)
        .message("git update-ref -d deletes the ref " + ops.get(0).value() + " without any check")
        .at(ops.get(0))
        .safer("git branch -d or git tag -d, which name what they delete and check merges")
        .add();
  }

  private static void rewrite(GitCommand git, int i, Findings findings) {
    findings
        .report(FindingCode.GIT_HISTORY_REWRITE, i)
        .message(
            "git "
                + git.subcommand()
                + " rewrites every commit it touches; publishing the result needs a force push")
        .safer("run it on a fresh clone (git clone --mirror) and keep the original as a backup")
        .add();
  }
}
