package dev.cmdguard.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Times the calls of one fuzz target and keeps the slowest input, so that a fuzz run reports its
 * worst case ({@code target/fuzz/<name>-slowest.txt}, also printed, and the input itself in {@code
 * <name>-slowest.input}). Times are reported, never asserted in the test suite; only a fuzz run
 * given {@code -Dcmdguard.fuzz.hangMillis=N} (as {@code ./fuzz} does) turns a call slower than that
 * into a finding, so that Jazzer keeps the input.
 */
public final class Slowest {
  private final String name;
  private final long hangNanos;
  private long calls;
  private long worstNanos = -1;
  private String worstInput = "";

  /** A recorder for the fuzz target {@code name} (a file name part, such as {@code parse}). */
  public Slowest(String name) {
    this.name = name;
    this.hangNanos = Long.getLong("cmdguard.fuzz.hangMillis", 0L) * 1_000_000L;
  }

  /** Runs {@code call} for {@code input}, timing it; returns what it returned. */
  public synchronized <T> T time(String input, Supplier<T> call) {
    long start = System.nanoTime();
    T result = call.get();
    long took = System.nanoTime() - start;
    calls++;
    if (calls > 1 && took > worstNanos) { // the first call loads native code and warms up
      worstNanos = took;
      worstInput = input;
    }
    if (hangNanos > 0 && took > hangNanos) {
      // a first run of a code path loads and instruments classes: only a slow second run hangs
      long again = System.nanoTime();
      call.get();
      long retook = System.nanoTime() - again;
      if (retook > hangNanos) {
        throw new AssertionError(
            name
                + " took "
                + retook / 1_000_000
                + " ms on an input of "
                + input.length()
                + " chars");
      }
    }
    return result;
  }

  /** Prints and writes the slowest call seen (JUnit {@code @AfterAll}). */
  public synchronized void report() {
    if (calls < 2) {
      return;
    }
    String head = input(worstInput);
    String line =
        String.format(
            "fuzz %s: %d calls, slowest %.3f ms on %d chars: %s%n",
            name, calls, worstNanos / 1e6, worstInput.length(), head);
    System.out.print(line);
    try {
      Path dir = Path.of("target", "fuzz");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name + "-slowest.txt"), line, StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(name + "-slowest.input"), worstInput, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String input(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length() && out.length() < 200; i++) {
      char c = s.charAt(i);
      out.append(c < 0x20 || c == 0x7f || c > 0x7e ? String.format("\\u%04x", (int) c) : c);
    }
    return out.toString();
  }
}
