package dev.cmdguard.cli;

import dev.cmdguard.policy.PolicyLocations;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --file PATH} option of the {@code audit} subcommands: which log to read. */
final class AuditFileOption {
  @Option(
      names = "--file",
      paramLabel = "PATH",
      description =
          "The audit log to read (default: audit.jsonl in $CMDGUARD_STATE_DIR, else"
              + " $XDG_STATE_HOME/cmdguard, else ~/.local/state/cmdguard). Its rotated files"
              + " PATH.1 … PATH.5 and PATH.head are read with it.")
  private String file;

  /** The log: {@code --file} resolved against the working directory, or the default location. */
  Path log(Environment env) {
    if (file != null) {
      return env.workingDirectory().resolve(file).normalize();
    }
    Path home = Path.of(env.variable("HOME", env.userHome()));
    return PolicyLocations.fromEnvironment(env.variables(), home).auditLog();
  }

  /**
   * Fails when {@code --file} names a log that is not there; the default log may not exist yet.
   *
   * @throws InputException naming the path
   */
  void requireGivenFileExists(Path log) throws InputException {
    if (file != null
        && !Files.exists(log)
        && !Files.exists(log.resolveSibling(log.getFileName() + ".1"))) {
      throw new InputException("no audit log at " + log);
    }
  }
}
