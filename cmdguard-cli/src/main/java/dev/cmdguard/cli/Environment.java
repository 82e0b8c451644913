package dev.cmdguard.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the CLI reads from the process it runs in: environment variables, whether standard output is
 * a terminal, the working directory and standard input. The commands read these only through this
 * record, so tests can run them against any environment.
 *
 * @param variables the environment variables ({@code HOME}, {@code USER}, {@code NO_COLOR}, {@code
 *     TERM}, {@code CMDGUARD_DEBUG})
 * @param terminal true when standard output is an interactive terminal
 * @param workingDirectory the absolute directory relative paths are resolved against
 * @param userHome the home directory when {@code HOME} is not set (the {@code user.home} property)
 * @param userName the login name when {@code USER} is not set (the {@code user.name} property)
 * @param stdin opens standard input, for {@code --file -}
 * @param errorTerminal true when standard error is an interactive terminal (progress lines)
 * @param inputTerminal true when standard input is an interactive terminal ({@code exec} asks for
 *     approval only when standard input and standard error are terminals)
 * @param systemStreams true when standard input, output and error are this process's own, so a
 *     child process can inherit them ({@code exec}); false in tests and embedding, where {@code
 *     exec} feeds the child from {@code stdin} and copies its output to the command line's writers
 */
public record Environment(
    Map<String, String> variables,
    boolean terminal,
    Path workingDirectory,
    String userHome,
    String userName,
    Supplier<InputStream> stdin,
    boolean errorTerminal,
    boolean inputTerminal,
    boolean systemStreams) {

  /**
   * @throws IllegalArgumentException when {@code workingDirectory} is not absolute
   */
  public Environment {
    variables = Map.copyOf(variables);
    Objects.requireNonNull(stdin, "stdin");
    if (!workingDirectory.isAbsolute()) {
      throw new IllegalArgumentException("working directory must be absolute: " + workingDirectory);
    }
  }

  /** An environment whose standard error is not a terminal. */
  public Environment(
      Map<String, String> variables,
      boolean terminal,
      Path workingDirectory,
      String userHome,
      String userName,
      Supplier<InputStream> stdin) {
    this(variables, terminal, workingDirectory, userHome, userName, stdin, false);
  }

  /**
   * An environment whose standard input is not a terminal and whose streams are not the process's
   * own (tests, embedding).
   */
  public Environment(
      Map<String, String> variables,
      boolean terminal,
      Path workingDirectory,
      String userHome,
      String userName,
      Supplier<InputStream> stdin,
      boolean errorTerminal) {
    this(
        variables,
        terminal,
        workingDirectory,
        userHome,
        userName,
        stdin,
        errorTerminal,
        false,
        false);
  }

  /** The environment of this process: {@code System.getenv()}, {@code System.in}, … */
  public static Environment system() {
    return system(true);
  }

  /**
   * The environment of this process for a hook call, whose standard streams are the agent's pipes:
   * no terminal is probed (a {@code Console}, reflection and two {@code /proc} reads, about 2 ms of
   * a hook call's start-up), all three flags are false.
   */
  static Environment systemForHook() {
    return system(false);
  }

  private static Environment system(boolean probeTerminals) {
    return new Environment(
        System.getenv(),
        probeTerminals && stdoutIsTerminal(),
        Path.of(System.getProperty("user.dir")).toAbsolutePath(),
        System.getProperty("user.home", "/"),
        System.getProperty("user.name", ""),
        () -> System.in,
        probeTerminals && isTerminal(2),
        probeTerminals && isTerminal(0),
        true);
  }

  /** The value of an environment variable, or {@code fallback} when it is unset or empty. */
  public String variable(String name, String fallback) {
    String value = variables.get(name);
    return value == null || value.isEmpty() ? fallback : value;
  }

  /** True when the variable is set to a non-empty value (the {@code NO_COLOR} convention). */
  public boolean isSet(String name) {
    return !variable(name, "").isEmpty();
  }

  /** True when {@code CMDGUARD_DEBUG} is set to anything but {@code 0} or {@code false}. */
  public boolean debugRequested() {
    String value = variable("CMDGUARD_DEBUG", "0");
    return !value.equals("0") && !value.equalsIgnoreCase("false");
  }

  /**
   * Java has no isatty for standard error or input; on Linux {@code /proc/self/fd/N} links to the
   * terminal device ({@code /dev/pts/N}, {@code /dev/ttyN}). Elsewhere this says false: progress
   * lines are a nicety, and {@code exec} then denies what asks, with how to approve it.
   */
  private static boolean isTerminal(int fd) {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /**
   * On JDK 21 {@code System.console()} is null unless stdin and stdout are terminals; on JDK 22 to
   * 24 it may return a console for pipes too, and {@code Console.isTerminal()} (JDK 22+) tells.
   */
  private static boolean stdoutIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
