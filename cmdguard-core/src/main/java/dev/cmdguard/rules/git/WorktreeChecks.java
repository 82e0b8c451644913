package dev.cmdguard.rules.git;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.unwrap.Arg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Commands that overwrite the working tree with committed content, losing uncommitted edits that
 * git never stored ({@code GIT_DISCARD_CHANGES}): {@code reset --hard} and {@code --merge}
 * (git-reset(1); {@code --keep} refuses to lose local changes and is fine), {@code checkout} of
 * paths or with {@code --force} (git-checkout(1)), {@code restore} of the worktree (git-restore(1);
 * {@code --staged} alone only unstages), {@code switch --discard-changes}/{@code --force}
 * (git-switch(1)).
 */
final class WorktreeChecks {
  private static final Set<String> CHECKOUT_VALUED =
      Set.of("--orphan", "--conflict", "--unified", "--inter-hunk-context", "--pathspec-from-file");
  private static final Set<String> RESTORE_VALUED =
      Set.of("--source", "--conflict", "--unified", "--inter-hunk-context");

  private WorktreeChecks() {}

  static void check(GitCommand git, int i, Findings findings) {
    switch (git.subcommand()) {
      case "reset" -> reset(git, i, findings);
      case "checkout" -> checkout(git, i, findings);
      case "restore" -> restore(git, i, findings);
      default -> switchBranch(git, i, findings);
    }
  }

  private static void reset(GitCommand git, int i, Findings findings) {
    Optional<Arg> mode =
        git.dangerous('\0', "", "--hard").or(() -> git.dangerous('\0', "", "--merge"));
    if (mode.isEmpty()) {
      return;
    }
    List<Arg> operands = git.operands(Set.of("--pathspec-from-file"), "");
    String to =
        operands.isEmpty() ? "" : " and moves the current branch to " + operands.get(0).value();
    boolean hard = git.dangerous('\0', "", "--hard").isPresent();
    findings
        .report(FindingCode.GIT_DISCARD_CHANGES, i)
        .message(
            "git reset "
                + (hard ? "--hard" : "--merge")
                + (hard
                    ? " throws away every uncommitted change in the working tree and index"
                    : " throws away staged changes")
                + to)
        .at(mode.get())
        .safer("git stash (keeps the changes), or git reset --keep, which refuses to lose them")
        .add();
  }

  private static void checkout(GitCommand git, int i, Findings findings) {
    Optional<Arg> force = git.dangerous('f', "bBU", "--force");
    if (force.isPresent()) {
      findings
          .report(FindingCode.GIT_DISCARD_CHANGES, i)
          .message("git checkout --force switches branches and throws away uncommitted changes")
          .at(force.get())
          .safer("git stash, then git checkout without --force")
          .add();
      return;
    }
    if (git.option('p', "bBU", "--patch").isPresent() || createsBranch(git)) {
      return;
    }
    Optional<Arg> paths = checkoutPaths(git);
    paths.ifPresent(
        p ->
            findings
                .report(FindingCode.GIT_DISCARD_CHANGES, i)
                .message(
                    "git checkout of paths overwrites uncommitted changes to "
                        + p.value()
                        + " with the committed version")
                .at(p)
                .safer("git stash (or git diff > backup.patch) before checking out paths")
                .add());
  }

  /**
   * {@code -b}, {@code -B}, {@code --orphan}: git refuses to check out paths while creating a
   * branch ("Cannot update paths and switch to branch at the same time").
   */
  private static boolean createsBranch(GitCommand git) {
    return git.option('b', "bBU", "--orphan").isPresent()
        || git.option('B', "bBU", "--orphan").isPresent();
  }

  /** The first pathspec a checkout overwrites, if it names any. */
  private static Optional<Arg> checkoutPaths(GitCommand git) {
    Optional<Arg> fromFile = git.option('\0', "", "--pathspec-from-file");
    if (fromFile.isPresent()) {
      return fromFile;
    }
    List<String> w = git.words();
    int dash = Flags.endOfOptions(w);
    if (dash < w.size()) {
      return dash + 1 < w.size() ? Optional.of(git.args().get(dash + 1)) : Optional.empty();
    }
    List<Integer> ops = modeless(w, Flags.operands(w, CHECKOUT_VALUED, "bBU"));
    if (ops.size() >= 2) {
      return Optional.of(git.args().get(ops.get(1)));
    }
    if (ops.size() == 1 && looksLikePath(git.args().get(ops.get(0)))) {
      return Optional.of(git.args().get(ops.get(0)));
    }
    return Optional.empty();
  }

  /**
   * Drops the mode words that {@code --track} and {@code --recurse-submodules} are commonly written
   * with ({@code --track direct}), which are not refs or paths.
   */
  private static List<Integer> modeless(List<String> w, List<Integer> operands) {
    List<Integer> out = new ArrayList<>();
    for (int k : operands) {
      String prev = k > 0 ? w.get(k - 1) : "";
      String v = w.get(k);
      boolean trackMode =
          (prev.equals("--track") || prev.equals("-t")) && v.matches("direct|inherit");
      boolean subMode =
          prev.equals("--recurse-submodules") && v.matches("checkout|on-demand|yes|no");
      if (!trackMode && !subMode) {
        out.add(k);
      }
    }
    return out;
  }

  /** A single checkout operand that can only be a path: {@code .}, {@code ./x}, a glob. */
  private static boolean looksLikePath(Arg arg) {
    String v = arg.value();
    return arg.glob()
        || v.equals(".")
        || v.equals("..")
        || v.startsWith("./")
        || v.startsWith("../")
        || v.startsWith(":/")
        || v.startsWith(":(");
  }

  private static void restore(GitCommand git, int i, Findings findings) {
    List<String> w = git.words();
    boolean staged = Flags.has(w, 'S', "sU", "--staged");
    boolean worktree = Flags.hasDangerous(w, 'W', "sU", "--worktree");
    if (staged && !worktree) {
      return;
    }
    List<Arg> paths = git.operands(RESTORE_VALUED, "sU");
    Optional<Arg> target =
        paths.isEmpty() ? git.option('\0', "", "--pathspec-from-file") : Optional.of(paths.get(0));
    target.ifPresent(
        p ->
            findings
                .report(FindingCode.GIT_DISCARD_CHANGES, i)
                .message(
                    "git restore overwrites uncommitted changes to "
                        + p.value()
                        + " in the working tree")
                .at(p)
                .safer(
                    "git restore --staged " + p.value() + " only unstages; git stash keeps a copy")
                .add());
  }

  private static void switchBranch(GitCommand git, int i, Findings findings) {
    Optional<Arg> discard =
        git.dangerous('f', "cC", "--force").or(() -> git.dangerous('\0', "", "--discard-changes"));
    discard.ifPresent(
        d ->
            findings
                .report(FindingCode.GIT_DISCARD_CHANGES, i)
                .message(
                    "git switch " + Flags.normalize(d.value()) + " throws away uncommitted changes")
                .at(d)
                .safer("git stash, then git switch")
                .add());
  }
}
