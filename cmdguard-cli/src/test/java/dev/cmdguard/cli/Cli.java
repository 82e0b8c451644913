package dev.cmdguard.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Runs {@code cmdguard} in-process with captured output, the way {@link Main#main} would. */
final class Cli {
  static final Path CWD = Path.of("/home/dev/project");

  /** One state directory (trust store, audit log) for the test JVM, unless a test sets its own. */
  static final Path STATE = temporaryState();

  private static void delete(java.io.File f) {
    java.io.File[] children = f.listFiles();
    if (children != null) {
      for (java.io.File c : children) {
        delete(c);
      }
    }
    f.delete();
  }

  private static Path temporaryState() {
    try {
      Path dir = java.nio.file.Files.createTempDirectory("cmdguard-cli-test-state");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir.toFile())));
      return dir;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private final Map<String, String> variables = new HashMap<>(Map.of("HOME", "/home/dev"));
  private boolean terminal;
  private boolean prompting;
  private Path workingDirectory = CWD;
  private Supplier<InputStream> stdin = () -> new ByteArrayInputStream(new byte[0]);

  /** The result of one run. */
  record Result(int exit, String out, String err) {}

  static Cli cli() {
    Cli cli = new Cli();
    cli.variables.put("USER", "dev");
    cli.variables.put("CMDGUARD_SYSTEM_POLICY", "/nonexistent/cmdguard/policy.yaml");
    cli.variables.put("CMDGUARD_USER_POLICY", "/nonexistent/cmdguard/user-policy.yaml");
    cli.variables.put("CMDGUARD_STATE_DIR", STATE.toString());
    return cli;
  }

  Cli env(String name, String value) {
    variables.put(name, value);
    return this;
  }

  Cli terminal(boolean isTerminal) {
    terminal = isTerminal;
    return this;
  }

  /** Standard input and standard error are terminals: {@code exec} may ask. */
  Cli prompting(boolean isTerminal) {
    prompting = isTerminal;
    return this;
  }

  Cli in(Path dir) {
    workingDirectory = dir;
    return this;
  }

  Cli stdin(byte[] bytes) {
    stdin = () -> new ByteArrayInputStream(bytes);
    return this;
  }

  Cli stdin(Supplier<InputStream> supplier) {
    stdin = supplier;
    return this;
  }

  Result run(String... args) {
    Environment env =
        new Environment(
            variables,
            terminal,
            workingDirectory,
            "/home/dev",
            "dev",
            stdin,
            prompting,
            prompting,
            false);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Main.commandLine(env)
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true))
            .execute(args);
    return new Result(exit, out.toString(), err.toString());
  }
}
