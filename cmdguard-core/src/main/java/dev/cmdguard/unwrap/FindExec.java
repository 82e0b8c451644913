package dev.cmdguard.unwrap;

import dev.cmdguard.shell.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code find} (find(1)) actions that run or delete: {@code -exec}, {@code -execdir}, {@code -ok},
 * {@code -okdir} run their command per found file, with {@code {}} standing for a path under the
 * starting point; {@code -delete} is taken as the equivalent {@code rm}: {@code rm -rf START} when
 * no test narrows what is found ({@code find / -delete}), else {@code rm -f} of paths under START.
 */
final class FindExec implements Unwrapper {
  /** Expression words that do not narrow which files are found. */
  private static final Set<String> NON_FILTERS =
      Set.of(
          "-delete",
          "-depth",
          "-d",
          "-xdev",
          "-mount",
          "-print",
          "-print0",
          "-daystart",
          "-follow",
          "-noleaf",
          "-ignore_readdir_race",
          "-mindepth",
          "-maxdepth",
          "-true",
          "-nowarn",
          "-warn");

  @Override
  public Set<String> programs() {
    return Set.of("find");
  }

  @Override
  public Unwrapped unwrap(Call call) {
    List<Arg> args = call.args();
    int i = 0;
    while (i < args.size() && args.get(i).value().matches("-[HLP]|-O[0-9]*|-D")) {
      // -D takes a value; a -D last (find -D) has none (found by fuzzing, issue 9)
      i = Math.min(args.size(), i + (args.get(i).value().equals("-D") ? 2 : 1));
    }
    List<Arg> starts = new ArrayList<>();
    while (i < args.size() && !isExpressionStart(args.get(i))) {
      starts.add(args.get(i++));
    }
    if (starts.isEmpty()) {
      starts.add(Arg.of(".", Span.NONE));
    }
    return expression(args.subList(i, args.size()), starts);
  }

  private static boolean isExpressionStart(Arg arg) {
    String v = arg.value();
    return !arg.dynamic() && (v.startsWith("-") || v.equals("(") || v.equals("!"));
  }

  private Unwrapped expression(List<Arg> expr, List<Arg> starts) {
    List<Inner> inner = new ArrayList<>();
    boolean filtered = false;
    boolean onlyStart = false;
    boolean delete = false;
    for (int i = 0; i < expr.size(); i++) {
      String v = expr.get(i).value();
      if ((v.equals("-maxdepth") && i + 1 < expr.size() && expr.get(i + 1).value().equals("0"))
          || v.equals("-prune")) {
        onlyStart = true;
      } else if (v.equals("-exec")
          || v.equals("-execdir")
          || v.equals("-ok")
          || v.equals("-okdir")) {
        int end = i + 1;
        while (end < expr.size() && !isTerminator(expr, end)) {
          end++;
        }
        List<Arg> command = expr.subList(i + 1, end);
        if (!command.isEmpty()) {
          inner.add(
              Inner.Argv.of(
                  XargsWrapper.fill(command, "{}", found(starts, filtered, onlyStart)),
                  "find " + v,
                  Invocation.Trait.PER_ITEM));
        }
        i = end;
        filtered = true;
      } else if (v.equals("-delete")) {
        delete = true;
      } else if (v.startsWith("-") && !NON_FILTERS.contains(v)) {
        filtered = true;
      }
    }
    if (delete) {
      for (Arg start : starts) {
        inner.add(deletion(start, filtered));
      }
    }
    return new Unwrapped(Set.of(), inner);
  }

  private static boolean isTerminator(List<Arg> expr, int i) {
    String v = expr.get(i).value();
    return v.equals(";") || (v.equals("+") && i > 0 && expr.get(i - 1).value().equals("{}"));
  }

  /**
   * The {@code {}} of a found file: a path under the starting point; the starting point itself when
   * {@code -maxdepth 0} or {@code -prune} comes before the action and nothing filters ({@code find
   * / -maxdepth 0 -exec rm -rf {} ;} is {@code rm -rf /}; a bypass found by issue 9's properties).
   */
  private static Arg found(List<Arg> starts, boolean filtered, boolean onlyStart) {
    Arg start = starts.get(0);
    if (onlyStart && !filtered && starts.size() == 1 && !start.dynamic()) {
      return start;
    }
    String prefix = starts.size() == 1 && !start.dynamic() ? start.value() : "";
    return Arg.dynamic("{}", prefix, List.of("find"), Span.NONE);
  }

  private static Inner deletion(Arg start, boolean filtered) {
    List<Arg> argv = new ArrayList<>();
    argv.add(Arg.of("rm", Span.NONE));
    if (!filtered) {
      argv.add(Arg.of("-rf", Span.NONE));
      argv.add(start);
    } else {
      argv.add(Arg.of("-f", Span.NONE));
      String base = start.dynamic() ? start.knownPrefix() : start.value();
      String under = base.endsWith("/") ? base : base + "/";
      argv.add(Arg.dynamic(under + "{matching files}", under, List.of("find"), start.span()));
    }
    return Inner.Argv.of(argv, "find -delete", Invocation.Trait.SYNTHESIZED);
  }
}
