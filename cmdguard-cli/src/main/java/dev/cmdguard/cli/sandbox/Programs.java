package dev.cmdguard.cli.sandbox;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Finds programs the way {@code execvp(3)} would, in a given {@code PATH}. */
public final class Programs {
  private Programs() {}

  /**
   * The first executable regular file called {@code name} in the directories of {@code path}. Empty
   * and relative entries (which would mean the current directory) are skipped: the sandbox runtime
   * must not be whatever file the workspace holds.
   *
   * @param name a file name without {@code /}
   * @param path a {@code PATH} value, directories separated by {@code :}
   * @return the absolute path, or empty when there is none
   */
  public static Optional<Path> find(String name, String path) {
    if (name.isEmpty() || name.contains("/")) {
      throw new IllegalArgumentException("not a program name: " + name);
    }
    for (String dir : path.split(":")) {
      if (!dir.startsWith("/")) {
        continue;
      }
      try {
        Path candidate = Path.of(dir, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      } catch (InvalidPathException e) {
        // a PATH entry that is no path (a NUL byte) names no program
      }
    }
    return Optional.empty();
  }
}
