package dev.cmdguard.fuzz;

import dev.cmdguard.Decision;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Wall time and bytes allocated by the calling thread for each labelled evaluation, reported at the
 * end ({@code target/fuzz/<name>.txt} and standard output). Reported, never asserted: the machine's
 * load decides the numbers, not the code alone.
 */
public final class Measurements {
  private final String name;
  private final List<String> lines = new ArrayList<>();

  public Measurements(String name) {
    this.name = name;
  }

  /** Runs {@code evaluation}, records its time, allocation and decision under {@code label}. */
  public synchronized Decision run(String label, Supplier<Decision> evaluation) {
    long bytes = allocated();
    long start = System.nanoTime();
    Decision d = evaluation.get();
    long micros = (System.nanoTime() - start) / 1000;
    long mb = (allocated() - bytes) >> 20;
    lines.add(
        String.format(
            "%-28s %9.1f ms %6d MB allocated  %-5s %-8s %s",
            label, micros / 1000.0, mb, d.decision(), d.risk(), oneLine(d.primaryReason())));
    return d;
  }

  /** Prints and writes what was measured. */
  public synchronized void report() {
    String text = String.join("\n", lines) + "\n";
    System.out.print(text);
    try {
      Path dir = Path.of("target", "fuzz");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long allocated() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t) {
      return t.getCurrentThreadAllocatedBytes();
    }
    return 0;
  }

  private static String oneLine(String s) {
    String flat = s.replace('\n', ' ');
    return flat.length() > 100 ? flat.substring(0, 100) + "…" : flat;
  }
}
