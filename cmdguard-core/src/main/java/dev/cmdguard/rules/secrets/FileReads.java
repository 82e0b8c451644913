package dev.cmdguard.rules.secrets;

import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.rules.secrets.Sink.Destination;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.Stdin;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Secret files read out: printed by a reader ({@code cat}, {@code grep}, {@code base64} …), opened
 * in a terminal editor, loaded with {@code source}/{@code .} or run as a script ({@code bash
 * .env}), or fed to a program with {@code <}. Where the content then goes is followed by {@link
 * Flow}. Files that {@code find} hands to {@code -exec} or {@code xargs} count when {@code find}
 * searches a secret place or names secret files.
 */
final class FileReads {
  private static final Set<String> FIND_NAME_TESTS = Set.of("-name", "-iname");
  private static final Set<String> SHELLS = Set.of("sh", "bash", "zsh", "dash", "ksh", "mksh");

  private FileReads() {}

  static void check(Reporter reporter, int index) {
    RuleContext context = reporter.context();
    Invocation inv = context.invocation(index);
    String program = inv.program();
    if (Programs.READERS.contains(program)) {
      for (Arg arg : ReadOperands.printed(inv)) {
        secret(context, index, arg)
            .filter(s -> !Narrowing.narrows(inv, s.kind()))
            .ifPresent(s -> reporter.report(index, s, flow(context, s).output(index), "reads"));
      }
    } else if (Programs.TERMINAL_EDITORS.contains(program)) {
      for (Arg arg : Options.parse(inv.args(), "cSuiTtwWs", Set.of()).operands()) {
        secret(context, index, arg).ifPresent(s -> reporter.report(index, s, Sink.SHOWN, "opens"));
      }
    } else if ((program.equals("source") || program.equals(".")) && !inv.args().isEmpty()) {
      secret(context, index, inv.args().get(0))
          .ifPresent(s -> reporter.report(index, s, Sink.of(Destination.LOADED, program), "loads"));
    } else if (SHELLS.contains(program) && !Programs.words(inv).contains("-c")) {
      Options o = Options.parse(inv.args(), "oO", Set.of("--rcfile", "--init-file"));
      if (!o.operands().isEmpty()) {
        secret(context, index, o.operands().get(0))
            .ifPresent(
                s -> reporter.report(index, s, Sink.of(Destination.LOADED, program), "runs"));
      }
    }
    if (inv.stdin() instanceof Stdin.File file) {
      secret(context, index, file.path())
          .ifPresent(s -> reporter.report(index, s, flow(context, s).input(index), "reads"));
    }
  }

  /** The flow of a secret's content; a dump of the environment may be narrowed by a filter. */
  static Flow flow(RuleContext context, Secret secret) {
    return new Flow(context, secret.kind());
  }

  /** The secret {@code arg} names, including the items {@code find} gives it. */
  static Optional<Secret> secret(RuleContext context, int index, Arg arg) {
    Invocation inv = context.invocation(index);
    Optional<Secret> direct = Secret.file(context, inv, arg);
    if (direct.isPresent() || !arg.dynamic() || !arg.producers().contains("find")) {
      return direct;
    }
    return finder(context, index)
        .flatMap(find -> foundSecret(context, context.invocation(find)))
        .map(s -> new Secret(s.kind(), s.name(), arg.span()));
  }

  /**
   * The {@code find} that runs this invocation ({@code -exec}) or pipes into it ({@code xargs}).
   */
  private static Optional<Integer> finder(RuleContext context, int index) {
    Invocation inv = context.invocation(index);
    if (inv.stdin() instanceof Stdin.Pipe pipe
        && context.invocation(pipe.producer()).program().equals("find")) {
      return Optional.of(pipe.producer());
    }
    for (int j = index - 1; j >= 0; j--) {
      if (context.invocation(j).program().equals("find") && context.stage(j).size() > index - j) {
        return Optional.of(j);
      }
    }
    return Optional.empty();
  }

  /** A secret place {@code find} searches, or secret files it selects by name. */
  private static Optional<Secret> foundSecret(RuleContext context, Invocation find) {
    List<Arg> args = find.args();
    int i = 0;
    while (i < args.size() && args.get(i).value().matches("-[HLP]|-O\\d*")) {
      i++;
    }
    for (; i < args.size() && !isExpression(args.get(i).value()); i++) {
      Optional<Secret> root = Secret.file(context, find, args.get(i));
      if (root.isPresent()) {
        return root;
      }
    }
    for (; i + 1 < args.size(); i++) {
      if (FIND_NAME_TESTS.contains(args.get(i).value())) {
        Arg name = args.get(i + 1);
        Arg pattern = Arg.globbed(name.value(), !name.dynamic(), name.span());
        Optional<Secret> named = Secret.file(context, find, pattern);
        if (named.isPresent()) {
          return named;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isExpression(String v) {
    return v.startsWith("-") || v.equals("(") || v.equals("!") || v.equals(",");
  }
}
