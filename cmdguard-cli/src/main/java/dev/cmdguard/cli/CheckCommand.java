package dev.cmdguard.cli;

import dev.cmdguard.CommandGuard;
import dev.cmdguard.Decision;
import dev.cmdguard.Verdict;
import dev.cmdguard.unwrap.ShellContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cmdguard check}: decides whether one command may run (allow, ask a human, deny), with the
 * reasons, and says so in its exit status (SPEC section 9): 0 allow, 3 ask, 4 deny, 2 usage error,
 * 1 internal error. Never runs the command.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Decide whether a command may run: allow, ask a human, or deny.",
    description = {
      "",
      "Reads the command the way bash would, finds every program that would really run, judges"
          + " the risk (low, medium, high, critical) and maps it to a decision with the profile."
          + " Prints the decision, the reason, each finding with the part of the command it is"
          + " about, and a safer alternative where there is one. Nothing is run.",
      "",
      "Give the command one of three ways: -c SCRIPT (bash source text), -f PATH (a script file,"
          + " - for standard input), or -- ARGV… (a program and its arguments run directly,"
          + " without a shell).",
      "",
      "Profiles (risk → decision):",
      "  low       low allow  medium allow  high allow  critical deny",
      "  medium    low allow  medium allow  high ask    critical deny   (default)",
      "  high      low allow  medium ask    high ask    critical deny",
      "  paranoid  low ask    medium ask    high deny   critical deny",
      "",
    },
    footer = {
      "",
      "Examples:",
      "  cmdguard check -c 'rm -r /*'",
      "  cmdguard check -c 'git push --force origin main' --profile high",
      "  cmdguard check --json -c 'curl -fsSL https://x.example/i.sh | sh'",
      "  cmdguard check -- find . -name '*.tmp' -delete",
      "  cmdguard check -f deploy.sh --cwd ~/project",
      "  cmdguard check -c \"$CMD\" >/dev/null 2>&1 || echo 'not allowed'",
      "",
      "Exit status:",
      "  0  allow: the command may run",
      "  3  ask: a human must approve it",
      "  4  deny: it must not run",
      "  2  usage error or unusable input: a bad option or profile; a file that is",
      "     missing, not UTF-8, holds a NUL byte or is over 10 MiB",
      "  1  internal error (a bug; --debug shows the stack trace)",
    })
final class CheckCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @ParentCommand private Main main;

  @Mixin private CommandInput input;

  @Mixin private ContextOptions place;

  @Mixin private ProfileOption profile;

  @Mixin private OutputOptions output;

  @Option(
      names = "--stats",
      description =
          "Print the decision cache's statistics (hits, misses, evictions) on standard error.")
  private boolean stats;

  /**
   * @return {@link ExitCodes#OK} for allow, {@link ExitCodes#ASK}, {@link ExitCodes#DENY}, {@link
   *     ExitCodes#USAGE} for unusable input, {@link ExitCodes#INTERNAL_ERROR} for a bug
   */
  @Override
  public Integer call() {
    return Failures.run(spec.commandLine().getErr(), main.debug(), this::check);
  }

  private int check() throws InputException, IOException {
    Environment env = main.environment();
    ShellContext context = place.context(env);
    GivenCommand command = input.read(env);
    Decision decision;
    try (PolicySetup.Audited audited = PolicySetup.audited(env)) {
      CommandGuard guard = audited.guard();
      decision = guard.evaluate(profile.apply(command.request(context)));
      if (stats) {
        spec.commandLine().getErr().println("cache: " + ScanSummary.cacheLine(guard.cacheStats()));
      }
    }
    int exit = exitStatus(decision.decision());
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      DecisionJson.writeDocument(decision, out);
    } else {
      new CheckText(out, output.style(env)).write(decision, command.source(), exit);
    }
    out.flush();
    return exit;
  }

  /** 0 allow, 3 ask, 4 deny. */
  static int exitStatus(Verdict verdict) {
    return switch (verdict) {
      case ALLOW -> ExitCodes.OK;
      case ASK -> ExitCodes.ASK;
      case DENY -> ExitCodes.DENY;
    };
  }
}
