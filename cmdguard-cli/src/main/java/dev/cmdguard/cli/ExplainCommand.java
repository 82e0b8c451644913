package dev.cmdguard.cli;

import dev.cmdguard.CommandGuard;
import dev.cmdguard.Decision;
import dev.cmdguard.unwrap.ShellContext;
import dev.cmdguard.unwrap.Unwrap;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cmdguard explain}: shows what cmdguard understood of a command, every program that would
 * run with its arguments, input and output, what it could not analyse, and what the rules found in
 * which invocation. Read-only: it never runs the command and decides nothing ({@code check}
 * decides).
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
          + " standard input and redirects, what could not be analysed, and the findings of the"
          + " rules with the invocation each came from. Nothing is run; nothing is decided (cmdguard"
          + " check decides).",
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

  @Mixin private CommandInput input;

  @Mixin private ContextOptions place;

  @Mixin private OutputOptions output;

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
    ShellContext context = place.context(env);
    GivenCommand command = input.read(env);
    Explanation explanation = explanation(command, context, env);
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      ExplainJson.write(explanation, out);
    } else {
      new ExplainText(out, output.style(env)).write(explanation);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * The unwrap result shown, and the guard's findings about the same command; each finding names
   * the index of its invocation, which is the same in both (the guard runs the same unwrap). The
   * guard is built first: its warm-up keeps one-time start-up costs out of the analysis budget.
   */
  private static Explanation explanation(
      GivenCommand command, ShellContext context, Environment env) {
    CommandGuard guard = PolicySetup.guard(env);
    Explanation plain =
        command.argv().isPresent()
            ? Explanation.ofArgv(
                command.argv().get(), context, Unwrap.argv(command.argv().get(), context))
            : Explanation.ofScript(
                command.script().orElseThrow(),
                context,
                Unwrap.script(command.script().get(), context));
    Decision decision = guard.evaluate(command.request(context));
    return plain.withFindings(decision.findings());
  }
}
