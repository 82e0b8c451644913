package dev.cmdguard.rules.filesystem;

import dev.cmdguard.paths.PosixPaths;
import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.ResolvedRedirect;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where invocations write files: their output redirections (bash manual, "Redirections"), and the
 * operands that {@code tee}, {@code cp}, {@code mv}, {@code install}, {@code ln}, {@code dd of=},
 * {@code sed -i}, {@code touch}, {@code curl -o} and {@code wget -O} write. A redirection with no
 * command, or of {@code :} or {@code true}, empties its file ({@code : > ~/.bashrc}), which is
 * judged as a deletion of the content.
 */
final class Writes {
  private static final Set<String> EMPTY_COMMANDS = Set.of("", ":", "true");

  private final Targets targets;
  private final Verdict.Reporter reporter;

  /** Redirections of enclosing compound commands repeat on every inner invocation. */
  private final Set<Span> redirectsSeen = new HashSet<>();

  Writes(Targets targets, Verdict.Reporter reporter) {
    this.targets = targets;
    this.reporter = reporter;
  }

  void check(int index, Invocation inv) {
    redirects(index, inv);
    for (Written w : written(inv)) {
      for (Target t : targets.of(index, inv, w.arg())) {
        WriteJudge.judge(w.label(), t).ifPresent(v -> reporter.report(index, w.arg(), v));
      }
    }
  }

  private void redirects(int index, Invocation inv) {
    for (ResolvedRedirect r : inv.redirects()) {
      if (!r.writesFile() || !redirectsSeen.add(r.span())) {
        continue;
      }
      boolean empties = EMPTY_COMMANDS.contains(inv.program()) && !r.operator().contains(">>");
      String label = "the redirection " + r.operator();
      for (Target t : targets.of(index, inv, r.target())) {
        Optional<Verdict> v =
            empties
                ? DeleteJudge.judge(label, t, false, DeleteJudge.Verb.TRUNCATE)
                : WriteJudge.judge(label, t);
        v.ifPresent(found -> reporter.report(index, r.target(), found));
      }
    }
  }

  /** One operand a program writes, and how messages name the writer. */
  record Written(Arg arg, String label) {}

  /** The operands {@code inv} writes to. */
  static List<Written> written(Invocation inv) {
    List<Written> out = new ArrayList<>();
    String p = inv.program();
    switch (p) {
      case "tee" -> operands(inv, Options.scan(inv.args(), "", Set.of()), p, out);
      case "touch" -> operands(inv, Options.scan(inv.args(), "dtr", TOUCH), p, out);
      case "cp", "mv", "ln" -> destination(inv, Options.scan(inv.args(), "tS", LONG_TS), out);
      case "install" -> install(inv, out);
      case "dd" -> dd(inv, out);
      case "sed" -> sed(inv, out);
      case "curl" ->
          named(inv, Options.scan(inv.args(), "o", Set.of("--output")), out, "-o", "--output");
      case "wget" ->
          named(
              inv,
              Options.scan(inv.args(), "OP", Set.of("--output-document", "--directory-prefix")),
              out,
              "-O",
              "--output-document");
      default -> {}
    }
    return out;
  }

  private static final Set<String> LONG_TS = Set.of("--target-directory", "--suffix");
  private static final Set<String> TOUCH = Set.of("--date", "--reference");

  private static void operands(Invocation inv, Options o, String label, List<Written> out) {
    o.operands().forEach(a -> out.add(new Written(a, label)));
  }

  /**
   * {@code cp}/{@code mv}/{@code ln}: the {@code -t} directory or the last operand, and, as the
   * destination may be a directory, each source's name inside it ({@code cp .bashrc ~}).
   */
  private static void destination(Invocation inv, Options o, List<Written> out) {
    String label = inv.program();
    List<Arg> operands = o.operands();
    Optional<String> dir = o.value("-t", "--target-directory");
    List<Arg> sources;
    Arg dest;
    if (dir.isPresent()) {
      dest = Arg.of(dir.get(), inv.span());
      sources = operands;
    } else if (operands.size() >= 2) {
      dest = operands.get(operands.size() - 1);
      sources = operands.subList(0, operands.size() - 1);
    } else {
      return;
    }
    out.add(new Written(dest, label));
    if (dest.isLiteral()) {
      for (Arg source : sources) {
        if (source.isLiteral()) {
          String name = PosixPaths.fileName(PosixPaths.normalize(source.value()));
          String inside = PosixPaths.child(dest.value(), name);
          out.add(new Written(Arg.of(inside, dest.span()), label));
        }
      }
    }
  }

  private static void install(Invocation inv, List<Written> out) {
    Options o =
        Options.scan(
            inv.args(),
            "mogtS",
            Set.of("--mode", "--owner", "--group", "--target-directory", "--suffix"));
    if (o.has("-d", "--directory")) {
      operands(inv, o, "install -d", out);
    } else {
      destination(inv, o, out);
    }
  }

  private static void dd(Invocation inv, List<Written> out) {
    for (Arg arg : inv.args()) {
      if (arg.knownPrefix().startsWith("of=")) {
        String value = arg.value().substring(3);
        out.add(
            new Written(
                new Arg(
                    value,
                    arg.dynamic(),
                    arg.knownPrefix().substring(3),
                    arg.glob(),
                    arg.producers(),
                    arg.span()),
                "dd of="));
      }
    }
  }

  /** {@code sed -i} (GNU sed "Command-Line Options"): each file after the script. */
  private static void sed(Invocation inv, List<Written> out) {
    boolean inPlace = false;
    List<Arg> rest = new ArrayList<>();
    for (Arg arg : inv.args()) {
      String v = arg.value();
      if (v.startsWith("--in-place") || v.matches("-[nrsuzE]*i.*")) {
        inPlace = true;
      } else {
        rest.add(arg);
      }
    }
    if (!inPlace) {
      return;
    }
    Options o = Options.scan(rest, "efl", Set.of("--expression", "--file", "--line-length"));
    List<Arg> files = o.operands();
    if (!o.has("-e", "--expression", "-f", "--file") && !files.isEmpty()) {
      files = files.subList(1, files.size());
    }
    files.forEach(a -> out.add(new Written(a, "sed -i")));
  }

  /** The file named by an option's value ({@code curl -o FILE}), with that argument's span. */
  private static void named(Invocation inv, Options o, List<Written> out, String... names) {
    Optional<String> value = o.value(names).filter(v -> !v.equals("-"));
    if (value.isEmpty()) {
      return;
    }
    Span at = inv.span();
    for (Arg arg : inv.args()) {
      if (arg.value().endsWith(value.get())) {
        at = arg.span();
      }
    }
    out.add(new Written(Arg.of(value.get(), at), inv.program() + " " + names[0]));
  }
}
