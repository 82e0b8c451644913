package dev.cmdguard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cmdguard install AGENT}: puts {@code cmdguard hook AGENT} into the agent's settings file,
 * so the agent asks cmdguard before each shell command (SPEC section 9). Every other setting stays
 * as it was, in its order; the old file is kept as a backup; installing again changes nothing.
 */
@Command(
    name = "install",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Make an agent ask cmdguard before each shell command.",
    description = {
      "",
      "Adds cmdguard's hook to the agent's settings file, keeping every other setting and its"
          + " order. The old file is copied to NAME.cmdguard-TIME.bak and the new one replaces it"
          + " in one step. Installing again changes nothing; an older cmdguard entry (a launcher"
          + " that moved) is replaced. A file that is not plain JSON is left alone.",
      "",
      "Settings files:  --user (default)          --project (current directory)",
      "  claude-code    ~/.claude/settings.json   .claude/settings.json",
      "  codex          ~/.codex/hooks.json       .codex/hooks.json",
      "  gemini         ~/.gemini/settings.json   .gemini/settings.json",
      "  cursor         ~/.cursor/hooks.json      .cursor/hooks.json",
      "  copilot        -                         .github/hooks/cmdguard.json",
      "",
    },
    footer = {
      "",
      "Examples:",
      "  cmdguard install claude-code",
      "  cmdguard install codex --dry-run",
      "  cmdguard install copilot --project",
      "",
      "Exit status: 0 done (or nothing to do), 2 usage error or a settings file cmdguard will not"
          + " edit, 1 internal error. See docs/agents.md.",
    })
final class InstallCommand implements Callable<Integer> {
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
                true));
  }
}
