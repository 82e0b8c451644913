package dev.cmdguard.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cmdguard.cli.install.HookTarget;
import dev.cmdguard.cli.install.Places;
import dev.cmdguard.cli.install.Scope;
import dev.cmdguard.cli.install.SettingsEdit;
import dev.cmdguard.cli.install.SettingsException;
import dev.cmdguard.cli.install.SettingsFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code install} and {@code uninstall} share: the agent, the scope, {@code --dry-run} and
 * {@code --command}, and the edit of the agent's settings file. A picocli mixin.
 */
final class HookSetup {
  @Parameters(
      index = "0",
      paramLabel = "AGENT",
      completionCandidates = HookCommand.Agents.class,
      description = "The agent: ${COMPLETION-CANDIDATES}.")
  private String agent;

  @Option(
      names = "--user",
      description = "The user's settings, for every project (default; not for copilot).")
  private boolean user;

  @Option(
      names = "--project",
      description = "The settings of the project in the current directory (default for copilot).")
  private boolean project;

  @Option(names = "--dry-run", description = "Print the change as a unified diff; write nothing.")
  private boolean dryRun;

  @Option(
      names = "--command",
      paramLabel = "LAUNCHER",
      description =
          "The cmdguard command the agent runs, as its shell will read it (default: the absolute"
              + " path of this launcher); ' hook AGENT' is added.")
  private String launcher;

  /**
   * Installs or removes the hook and reports what happened.
   *
   * @return {@link ExitCodes#OK}
   * @throws InputException for an unknown agent, a scope the agent has no file for, a settings file
   *     cmdguard will not edit, or a file that cannot be read or written
   */
  int run(Environment env, PrintWriter out, PrintWriter err, boolean install)
      throws InputException {
    HookTarget target =
        HookTarget.byName(agent)
            .orElseThrow(
                () ->
                    new InputException(
                        "unknown agent '"
                            + agent
                            + "' (expected one of: "
                            + String.join(", ", HookTarget.names())
                            + ")"));
    String command = target.command(launcher(env, install));
    try {
      Path file = target.file(scope(target), places(env));
      SettingsFile settings = SettingsFile.read(file);
      ObjectNode tree = settings.copy();
      if (!edit(target, tree, command, install, file)) {
        out.println(
            "cmdguard's hook for "
                + target.title()
                + (install ? " is already in " : " is not in ")
                + file
                + (install ? "; nothing changed." : "; nothing to remove."));
        return ExitCodes.OK;
      }
      SettingsEdit edit = new SettingsEdit(settings, settings.print(tree));
      boolean removeFile = !install && agent.equals("copilot") && onlyVersion(tree);
      if (dryRun) {
        out.print(removeFile ? "delete " + file + "\n" : edit.diff());
        err.println("cmdguard: dry run; nothing was written");
      } else if (removeFile) {
        Path backup = edit.delete(Instant.now());
        out.println(
            "Removed " + file + ", which held only cmdguard's hook (backup: " + backup + ").");
      } else {
        write(target, edit, command, install, out);
      }
      return ExitCodes.OK;
    } catch (SettingsException e) {
      throw new InputException(e.getMessage());
    } catch (IOException e) {
      throw new InputException("cannot update the settings: " + e.getMessage());
    }
  }

  private static void write(
      HookTarget target, SettingsEdit edit, String command, boolean install, PrintWriter out)
      throws SettingsException, IOException {
    Path file = edit.file().path();
    String saved = edit.apply(Instant.now()).map(b -> " (backup: " + b + ")").orElse("");
    if (install) {
      out.println(target.title() + " now runs '" + command + "' before each shell command.");
      out.println("Written: " + file + saved);
      out.println(target.note());
    } else {
      out.println("Removed cmdguard's hook for " + target.title() + " from " + file + saved + ".");
    }
  }

  /**
   * Installs or removes the entry in {@code tree}; true when the tree differs from the file's (a
   * file that already holds the entry is not rewritten, whatever its layout).
   */
  private static boolean edit(
      HookTarget target, ObjectNode tree, String command, boolean install, Path file)
      throws SettingsException {
    ObjectNode before = tree.deepCopy();
    try {
      if (install) {
        target.install(tree, command);
      } else {
        target.uninstall(tree, command);
      }
    } catch (SettingsException e) {
      throw new SettingsException(file + ": " + e.getMessage() + "; nothing was changed");
    }
    return !tree.equals(before);
  }

  private Scope scope(HookTarget target) throws InputException {
    if (user && project) {
      throw new InputException("give --user or --project, not both");
    }
    return user ? Scope.USER : project ? Scope.PROJECT : target.defaultScope();
  }

  /** The launcher: {@code --command} as given, else {@code $CMDGUARD_LAUNCHER} quoted for sh. */
  private String launcher(Environment env, boolean install) throws InputException {
    if (launcher != null) {
      if (launcher.isBlank()) {
        throw new InputException("--command must not be empty");
      }
      return launcher;
    }
    String path = env.variable("CMDGUARD_LAUNCHER", "");
    if (path.isEmpty()) {
      if (!install) {
        return "cmdguard";
      }
      throw new InputException(
          "cannot tell where the cmdguard launcher is (CMDGUARD_LAUNCHER is not set): run"
              + " install through the ./cmdguard launcher, or give --command");
    }
    return ShellQuote.quote(path);
  }

  private static Places places(Environment env) {
    Path home = env.workingDirectory().resolve(env.variable("HOME", env.userHome())).normalize();
    Path codex =
        env.isSet("CODEX_HOME")
            ? env.workingDirectory().resolve(env.variable("CODEX_HOME", "")).normalize()
            : home.resolve(".codex");
    return new Places(home, env.workingDirectory(), codex);
  }

  /** True when nothing but {@code "version"} is left: the file was cmdguard's alone. */
  private static boolean onlyVersion(ObjectNode tree) {
    return tree.size() == 1 && tree.has("version");
  }
}
