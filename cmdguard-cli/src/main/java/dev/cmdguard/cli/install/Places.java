package dev.cmdguard.cli.install;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where settings files are looked for.
 *
 * @param home the user's home directory ({@code $HOME})
 * @param project the project directory (the current directory)
 * @param codexHome Codex's directory ({@code $CODEX_HOME}, else {@code ~/.codex})
 */
public record Places(Path home, Path project, Path codexHome) {
  public Places {
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(codexHome, "codexHome");
  }
}
