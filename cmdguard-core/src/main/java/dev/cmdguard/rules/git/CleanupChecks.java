package dev.cmdguard.rules.git;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.unwrap.Arg;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Commands that delete work git holds nowhere else ({@code GIT_DISCARD_CHANGES}): {@code clean}
 * with {@code -f} (git-clean(1): untracked files were never committed; {@code -n} is a dry run
 * whatever else is given, {@code -i} asks first), {@code stash drop}/{@code clear} (git-stash(1)),
 * {@code worktree remove --force} (git-worktree(1)), {@code rm --force} without {@code --cached}
 * (git-rm(1)), {@code submodule deinit --force} (git-submodule(1)).
 */
final class CleanupChecks {
  private CleanupChecks() {}

  static void check(GitCommand git, int i, Findings findings) {
    switch (git.subcommand()) {
      case "clean" -> clean(git, i, findings);
      case "stash" -> stash(git, i, findings);
      default -> forced(git, i, findings);
    }
  }

  private static void clean(GitCommand git, int i, Findings findings) {
    List<String> w = git.words();
    Optional<Arg> force = git.dangerous('f', "e", "--force");
    boolean noRequire =
        git.config("clean.requireforce").map(v -> v.matches("(?i)false|no|off|0")).orElse(false);
    if ((force.isEmpty() && !noRequire)
        || Flags.has(w, 'n', "e", "--dry-run")
        || Flags.has(w, 'i', "e", "--interactive")) {
      return;
    }
    boolean ignored = Flags.hasShort(w, 'x', "e") || Flags.hasShort(w, 'X', "e");
    boolean dirs = Flags.hasShort(w, 'd', "e");
    findings
        .report(FindingCode.GIT_DISCARD_CHANGES, i)
        .message(
            "git clean permanently deletes untracked files"
                + (dirs ? " and directories" : "")
                + (ignored ? ", including ignored ones such as .env files and local settings" : "")
                + "; git holds no copy of them")
        .at(force.map(Arg::span).orElse(git.invocation().span()))
        .safer("git clean -n" + (dirs ? "d" : "") + " to preview, or git stash -u to keep them")
        .add();
  }

  private static void stash(GitCommand git, int i, Findings findings) {
    List<Arg> ops = git.operands(Set.of("--message", "--pathspec-from-file"), "m");
    if (ops.isEmpty() || !ops.get(0).value().matches("drop|clear")) {
      return;
    }
    boolean clear = ops.get(0).value().equals("clear");
    String entry = ops.size() > 1 ? ops.get(1).value() : "stash@{0}";
    findings
        .report(FindingCode.GIT_DISCARD_CHANGES, i)
        .message(
            clear
                ? "git stash clear deletes every stash entry"
                : "git stash drop deletes the stash entry " + entry)
        .at(ops.get(0))
        .safer("git stash show -p first; git stash pop drops an entry only after it applies")
        .add();
  }

  /** {@code worktree remove}, {@code rm}, {@code submodule deinit} with {@code --force}. */
  private static void forced(GitCommand git, int i, Findings findings) {
    List<String> w = git.words();
    Optional<Arg> force = git.dangerous('f', "", "--force");
    List<Arg> ops = git.operands(Set.of("--pathspec-from-file"), "");
    if (force.isEmpty() || ops.isEmpty()) {
      return;
    }
    String sub = git.subcommand();
    String what;
    if (sub.equals("worktree") && ops.get(0).value().equals("remove") && ops.size() > 1) {
      what = "git worktree remove --force deletes the worktree " + ops.get(1).value();
    } else if (sub.equals("submodule") && ops.get(0).value().equals("deinit")) {
      what = "git submodule deinit --force deletes the submodule's working tree";
    } else if (sub.equals("rm")
        && !Flags.hasLong(w, "--cached")
        && !Flags.has(w, 'n', "", "--dry-run")) {
      what = "git rm --force deletes " + ops.get(0).value();
    } else {
      return;
    }
    findings
        .report(FindingCode.GIT_DISCARD_CHANGES, i)
        .message(what + " even when it holds uncommitted changes")
        .at(force.get())
        .safer("drop --force: git then refuses while there are uncommitted changes")
        .add();
  }
}
