package dev.cmdguard.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code cmdguard} command: the top of the picocli tree, one subcommand class per verb. Use
 * {@link #commandLine(Environment)} to get a configured {@link CommandLine}; {@link #main} is the
 * only place that touches {@code System.out}, {@code System.err} and {@code System.exit}.
 */
@Command(
    name = "cmdguard",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    subcommands = {
      CheckCommand.class,
      ScanCommand.class,
      ExplainCommand.class,
      ExecCommand.class,
      PolicyCommand.class,
      TrustCommand.class,
      ServeCommand.class,
      AuditCommand.class,
      HookCommand.class,
      InstallCommand.class,
      UninstallCommand.class,
      HelpCommand.class
    },
    synopsisSubcommandLabel = "VERB",
    description = {
      "A command-safety guard for AI coding agents. It reads a shell command the way bash would,"
          + " finds every program that would really run (through sudo, bash -c, eval, pipes into"
          + " shells…), judges the risk and decides: allow, ask a human, or deny.",
    },
    commandListHeading = "%nVerbs:%n",
    footer = {
      "",
      "Examples:",
      "  cmdguard check -c 'rm -r /*'",
      "  cmdguard check --json --profile high -- git push --force origin main",
      "  cmdguard scan --lines ~/.bash_history > decisions.jsonl",
      "  cmdguard explain -c 'sudo bash -c \"rm -rf /\"'",
      "  cmdguard audit verify",
      "  cmdguard exec -- npm test",
      "  cmdguard help check",
      "",
      "Exit status: 0 done (check: allow), 3 ask and 4 deny (check), 1 internal error, 2 usage"
          + " error or unusable input.",
    })
public final class Main implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an internal error (also: CMDGUARD_DEBUG=1).")
  private boolean debug;

  private final Environment env;

  /** A command that runs against this process's environment. */
  public Main() {
    this(Environment.system());
  }

  /**
   * A command that runs against the given environment (for tests and embedding).
   *
   * @param env where variables, the working directory and standard input come from
   */
  public Main(Environment env) {
    this.env = env;
  }

  /**
   * A {@link CommandLine} for {@code cmdguard}, configured as the real command: no {@code @file}
   * expansion (an argument like {@code @data.json} is data to explain, not options), usage errors
   * as one line plus a hint with exit status 2, help coloured only on a terminal.
   *
   * @param env the environment the verbs read
   * @return a fresh command line; set its writers with {@code setOut}/{@code setErr}
   */
  public static CommandLine commandLine(Environment env) {
    Failures failures = new Failures(env);
    CommandLine.Help.Ansi ansi =
        ColorMode.AUTO.enabled(env) ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF;
    return new CommandLine(new Main(env))
        .setExpandAtFiles(false)
        .setParameterExceptionHandler(failures)
        .setExecutionExceptionHandler(failures)
        .setColorScheme(CommandLine.Help.defaultColorScheme(ansi));
  }

  /**
   * Runs {@code cmdguard} and exits with its status (SPEC section 9). Output is UTF-8.
   *
   * @param args the command line, for example {@code explain -c 'ls'}
   */
  public static void main(String[] args) {
    PrintWriter out = Entry.utf8(System.out);
    PrintWriter err = Entry.utf8(System.err);
    int status = commandLine(Environment.system()).setOut(out).setErr(err).execute(args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Without a verb: the usage on standard error, and a usage error status. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("cmdguard: which verb? (for example: cmdguard check -c 'ls')");
    spec.commandLine().usage(err);
    return ExitCodes.USAGE;
  }

  /** The environment the verbs read. */
  Environment environment() {
    return env;
  }

  /** True when stack traces of internal errors should be printed. */
  boolean debug() {
    return debug || env.debugRequested();
  }
}
