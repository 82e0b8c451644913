package dev.cmdguard.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The three ways to give one command, shared by {@code explain} and {@code check}: {@code -c
 * SCRIPT}, {@code -f PATH} (a file, {@code -} for standard input) or {@code -- ARGV…}. A picocli
 * mixin; {@link #read} checks that exactly one was given and reads it.
 */
final class CommandInput {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec verb;

  @Option(
      names = {"-c", "--command"},
      paramLabel = "SCRIPT",
      description = "The bash script, as one argument (quote it).")
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

  /**
   * The command given on the command line.
   *
   * @throws ParameterException (a usage error) when none or more than one way was used, or words
   *     were given without {@code --}
   * @throws InputException when the script or file is not usable text
   */
  GivenCommand read(Environment env) throws InputException {
    String name = verb.name();
    int given = (script != null ? 1 : 0) + (file != null ? 1 : 0) + (argv.isEmpty() ? 0 : 1);
    if (given > 1) {
      throw usage("give only one of -c SCRIPT, -f PATH or -- ARGV…");
    }
    if (given == 0) {
      throw usage("nothing to " + name + ": give -c SCRIPT, -f PATH or -- ARGV…");
    }
    boolean afterDashes = verb.commandLine().getParseResult().originalArgs().contains("--");
    if (!argv.isEmpty() && !afterDashes) {
      throw usage(
          "to "
              + name
              + " a script, pass it with -c "
              + ShellQuote.quote(String.join(" ", argv))
              + "; to "
              + name
              + " an argv run without a shell, put it after --");
    }
    if (!argv.isEmpty()) {
      return GivenCommand.argv(argv);
    }
    return GivenCommand.script(
        script != null ? InputText.check(script, "the -c script") : InputText.read(file, env));
  }

  private ParameterException usage(String message) {
    return new ParameterException(verb.commandLine(), message);
  }
}
