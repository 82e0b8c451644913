package dev.cmdguard.cli;

import dev.cmdguard.unwrap.ShellContext;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --cwd}, {@code --home} and {@code --user} options shared by the verbs that judge a
 * command: the context the command would run in. A picocli mixin; the defaults come from the
 * process ({@code $PWD}, {@code $HOME}, {@code $USER}).
 */
final class ContextOptions {
  @Option(
      names = "--cwd",
      paramLabel = "DIR",
      description = "The directory the command starts in (default: the current directory).")
  private String cwd;

  @Option(
      names = "--home",
      paramLabel = "DIR",
      description = "The home directory, ~ and $HOME (default: $HOME).")
  private String home;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      description = "The user name, $USER (default: $USER).")
  private String user;

  /**
   * The context from the options and the environment; relative directories are resolved against the
   * working directory and normalised. The clock times the analysis budget.
   *
   * @return the context, with {@code System::nanoTime} as its clock
   */
  ShellContext context(Environment env) {
    Path base = env.workingDirectory();
    String dir = cwd == null ? base.toString() : absolute(base, cwd);
    String homeDir = absolute(base, home != null ? home : env.variable("HOME", env.userHome()));
    String name = user != null ? user : env.variable("USER", env.userName());
    return ShellContext.of(dir, homeDir, name).withClock(System::nanoTime);
  }

  /** {@code path} resolved against {@code base} and normalised ({@code a/../b} is {@code b}). */
  static String absolute(Path base, String path) {
    return base.resolve(path).normalize().toString();
  }
}
