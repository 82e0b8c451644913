package dev.cmdguard.rules.context;

import dev.cmdguard.Finding;
import dev.cmdguard.FindingCode;
import dev.cmdguard.Risk;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.rules.git.GitCommand;
import dev.cmdguard.rules.git.PushSpec;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code PROTECTED_BRANCH}: a git write to a protected branch (SPEC section 6, {@code
 * git.protected_branches}, default {@code main}, {@code master}, {@code release/*}) is raised one
 * level above what it would be otherwise (the highest severity already reported on it, or medium):
 * a push that updates or deletes it, deleting or force-moving it ({@code branch -D}, {@code branch
 * -f}, {@code checkout -B}, {@code update-ref}), and resetting or rebasing it while it is checked
 * out — known when the same command checked it out ({@code git checkout main && git reset --hard
 * HEAD~3}). A push without a refspec writes the current branch, which is only known that way too.
 */
final class ProtectedBranches {
  static final List<String> DEFAULT = List.of("main", "master", "release/*");

  private static final Pattern DELETE_OR_FORCE =
      Pattern.compile("-[a-zA-Z]*[dDf][a-zA-Z]*|--delete|--force");
  private static final Pattern RENAME_OR_COPY =
      Pattern.compile("-[a-zA-Z]*[mMcC][a-zA-Z]*|--move|--copy");
  private static final Set<String> MOVES = Set.of("--hard", "--merge", "--keep", "--soft");
  private static final Set<String> CREATES = Set.of("-b", "-B", "-c", "-C", "--orphan");

  private final List<String> patterns;

  ProtectedBranches(List<String> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  void check(RuleContext context, Findings findings, List<Finding> prior) {
    Optional<String> current = Optional.empty();
    List<Invocation> all = context.invocations();
    for (int i = 0; i < all.size(); i++) {
      Optional<GitCommand> parsed = GitCommand.parse(all.get(i));
      if (parsed.isEmpty()) {
        continue;
      }
      GitCommand git = parsed.get();
      Optional<Arg> written = written(git, current);
      if (written.isPresent()) {
        report(findings, prior, i, git, written.get());
      }
      Optional<String> next = switched(git);
      current = next.isPresent() ? next : current;
    }
  }

  private static void report(
      Findings findings, List<Finding> prior, int i, GitCommand git, Arg arg) {
    Risk base = ContextRule.highest(prior, i).orElse(Risk.MEDIUM);
    String branch = branch(arg.value());
    findings
        .report(FindingCode.PROTECTED_BRANCH, i)
        .severity(base.raised())
        .message(
            "git "
                + git.subcommand()
                + " writes the protected branch "
                + branch
                + ", so it is raised from "
                + base.label()
                + " to "
                + base.raised().label())
        .at(arg)
        .safer("work on a feature branch and merge it through a reviewed pull request")
        .add();
  }

  /** The argument naming the protected branch {@code git} writes, if it writes one. */
  private Optional<Arg> written(GitCommand git, Optional<String> current) {
    List<String> w = git.words();
    return switch (git.subcommand()) {
      case "push" ->
          PushSpec.of(git).filter(p -> !p.dryRun()).flatMap(p -> pushed(p, git, current));
      case "branch" ->
          w.stream().anyMatch(x -> DELETE_OR_FORCE.matcher(x).matches())
                  && !w.stream().anyMatch(x -> RENAME_OR_COPY.matcher(x).matches())
              ? operand(git, 0).filter(a -> isProtected(a.value()))
              : Optional.empty();
      case "checkout", "switch" ->
          w.stream().anyMatch(x -> x.equals("-B") || x.equals("-C"))
              ? git.args().stream()
                  .dropWhile(a -> !a.value().equals("-B") && !a.value().equals("-C"))
                  .skip(1)
                  .findFirst()
                  .filter(a -> isProtected(a.value()))
              : Optional.empty();
      case "update-ref" ->
          operand(git, 0)
              .filter(a -> a.value().startsWith("refs/heads/") && isProtected(a.value()));
      case "reset", "rebase", "filter-branch", "filter-repo" -> onCurrent(git, current);
      default -> Optional.empty();
    };
  }

  private Optional<Arg> pushed(PushSpec push, GitCommand git, Optional<String> current) {
    for (PushSpec.Update u : push.updates()) {
      boolean head = u.ref().equals("HEAD") && current.filter(this::isProtected).isPresent();
      if (isProtected(u.ref()) || head) {
        return Optional.of(head ? Arg.of(current.get(), u.arg().span()) : u.arg());
      }
    }
    if (push.updates().isEmpty()
        && current.filter(this::isProtected).isPresent()
        && !push.mirror()) {
      return Optional.of(Arg.of(current.get(), git.invocation().span()));
    }
    return Optional.empty();
  }

  /** A reset or rebase moves the checked-out branch, when a commit is named. */
  private Optional<Arg> onCurrent(GitCommand git, Optional<String> current) {
    if (current.filter(this::isProtected).isEmpty()) {
      return Optional.empty();
    }
    boolean moves =
        !git.subcommand().equals("reset")
            || git.words().stream().anyMatch(x -> MOVES.contains(x))
            || (git.words().stream().noneMatch(x -> x.equals("--"))
                && operand(git, 0).isPresent()
                && operands(git) == 1);
    return moves ? Optional.of(Arg.of(current.get(), git.invocation().span())) : Optional.empty();
  }

  /** The branch {@code git} checks out, if it switches branches. */
  private static Optional<String> switched(GitCommand git) {
    if (!git.subcommand().equals("checkout") && !git.subcommand().equals("switch")) {
      return Optional.empty();
    }
    List<String> w = git.words();
    for (int k = 0; k + 1 < w.size(); k++) {
      if (CREATES.contains(w.get(k))) {
        return Optional.of(w.get(k + 1));
      }
    }
    List<String> ops = w.stream().filter(x -> !x.startsWith("-")).toList();
    return ops.size() == 1 && !w.contains("--") ? Optional.of(ops.get(0)) : Optional.empty();
  }

  private static Optional<Arg> operand(GitCommand git, int k) {
    List<Arg> ops = git.args().stream().filter(a -> !a.value().startsWith("-")).toList();
    return ops.size() > k ? Optional.of(ops.get(k)) : Optional.empty();
  }

  private static long operands(GitCommand git) {
    return git.args().stream().filter(a -> !a.value().startsWith("-")).count();
  }

  boolean isProtected(String ref) {
    String b = branch(ref);
    for (String p : patterns) {
      if (p.endsWith("/*")
          ? b.startsWith(p.substring(0, p.length() - 1)) && b.length() > p.length() - 1
          : b.equals(p)) {
        return true;
      }
    }
    return false;
  }

  private static String branch(String ref) {
    String b = ref.startsWith("+") ? ref.substring(1) : ref;
    int colon = b.indexOf(':');
    b = colon >= 0 ? b.substring(colon + 1) : b;
    return b.startsWith("refs/heads/") ? b.substring(11) : b;
  }
}
