package dev.cmdguard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs one process to its end for {@code exec} (SPEC section 8): standard input, output and error
 * pass through, SIGINT and SIGTERM are forwarded ({@link SignalForwarding}), and the exit status is
 * the child's: its exit code, or 128 + N when signal N killed it (the JDK reports it so on Unix, as
 * a shell does).
 *
 * <p>With the process's own streams ({@link Environment#systemStreams()}) the child inherits the
 * file descriptors themselves, so a terminal stays a terminal and nothing is copied. Otherwise
 * (tests, embedding) its input is copied from {@link Environment#stdin()} and its output, decoded
 * as UTF-8, to the command line's writers.
 */
final class ChildProcess {
  /**
   * How a run ended.
   *
   * @param exitCode the status to exit with
   * @param durationMillis wall-clock time from start to end, in milliseconds
   */
  record Outcome(int exitCode, long durationMillis) {}

  private ChildProcess() {}

  /**
   * Starts {@code argv} and waits for it.
   *
   * @param env whether the streams are the process's own
   * @param in the child's standard input when they are not
   * @param variables the child's whole environment
   * @param target the process a forwarded signal goes to, given the one started
   * @throws IOException when it cannot be started (the message names the program and the reason)
   */
  static Outcome run(
      List<String> argv,
      Map<String, String> variables,
      Path dir,
      Environment env,
      InputStream in,
      PrintWriter out,
      PrintWriter err,
      Function<ProcessHandle, ProcessHandle> target,
      boolean sameProcessGroup)
      throws IOException {
    ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile());
    pb.environment().clear();
    pb.environment().putAll(variables);
    if (env.systemStreams()) {
      pb.inheritIO();
    }
    out.flush();
    err.flush();
    SignalForwarding forwarding = SignalForwarding.install(target, sameProcessGroup);
    long start = System.nanoTime();
    int code;
    try {
      Process child = pb.start();
      forwarding.started(child);
      List<Thread> copies = env.systemStreams() ? List.of() : copy(child, in, out, err);
      code = child.waitFor();
      for (Thread t : copies) {
        t.join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for " + argv.get(0), e);
    } finally {
      forwarding.close();
    }
    out.flush();
    err.flush();
    return new Outcome(code, (System.nanoTime() - start) / 1_000_000);
  }

  /** Starts the copying threads; returns the two that copy output, which end with the child. */
  private static List<Thread> copy(
      Process child, InputStream in, PrintWriter out, PrintWriter err) {
    Thread.ofPlatform().daemon().start(() -> feed(in, child.getOutputStream()));
    List<Thread> drains = new ArrayList<>();
    drains.add(Thread.ofPlatform().daemon().start(() -> drain(child.getInputStream(), out)));
    drains.add(Thread.ofPlatform().daemon().start(() -> drain(child.getErrorStream(), err)));
    return drains;
  }

  private static void feed(InputStream from, OutputStream to) {
    try (to) {
      from.transferTo(to);
    } catch (IOException e) {
      // the child closed its input or ended: what it did not read is not its business
    }
  }

  private static void drain(InputStream from, PrintWriter to) {
    try (Reader r = new InputStreamReader(from, StandardCharsets.UTF_8)) {
      char[] buf = new char[8192];
      for (int n; (n = r.read(buf)) > 0; ) {
        synchronized (to) {
          to.write(buf, 0, n);
          to.flush();
        }
      }
    } catch (IOException e) {
      // the pipe broke: the child is gone
    }
  }
}
