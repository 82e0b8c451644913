package dev.cmdguard.bench;

import dev.cmdguard.CommandGuard;
import dev.cmdguard.Decision;
import dev.cmdguard.EvaluationRequest;
import dev.cmdguard.audit.AuditLog;
import dev.cmdguard.audit.AuditRecord;
import dev.cmdguard.audit.AuditSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of {@link AuditLog#append} on one thread, with and without {@code fsync}: masking, the
 * JSON line, SHA-256, the inter-process file lock, the write and the head file, rotation at the
 * default 10 MiB included. The record is a real decision ({@code git push --force origin main} with
 * its invocations and findings, about 1.5 KB as a line). The log lives in a fresh directory under
 * {@code dir} (default: the system's temporary directory); fsync figures mean something only on a
 * disk-backed file system, not tmpfs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xss8m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class AuditAppendBenchmark {
  /** Force each record (and the head) to the disk before append returns. */
  @Param({"false", "true"})
  public boolean fsync;

  /** Where the log's directory is created; empty for {@code java.io.tmpdir}. */
  @Param("")
  public String dir;

  private Path directory;
  private AuditLog audit;
  private AuditRecord record;
  private long n;

  /**
   * Opens a log in a new directory and evaluates the command once.
   *
   * @throws IOException when the directory or log cannot be created
   */
  @Setup(Level.Trial)
  public void open() throws IOException {
    directory =
        dir.isEmpty()
            ? Files.createTempDirectory("cmdguard-audit-bench")
            : Files.createTempDirectory(Path.of(dir), "cmdguard-audit-bench");
    Path log = directory.resolve("audit.jsonl");
    AuditSettings defaults = AuditSettings.defaults(log);
    audit = AuditLog.open(new AuditSettings(log, defaults.maxBytes(), List.of(), fsync));
    String command = "git push --force origin main";
    Decision decision =
        CommandGuard.builder()
            .build()
            .evaluate(EvaluationRequest.script(command, "/home/dev/project", "/home/dev", "dev"));
    record =
        AuditRecord.decision(
            Instant.parse("2026-03-01T12:00:00Z"),
            Optional.of("session-1"),
            Optional.of("claude-code"),
            "/home/dev/project",
            new AuditRecord.Command.Script(command),
            decision);
  }

  /**
   * Closes the log and deletes its directory.
   *
   * @throws IOException when a file cannot be deleted
   */
  @TearDown(Level.Trial)
  public void close() throws IOException {
    audit.close();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * Appends one record.
   *
   * @return a counter, so the call is not dead code
   * @throws IOException when the write fails
   */
  @Benchmark
  public long append() throws IOException {
    audit.append(record);
    return n++;
  }
}
