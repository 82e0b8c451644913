package dev.cmdguard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cmdguard audit}: reads the audit log (SPEC section 7): {@code tail}, {@code stats} and
 * {@code verify}, one class per subcommand. Format and guarantees: {@code docs/audit.md}.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Read the audit log: the last records, counts, and whether the hash chain holds.",
    description = {
      "",
      "Every decision (and every run through cmdguard exec) is appended to a JSON Lines log,"
          + " $XDG_STATE_HOME/cmdguard/audit.jsonl unless CMDGUARD_STATE_DIR or --file says"
          + " otherwise. Each record carries the SHA-256 of the one before, across rotated files,"
          + " so editing, deleting or reordering records shows. Secrets are masked before a"
          + " record is written.",
      "",
    },
    subcommands = {
      AuditTailCommand.class,
      AuditStatsCommand.class,
      AuditVerifyCommand.class,
      HelpCommand.class
    },
    synopsisSubcommandLabel = "(tail | stats | verify)",
    commandListHeading = "%nSubcommands:%n",
    footer = {
      "",
      "Examples:",
      "  cmdguard audit tail -n 20",
      "  cmdguard audit tail -f --json | jq -c 'select(.decision.decision == \"deny\")'",
      "  cmdguard audit stats --since 7d",
      "  cmdguard audit verify",
      "",
      "Exit status: 0 done (verify: the chain holds), 5 verify: the chain is broken, 2 usage"
          + " error or unreadable file, 1 internal error.",
    })
final class AuditCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @ParentCommand private Main main;

  /** Without a subcommand: the usage on standard error, and a usage error status. */
  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    err.println(
        "cmdguard audit: which one? tail, stats or verify (for example: cmdguard audit tail)");
    spec.commandLine().usage(err);
    return ExitCodes.USAGE;
  }

  /** The top-level command: the environment and {@code --debug}. */
  Main main() {
    return main;
  }
}
