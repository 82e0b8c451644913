package dev.cmdguard.cli;

import dev.cmdguard.policy.TrustStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cmdguard trust}: the trust store of SPEC section 6, human approvals remembered as the
 * exact argv of a command's invocations, with an expiry. The sub-verbs {@code add}, {@code list}
 * and {@code remove} are {@link TrustAddCommand}, {@link TrustListCommand} and {@link
 * TrustRemoveCommand}; this class gives them the environment and the store.
 */
@Command(
    name = "trust",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    subcommands = {
      TrustAddCommand.class,
      TrustListCommand.class,
      TrustRemoveCommand.class,
      HelpCommand.class
    },
    synopsisSubcommandLabel = "(add | list | remove)",
    header = "Remember human approvals of exact commands, for a limited time.",
    description = {
      "",
      "A trusted command is allowed where it would otherwise ask a human. What is stored is the"
          + " argv of every program the command runs, as cmdguard analysed it; a command matches"
          + " only when its analysis gives exactly the same invocations. Critical commands, commands"
          + " with parts only known at run time, and commands that could not be fully analysed are"
          + " never trusted.",
      "",
      "The store is $XDG_STATE_HOME/cmdguard/trust.json (or $CMDGUARD_STATE_DIR/trust.json).",
      "",
    },
    commandListHeading = "%nSub-verbs:%n",
    footer = {
      "",
      "Examples:",
      "  cmdguard trust add --ttl 12h --note 'release' -- npm run deploy",
      "  cmdguard trust add -c 'git push --force origin feature/x'",
      "  cmdguard trust list --all",
      "  cmdguard trust remove 3fa2b1c4",
    })
final class TrustCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @ParentCommand private Main main;

  /** Without a sub-verb: the usage on standard error, and a usage error status. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("cmdguard trust: add, list or remove? (for example: cmdguard trust list)");
    spec.commandLine().usage(err);
    return ExitCodes.USAGE;
  }

  /** The environment the sub-verbs read. */
  Environment environment() {
    return main.environment();
  }

  /** True when stack traces of internal errors should be printed. */
  boolean debug() {
    return main.debug();
  }

  /** The trust store of this environment. */
  TrustStore store() {
    return TrustStore.at(PolicySetup.locations(environment()).trustStore());
  }

  /**
   * The error for a store that cannot be read, parsed or written: the message names the file and
   * the problem, and says the file was left as it is (approvals are never silently discarded).
   */
  static InputException unusable(IOException e) {
    return new InputException(
        describe(e) + " (the file is left as it is: fix it, or move it away to start afresh)");
  }

  /** An I/O error in one line: {@code /path: permission denied}, or its message. */
  static String describe(IOException e) {
    if (e instanceof FileSystemException f && f.getReason() == null) {
      String reason =
          switch (e) {
            case AccessDeniedException a -> "permission denied";
            case NoSuchFileException n -> "no such file or directory";
            case NotDirectoryException n -> "not a directory";
            default -> e.getClass().getSimpleName();
          };
      return f.getFile() + ": " + reason;
    }
    return String.valueOf(e.getMessage());
  }
}
