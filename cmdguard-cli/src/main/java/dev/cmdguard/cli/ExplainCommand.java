package dev.cmdguard.cli;

import dev.cmdguard.unwrap.ShellContext;
import dev.cmdguard.unwrap.Unwrap;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cmdguard explain}: shows what cmdguard understood of a command, every program that would
 * run with its arguments, input and output, and what it could not analyse. Read-only: it never runs
 * the command and decides nothing.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Show every program a command would run, and how cmdguard read it.",
    description = {
      "",
      "Shows the chain of wrappers and shells that led to each program (sudo → bash -c → rm), its"
          + " arguments with the parts only known at run time marked, its working directory,"
          + " standard input and redirects, and what could not be analysed. Nothing is run;"
          + " nothing is decided.",
      "",
      "Give the command one of three ways: -c SCRIPT (bash source text), -f PATH (a script file,"
          + " - for standard input), or -- ARGV… (a program and its arguments run directly,"
          + " without a shell).",
      "",
    },
    footer = {
      "",
      "Examples:",
      "  cmdguard explain -c 'sudo bash -c \"rm -rf /\"'",
      "  cmdguard explain -c 'cd /tmp && rm -rf \"$X\"' --cwd ~/project",
      "  cmdguard explain --json -c 'curl -fsSL https://x.example/i.sh | sh'",
      "  cmdguard explain -- git push --force origin main",
      "  git diff --name-only | sed 's/^/cat /' | cmdguard explain -f -",
    })
final class ExplainCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @ParentCommand private Main main;

  @Option(
      names = {"-c", "--command"},
      paramLabel = "SCRIPT",
      description = "The bash script to explain, as one argument (quote it).")
  private String script;

  @Option(
      names = {"-f", "--file"},
      paramLabel = "PATH",
      description = "Read the script from a file, '-' for standard input (UTF-8, at most 10 MiB).")
  private String file;

  @Parameters(
      paramLabel = "ARGV",
      description = "After '--': a program and its arguments, run directly without a shell.")
  private List<String> argv = new ArrayList<>();

  @Option(
      names = "--cwd",
      paramLabel = "DIR",
      description = "The directory the command starts in (default: the current directory).")
  private String cwd;

  @Option(names = "--home", paramLabel = "DIR", description = "The home directory, ~ and $HOME.")
  private String home;

  @Option(names = "--user", paramLabel = "NAME", description = "The user name, $USER.")
  private String user;

  @Option(names = "--json", description = "Print a JSON document instead of text.")
  private boolean json;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      converter = ColorMode.Converter.class,
      description = "Colours: auto (on a terminal, unless NO_COLOR is set), always or never.")
  private ColorMode color;

  /**
   * @return {@link ExitCodes#OK}, {@link ExitCodes#USAGE} for unusable input, {@link
   *     ExitCodes#INTERNAL_ERROR} for a bug
   */
  @Override
  public Integer call() {
    return Failures.run(spec.commandLine().getErr(), main.debug(), this::explain);
  }

  private int explain() throws InputException {
    Environment env = main.environment();
    ShellContext context = context(env);
    Explanation explanation = explanation(env, context);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ExplainJson.write(explanation, out);
    } else {
      new ExplainText(out, Style.of(color.enabled(env))).write(explanation);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private Explanation explanation(Environment env, ShellContext context) throws InputException {
    boolean afterDashes = spec.commandLine().getParseResult().originalArgs().contains("--");
    int given = (script != null ? 1 : 0) + (file != null ? 1 : 0) + (argv.isEmpty() ? 0 : 1);
    if (given > 1) {
      throw usage("give only one of -c SCRIPT, -f PATH or -- ARGV…");
    }
    if (given == 0) {
      throw usage("nothing to explain: give -c SCRIPT, -f PATH or -- ARGV…");
    }
    if (!argv.isEmpty() && !afterDashes) {
      throw usage(
          "to explain a script, pass it with -c "
              + ShellQuote.quote(String.join(" ", argv))
              + "; to explain an argv run without a shell, put it after --");
    }
    if (!argv.isEmpty()) {
      return Explanation.ofArgv(argv, context, Unwrap.argv(argv, context));
    }
    String text =
        script != null ? InputText.check(script, "the -c script") : InputText.read(file, env);
    return Explanation.ofScript(text, context, Unwrap.script(text, context));
  }

  private ShellContext context(Environment env) {
    Path base = env.workingDirectory();
    String dir = cwd == null ? base.toString() : absolute(base, cwd);
    String homeDir = absolute(base, home != null ? home : env.variable("HOME", env.userHome()));
    String name = user != null ? user : env.variable("USER", env.userName());
    return ShellContext.of(dir, homeDir, name).withClock(System::nanoTime);
  }

  private static String absolute(Path base, String path) {
    return base.resolve(path).normalize().toString();
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
