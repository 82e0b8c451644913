package dev.cmdguard.cli;

import dev.cmdguard.cli.hook.HookAdapter;
import dev.cmdguard.cli.hook.HookAdapters;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The jar's entry point. {@code hook AGENT} runs here without picocli ({@link HookProcess}): an
 * agent waits for every hook call, and picocli's model of all the verbs costs a hook call tens of
 * milliseconds of start-up (its class files are too old for the JVM's class-data archive, so they
 * are loaded and verified at every start). Anything else, {@code hook --help} included, goes to
 * {@link Main}. This class names no picocli type, so loading it loads none.
 */
public final class Entry {
  private Entry() {}

  /**
   * Runs {@code cmdguard} and exits with its status (SPEC section 9). Output is UTF-8.
   *
   * @param args the command line, for example {@code hook claude-code}
   */
  public static void main(String[] args) {
    Optional<HookAdapter> hook = hookCall(args);
    if (hook.isEmpty()) {
      Main.main(args);
      return;
    }
    PrintWriter out = utf8(System.out);
    PrintWriter err = utf8(System.err);
    int status = HookProcess.run(hook.get(), Environment.systemForHook(), out, err);
    out.flush();
    err.flush();
    // The answer is written and flushed, the audit log closed. halt, not exit: System.exit first
    // looks up a System.Logger to log the exit (a service scan of the class path, a few
    // milliseconds), and a hook call has no shutdown hooks to run.
    Runtime.getRuntime().halt(status);
  }

  /** The agent of {@code hook AGENT} exactly; anything else is for picocli. */
  static Optional<HookAdapter> hookCall(String[] args) {
    return args.length == 2 && args[0].equals("hook")
        ? HookAdapters.byName(args[1])
        : Optional.empty();
  }

  static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(
        new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), false);
  }
}
