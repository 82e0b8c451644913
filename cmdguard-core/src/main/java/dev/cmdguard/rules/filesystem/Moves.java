package dev.cmdguard.rules.filesystem;

import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.List;
import java.util.Set;

/**
 * What {@code mv} takes away from where the system or the user expects it (GNU coreutils mv(1)):
 * moving {@code /}, a system directory or the home ({@code mv /etc /tmp/x}, {@code mv ~ /dev/null})
 * is as bad as deleting it; moving a file out of a system directory ({@code mv /etc/passwd /tmp})
 * is a system file change. With one operand the command is malformed, and the operand is still
 * judged. Where {@code mv} writes is judged by {@link Writes}.
 */
final class Moves {
  private final Targets targets;
  private final Verdict.Reporter reporter;

  Moves(Targets targets, Verdict.Reporter reporter) {
    this.targets = targets;
    this.reporter = reporter;
  }

  void check(int index, Invocation inv) {
    if (!inv.program().equals("mv")) {
      return;
    }
    Options o = Options.scan(inv.args(), "tS", Set.of("--target-directory", "--suffix"));
    if (o.has("--help", "--version")) {
      return;
    }
    List<Arg> operands = o.operands();
    List<Arg> sources =
        o.value("-t", "--target-directory").isPresent() || operands.size() < 2
            ? operands
            : operands.subList(0, operands.size() - 1);
    String label = Deletions.written(inv);
    for (Arg arg : sources) {
      for (Target t : targets.of(index, inv, arg)) {
        DeleteJudge.judge(label, t, true, DeleteJudge.Verb.MOVE)
            .ifPresent(v -> reporter.report(index, arg, v));
      }
    }
  }
}
