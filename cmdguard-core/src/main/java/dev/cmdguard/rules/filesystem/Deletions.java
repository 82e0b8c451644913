package dev.cmdguard.rules.filesystem;

import dev.cmdguard.paths.PathClass;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The programs that delete or empty the files they name: {@code rm} (GNU coreutils rm(1); also what
 * the unwrapper makes of {@code find -delete} and interpreters' deletion APIs), {@code srm}, {@code
 * unlink}, {@code shred} (its overwrite destroys the content even without {@code -u}) and {@code
 * truncate -s 0}. {@code rmdir} removes only empty directories and {@code trash-put} / {@code gio
 * trash} keep what they remove, so neither is judged.
 */
final class Deletions {
  /** A size that empties the file: {@code 0}, {@code 0K}, {@code 0MiB} (truncate(1) SIZE). */
  private static final Pattern ZERO = Pattern.compile("0+([KMGTPEZY](i?B)?|[kK]B?)?");

  private final Targets targets;
  private final Verdict.Reporter reporter;

  Deletions(Targets targets, Verdict.Reporter reporter) {
    this.targets = targets;
    this.reporter = reporter;
  }

  void check(int index, Invocation inv) {
    switch (inv.program()) {
      case "rm", "srm" -> rm(index, inv);
      case "unlink" -> each(index, inv, Options.scan(inv.args(), "", Set.of()), "unlink", false);
      case "shred" -> shred(index, inv);
      case "truncate" -> truncate(index, inv);
      default -> {}
    }
  }

  private void rm(int index, Invocation inv) {
    Options o = Options.scan(inv.args(), "", Set.of());
    if (o.has("--help", "--version")) {
      return;
    }
    boolean recursive =
        o.has("-r", "-R")
            || o.flags().stream().anyMatch(f -> f.length() > 4 && "--recursive".startsWith(f));
    String label = label(inv, written(inv));
    each(index, inv, o, label, recursive);
  }

  private void shred(int index, Invocation inv) {
    Options o = Options.scan(inv.args(), "ns", Set.of("--iterations", "--size", "--random-source"));
    each(index, inv, o, "shred", false);
  }

  private void truncate(int index, Invocation inv) {
    Options o = Options.scan(inv.args(), "sr", Set.of("--size", "--reference"));
    boolean empties = ZERO.matcher(o.value("-s", "--size").orElse("")).matches();
    for (Arg arg : o.operands()) {
      for (Target t : targets.of(index, inv, arg)) {
        (empties
                ? DeleteJudge.judge("truncate -s 0", t, false, DeleteJudge.Verb.TRUNCATE)
                : WriteJudge.judge("truncate", t))
            .ifPresent(v -> reporter.report(index, arg, v));
      }
    }
  }

  private void each(int index, Invocation inv, Options o, String label, boolean recursive) {
    for (Arg arg : o.operands()) {
      for (Target t : targets.of(index, inv, arg)) {
        if (t.where().has(PathClass.BLOCK_DEVICE) && label.equals("shred")) {
          continue; // the disk family's
        }
        DeleteJudge.judge(label, t, recursive, DeleteJudge.Verb.DELETE)
            .ifPresent(v -> reporter.report(index, arg, v));
      }
    }
  }

  /** The program and its options as written: {@code rm -rf}, {@code rm -r -f}. */
  static String written(Invocation inv) {
    StringBuilder out = new StringBuilder(inv.program());
    for (Arg arg : inv.args()) {
      if (arg.value().equals("--")) {
        break;
      }
      if (arg.value().startsWith("-") && !arg.dynamic()) {
        out.append(' ').append(arg.value());
      }
    }
    return out.toString();
  }

  /** How messages name the program: {@code find -delete} for what the unwrapper derived. */
  static String label(Invocation inv, String own) {
    List<String> origin = inv.origin();
    if (inv.has(Invocation.Trait.SYNTHESIZED) && !origin.isEmpty()) {
      return origin.get(origin.size() - 1);
    }
    return own;
  }
}
