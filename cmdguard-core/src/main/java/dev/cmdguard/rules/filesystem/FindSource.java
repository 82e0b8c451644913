package dev.cmdguard.rules.filesystem;

import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.Stdin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The listing whose file names a deletion's operand stands for: the {@code find} of {@code find
 * -delete} (taken as an {@code rm} by the unwrapper), {@code find -exec rm {} ;}, {@code rm $(find
 * …)}, or a {@code find} or {@code ls} at the head of a pipe ({@code find … | xargs rm}, {@code ls
 * -t | tail -n +6 | xargs rm}, {@code find … | while read f; do rm "$f"; done}). What it names
 * depends on the starting points and on whether anything narrows the list: find(1) evaluates its
 * expression left to right, so {@code find . -delete -name x} deletes everything, and {@code -type
 * f} selects almost everything; {@code -maxdepth} narrows ({@code find . -maxdepth 1 -type f
 * -delete} is like {@code rm *}); a filter in the pipe ({@code grep}, {@code head}) narrows.
 *
 * @param starts the starting points ({@code .} when none is given, as GNU find and ls do)
 * @param everything true when nothing narrows the list
 */
record FindSource(List<Arg> starts, boolean everything) {

  FindSource {
    starts = List.copyOf(starts);
  }

  /** Expression words that do not narrow what is found; the value after some is skipped. */
  private static final Set<String> NON_FILTERS =
      Set.of(
          """
          -depth -d -xdev -mount -print -print0 -ls -daystart -follow -noleaf -ignore_readdir_race
          -noignore_readdir_race -true -nowarn -warn -mindepth -regextype
          """
              .strip()
              .split("\\s+"));

  private static final Set<String> WITH_VALUE = Set.of("-mindepth", "-regextype");

  /** A positional parameter: what {@code -exec sh -c 'rm "$0"' {} ;} hands the script. */
  private static final Pattern POSITIONAL = Pattern.compile("\\$([0-9@*]|\\{[0-9@*]})");

  /** Programs in a pipe that pass on some of the names they read. */
  static final Set<String> FILTERS =
      Set.of(
          "grep", "egrep", "fgrep", "head", "tail", "sort", "uniq", "sed", "awk", "gawk", "cut",
          "tr", "tac", "shuf", "rev", "cat");

  /**
   * The listing behind operand {@code arg} of the invocation at {@code index}.
   *
   * @return empty when it does not come from a find or ls among the invocations
   */
  static Optional<FindSource> of(RuleContext context, int index, Invocation inv, Arg arg) {
    if (inv.stdin() instanceof Stdin.Pipe pipe && pipe.producer() < index) {
      Optional<FindSource> piped = piped(context, pipe.producer(), false);
      if (piped.isPresent()) {
        return piped;
      }
    }
    Span substituted = arg.span();
    if (inv.stdin() instanceof Stdin.HereString(Arg word)) {
      substituted = word.span();
    }
    for (int j = index - 1; j >= 0; j--) {
      Invocation c = context.invocation(j);
      if (c.program().equals("find")
          && contains(c.span(), inv.span())
          && (arg.producers().contains("find") || POSITIONAL.matcher(arg.value()).matches())) {
        return Optional.of(parse(c, action(inv)));
      }
      if (within(c, substituted)) {
        if (c.program().equals("find")) {
          return Optional.of(parse(c, ""));
        }
        if (c.program().equals("ls")) {
          return Optional.of(listed(c, !arg.producers().stream().allMatch("ls"::equals)));
        }
      }
    }
    return Optional.empty();
  }

  /** Walks a pipe back through filters to a find or ls. */
  private static Optional<FindSource> piped(RuleContext context, int producer, boolean filtered) {
    for (Invocation stage : context.stage(producer)) {
      String p = stage.program();
      if (p.equals("find")) {
        FindSource found = parse(stage, "");
        return Optional.of(new FindSource(found.starts(), found.everything() && !filtered));
      }
      if (p.equals("ls")) {
        return Optional.of(listed(stage, filtered));
      }
      if (FILTERS.contains(p)
          && stage.stdin() instanceof Stdin.Pipe up
          && up.producer() < producer) {
        return piped(context, up.producer(), true);
      }
    }
    return Optional.empty();
  }

  /** What {@code ls} lists: the names in its operands, or in the working directory. */
  private static FindSource listed(Invocation ls, boolean filtered) {
    List<Arg> starts =
        Options.scan(ls.args(), "IwT", Set.of()).operands().stream()
            .filter(a -> !a.dynamic())
            .toList();
    return new FindSource(starts.isEmpty() ? List.of(Arg.of(".", ls.span())) : starts, !filtered);
  }

  private static boolean contains(Span outer, Span inner) {
    return outer.start() <= inner.start() && outer.end() >= inner.end();
  }

  /** A command in a substitution of the operand: {@code rm $(find . -name x)}. */
  private static boolean within(Invocation c, Span operand) {
    return !operand.equals(Span.NONE)
        && c.has(Invocation.Trait.SUBSTITUTION)
        && contains(operand, c.span());
  }

  /** The action that led to the deletion: {@code -delete}, {@code -exec} …, or none. */
  private static String action(Invocation inv) {
    for (String step : inv.origin()) {
      if (step.startsWith("find -")) {
        return step.substring("find ".length());
      }
    }
    return "";
  }

  private static FindSource parse(Invocation find, String action) {
    List<Arg> args = find.args();
    int i = 0;
    while (i < args.size() && args.get(i).value().matches("-[HLP]|-O[0-9]*|-D")) {
      i += args.get(i).value().equals("-D") ? 2 : 1;
    }
    List<Arg> starts = new ArrayList<>();
    while (i < args.size() && !isExpressionStart(args.get(i))) {
      starts.add(args.get(i++));
    }
    if (starts.isEmpty()) {
      starts.add(Arg.of(".", find.span()));
    }
    return new FindSource(starts, !narrows(args.subList(i, args.size()), action));
  }

  private static boolean isExpressionStart(Arg arg) {
    String v = arg.value();
    return !arg.dynamic() && (v.startsWith("-") || v.equals("(") || v.equals("!"));
  }

  /**
   * True when a test before {@code action} narrows what is found. Without an action (a pipe reads
   * what find prints), an {@code -exec} is a test and its output what is read ({@code -exec grep -l
   * x {} ;}). {@code -type f} and {@code -type d} select nearly everything, except that {@code
   * -delete} removes only empty directories.
   */
  private static boolean narrows(List<Arg> expression, String action) {
    for (int i = 0; i < expression.size(); i++) {
      String v = expression.get(i).value();
      if (v.equals(action)) {
        return false;
      }
      if (v.equals("-type") || v.equals("-xtype")) {
        String type = i + 1 < expression.size() ? expression.get(++i).value() : "";
        if (!type.equals("f") && !(type.equals("d") && !action.equals("-delete"))) {
          return true;
        }
      } else if (WITH_VALUE.contains(v)) {
        i++;
      } else if (!NON_FILTERS.contains(v) && !(action.isEmpty() && v.equals("-delete"))) {
        return true;
      }
    }
    return false;
  }
}
