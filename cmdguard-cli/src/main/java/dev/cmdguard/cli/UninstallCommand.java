package dev.cmdguard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cmdguard uninstall AGENT}: removes cmdguard's hook from the agent's settings file, and the
 * lists that only held it; every other setting stays. The old file is kept as a backup.
 */
@Command(
    name = "uninstall",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Remove cmdguard's hook from an agent's settings.",
    description = {
      "",
      "Removes every entry that runs cmdguard hook AGENT from the agent's settings file (see"
          + " cmdguard install --help for the files), with the groups and lists that held only"
          + " it. The old file is copied to NAME.cmdguard-TIME.bak first. Copilot's"
          + " .github/hooks/cmdguard.json is deleted when nothing else is left in it.",
      "",
    },
    footer = {
      "",
      "Examples:",
      "  cmdguard uninstall claude-code",
      "  cmdguard uninstall cursor --project --dry-run",
      "",
      "Exit status: 0 done (or nothing to do), 2 usage error or a settings file cmdguard will not"
          + " edit, 1 internal error.",
    })
final class UninstallCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @ParentCommand private Main main;

  @Mixin private HookSetup setup;

  /**
   * @return {@link ExitCodes#OK}, or {@link ExitCodes#USAGE} when the settings cannot be edited
   */
  @Override
  public Integer call() {
    return Failures.run(
        spec.commandLine().getErr(),
        main.debug(),
        () ->
            setup.run(
                main.environment(),
                spec.commandLine().getOut(),
                spec.commandLine().getErr(),
                false));
  }
}
