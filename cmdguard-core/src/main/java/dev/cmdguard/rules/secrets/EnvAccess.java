package dev.cmdguard.rules.secrets;

import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.Stdin;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The environment read out ({@code SENSITIVE_ENV_ACCESS}): dumps of every variable ({@code env} or
 * {@code printenv} alone, {@code export -p}, {@code declare -x}/{@code -p}, {@code set} alone,
 * {@code ps e}), and secret-like variables expanded where they are printed ({@code echo $API_KEY},
 * {@code printenv GITHUB_TOKEN}, a heredoc into {@code cat}), written to a file, or sent away.
 * Where the output goes is followed by {@link Flow}; a dump filtered down to a few named variables
 * ({@code env | grep PROXY}) is not reported. {@code env} with a command is a wrapper, not a dump
 * (the unwrapper has produced the command).
 */
final class EnvAccess {
  private static final Secret DUMP = new Secret(Secret.Kind.ENVIRONMENT, "", Span.NONE);
  private static final Secret PROCESSES =
      new Secret(Secret.Kind.ENVIRONMENT, "the process list", Span.NONE);
  private static final Set<String> PS_VALUED =
      Set.of("--sort", "--pid", "--ppid", "--user", "--format", "--group", "--tty", "--cols");

  private EnvAccess() {}

  static void check(Reporter reporter, int index) {
    Invocation inv = reporter.context().invocation(index);
    List<String> words = Programs.words(inv);
    switch (inv.program()) {
      case "env" -> dumpIf(reporter, index, DUMP, envDumps(inv));
      case "printenv" -> printenv(reporter, index);
      case "export" -> dumpIf(reporter, index, DUMP, words.stream().allMatch(w -> w.equals("-p")));
      case "declare", "typeset" -> declare(reporter, index);
      case "set" -> dumpIf(reporter, index, DUMP, words.isEmpty());
      case "ps" -> dumpIf(reporter, index, PROCESSES, psShowsEnvironment(inv.args()));
      case "echo", "printf", "print" -> printed(reporter, index, inv.args());
      default -> {}
    }
    input(reporter, index);
  }

  private static void dump(Reporter reporter, int index) {
    dumpIf(reporter, index, DUMP, true);
  }

  private static void dumpIf(Reporter reporter, int index, Secret dump, boolean dumps) {
    if (dumps) {
      Flow flow = new Flow(reporter.context(), Secret.Kind.ENVIRONMENT);
      reporter.report(index, dump, flow.output(index), "prints");
    }
  }

  /** env(1): a dump unless a command follows or {@code -i} empties the environment. */
  private static boolean envDumps(Invocation inv) {
    Options o = Options.parse(inv.args(), "uCS", Set.of("--unset", "--chdir", "--split-string"));
    if (o.has("-i", "--ignore-environment", "-S", "--split-string", "--help", "--version")) {
      return false;
    }
    for (Arg operand : o.operands()) {
      if (operand.value().equals("-") || !operand.value().contains("=")) {
        return false;
      }
    }
    return true;
  }

  private static void printenv(Reporter reporter, int index) {
    Options o = Options.parse(reporter.context().invocation(index).args(), "", Set.of());
    List<Arg> names = o.operands();
    if (o.has("--help", "--version")) {
      return;
    }
    if (names.isEmpty()) {
      dump(reporter, index);
      return;
    }
    variables(reporter, index, names);
  }

  /** declare(1) builtin: only options and no function listing, or {@code -p} with names. */
  private static void declare(Reporter reporter, int index) {
    Invocation inv = reporter.context().invocation(index);
    Options o = Options.parse(inv.args(), "", Set.of());
    if (o.has("-f", "-F")) {
      return;
    }
    if (o.operands().isEmpty()) {
      dump(reporter, index);
    } else if (o.has("-p")) {
      variables(reporter, index, o.operands());
    }
  }

  private static void variables(Reporter reporter, int index, List<Arg> names) {
    for (Arg name : names) {
      if (!name.dynamic() && SecretNames.isSecret(name.value())) {
        Secret s = new Secret(Secret.Kind.VARIABLE, name.value(), name.span());
        reporter.report(index, s, new Flow(reporter.context(), s.kind()).output(index), "prints");
      }
    }
  }

  /** ps(1) BSD syntax: an {@code e} in an option word without a dash shows the environment. */
  private static boolean psShowsEnvironment(List<Arg> args) {
    for (int i = 0; i < args.size(); i++) {
      String v = args.get(i).value();
      if (!(i > 0 && takesValue(args.get(i - 1).value()))
          && v.matches("[a-zA-Z]+")
          && v.contains("e")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A ps option whose value is the next word: {@code -u USER}, {@code -fC NAME}, {@code --sort}.
   */
  private static boolean takesValue(String option) {
    if (option.startsWith("--")) {
      return !option.contains("=") && PS_VALUED.contains(option);
    }
    return option.startsWith("-")
        && "CGUgopqstuOk".indexOf(option.charAt(option.length() - 1)) >= 0;
  }

  /** echo/printf: each secret-like variable expanded in the arguments, where the output goes. */
  private static void printed(Reporter reporter, int index, List<Arg> args) {
    for (Arg arg : args) {
      if (arg.dynamic()) {
        for (String name : SecretNames.expanded(arg.value())) {
          Secret s = new Secret(Secret.Kind.VARIABLE, name, arg.span());
          reporter.report(index, s, new Flow(reporter.context(), s.kind()).output(index), "prints");
        }
      }
    }
  }

  /** Secret-like variables in an expanded heredoc or a here-string, where the input goes. */
  private static void input(Reporter reporter, int index) {
    Invocation inv = reporter.context().invocation(index);
    Optional<String> text = inputText(inv.stdin());
    if (text.isEmpty()) {
      return;
    }
    Span span = inv.stdin() instanceof Stdin.HereString h ? h.word().span() : Span.NONE;
    for (String name : SecretNames.expanded(text.get())) {
      Secret s = new Secret(Secret.Kind.VARIABLE, name, span);
      reporter.report(index, s, new Flow(reporter.context(), s.kind()).input(index), "writes");
    }
  }

  private static Optional<String> inputText(Stdin stdin) {
    // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
    if (stdin instanceof Stdin.Heredoc h) {
      return h.expanded() ? Optional.of(h.body()) : Optional.empty();
    } else if (stdin instanceof Stdin.HereString h) {
      return h.word().dynamic() ? Optional.of(h.word().value()) : Optional.empty();
    } else if (stdin instanceof Stdin.Inherited
        || stdin instanceof Stdin.Pipe
        || stdin instanceof Stdin.File) {
      return Optional.empty();
    }
    throw new IllegalStateException("unexpected stdin: " + stdin);
  }
}
