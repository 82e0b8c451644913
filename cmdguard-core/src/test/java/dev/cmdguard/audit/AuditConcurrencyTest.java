package dev.cmdguard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many writers (issue 5): threads of one JVM and separate JVMs append at once and every record is
 * there exactly once, in one chain; a writer killed with SIGKILL leaves a log that verifies, and
 * the next writer continues the chain.
 */
class AuditConcurrencyTest {
  private static final int THREADS = 8;
  private static final int PER_THREAD = 2_000;
  private static final int PROCESSES = 4;
  private static final int PER_PROCESS = 1_000;

  @TempDir Path dir;

  @Test
  void threadsAndProcessesNeverLoseOrInterleaveRecords() throws Exception {
    Path log = dir.resolve("audit.jsonl");
    List<Process> children = new ArrayList<>();
    for (int p = 0; p < PROCESSES; p++) {
      children.add(child(log, "process-" + p, PER_PROCESS, 0));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    try (AuditLog audit = AuditLog.open(AuditSettings.defaults(log))) {
      for (int t = 0; t < THREADS; t++) {
        String agent = "thread-" + t;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 1; i <= PER_THREAD; i++) {
                    audit.append(Records.record(agent, i));
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdown();
    }
    for (Process child : children) {
      assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
      assertThat(child.exitValue()).as(stderr(child)).isZero();
    }

    int total = THREADS * PER_THREAD + PROCESSES * PER_PROCESS;
    AuditVerification v = AuditVerifier.verifyLog(log);
    assertThat(v.problem()).isEmpty();
    assertThat(v.skipped()).isEmpty();
    assertThat(v.records()).isEqualTo(total);
    Set<String> seen = new HashSet<>();
    for (String line : Records.lines(log)) {
      AuditEntry e = AuditEntry.parse(line.getBytes(StandardCharsets.UTF_8)).orElseThrow();
      assertThat(seen.add(e.agent().orElseThrow() + "/" + e.session().orElseThrow()))
          .as("duplicate " + line)
          .isTrue();
    }
    assertThat(seen).hasSize(total);
    for (int t = 0; t < THREADS; t++) {
      assertThat(seen).contains("thread-" + t + "/s1", "thread-" + t + "/s" + PER_THREAD);
    }
    for (int p = 0; p < PROCESSES; p++) {
      assertThat(seen).contains("process-" + p + "/s1", "process-" + p + "/s" + PER_PROCESS);
    }
  }

  @Test
  void aWriterKilledWithSigkillLeavesALogThatVerifiesAndTheNextWriterContinues() throws Exception {
    Path log = dir.resolve("audit.jsonl");
    // Large records (about 256 KiB) make it likely that the kill lands inside a write.
    Process child = child(log, "doomed", -1, 256 * 1024);
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).as(stderr(child)).isEqualTo("ready");
    }
    child.destroyForcibly();
    assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();

    AuditVerification before = AuditVerifier.verifyLog(log);
    assertThat(before.problem()).isEmpty();
    assertThat(before.records()).isGreaterThanOrEqualTo(20);
    assertThat(before.skipped()).hasSizeLessThanOrEqualTo(1);

    try (AuditLog audit = AuditLog.open(AuditSettings.defaults(log))) {
      for (int i = 1; i <= 10; i++) {
        audit.append(Records.record("next", i));
      }
    }
    AuditVerification after = AuditVerifier.verifyLog(log);
    assertThat(after.problem()).isEmpty();
    assertThat(after.records()).isEqualTo(before.records() + 10);
    assertThat(after.skipped()).isEqualTo(before.skipped());
    assertThat(Files.readString(log)).endsWith("\n");
  }

  @Test
  void aWriterHaltedInTheMiddleOfALineLeavesATornLineTheNextWriterEnds() throws Exception {
    Path log = dir.resolve("audit.jsonl");
    Process child =
        new ProcessBuilder(command(log, "halted", 30, 0, "torn"))
            .redirectError(ProcessBuilder.Redirect.PIPE)
            .start();
    assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).as(stderr(child)).isEqualTo(137);
    assertThat(Files.readString(log, StandardCharsets.ISO_8859_1)).doesNotEndWith("\n");

    AuditVerification torn = AuditVerifier.verifyLog(log);
    assertThat(torn.problem()).isEmpty();
    assertThat(torn.records()).isEqualTo(30);
    assertThat(torn.skipped()).extracting(AuditVerification.Location::line).containsExactly(31L);

    try (AuditLog audit = AuditLog.open(AuditSettings.defaults(log))) {
      audit.append(Records.record("next", 1));
    }
    AuditVerification after = AuditVerifier.verifyLog(log);
    assertThat(after.problem()).isEmpty();
    assertThat(after.records()).isEqualTo(31);
    assertThat(after.lastSeq()).isEqualTo(31);
    assertThat(after.skipped()).extracting(AuditVerification.Location::line).containsExactly(31L);
  }

  @Test
  void aTornLastLineIsSkippedThenTerminatedAndChainedAround() throws IOException {
    Path log = Records.log(dir, 3, 1 << 20);
    List<String> lines = Records.lines(log);
    String torn =
        lines.get(2).replace("\"seq\":3", "\"seq\":4").substring(0, 90) + "é".substring(0, 1);
    byte[] cut = torn.getBytes(StandardCharsets.UTF_8);
    // a multi-byte character cut in half, as a write can stop anywhere
    byte[] half = new byte[cut.length - 1];
    System.arraycopy(cut, 0, half, 0, half.length);
    Files.write(log, half, java.nio.file.StandardOpenOption.APPEND);

    AuditVerification torn1 = AuditVerifier.verifyLog(log);
    assertThat(torn1.problem()).isEmpty();
    assertThat(torn1.records()).isEqualTo(3);
    assertThat(torn1.skipped()).extracting(AuditVerification.Location::line).containsExactly(4L);

    try (AuditLog audit = AuditLog.open(AuditSettings.defaults(log))) {
      audit.append(Records.record("t", 4));
    }
    List<String> after = Records.lines(log);
    assertThat(after).hasSize(5);
    AuditEntry next = AuditEntry.parse(after.get(4).getBytes(StandardCharsets.UTF_8)).orElseThrow();
    assertThat(next.seq()).isEqualTo(4);
    assertThat(next.prev()).isEqualTo(Sha256.hex(after.get(2).getBytes(StandardCharsets.UTF_8)));
    AuditVerification v = AuditVerifier.verifyLog(log);
    assertThat(v.problem()).isEmpty();
    assertThat(v.records()).isEqualTo(4);
    assertThat(v.skipped()).extracting(AuditVerification.Location::line).containsExactly(4L);
  }

  @Test
  void aCompleteRecordWithoutItsNewlineIsKept() throws IOException {
    Path log = Records.log(dir, 3, 1 << 20);
    byte[] bytes = Files.readAllBytes(log);
    Files.write(log, java.util.Arrays.copyOf(bytes, bytes.length - 1));
    try (AuditLog audit = AuditLog.open(AuditSettings.defaults(log))) {
      audit.append(Records.record("t", 4));
    }
    AuditVerification v = AuditVerifier.verifyLog(log);
    assertThat(v.problem()).isEmpty();
    assertThat(v.records()).isEqualTo(4);
    assertThat(v.skipped()).isEmpty();
  }

  private static Process child(Path log, String agent, long count, int pad) throws IOException {
    return new ProcessBuilder(command(log, agent, count, pad, ""))
        .redirectError(ProcessBuilder.Redirect.PIPE)
        .start();
  }

  /**
   * {@code java -cp … AppendMain LOG AGENT COUNT PAD MODE}, with this JVM's binary and class path.
   */
  private static List<String> command(Path log, String agent, long count, int pad, String mode) {
    String java = ProcessHandle.current().info().command().orElse("java");
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return List.of(
        java,
        "-cp",
        classpath,
        AppendMain.class.getName(),
        log.toString(),
        agent,
        Long.toString(count),
        Integer.toString(pad),
        mode);
  }

  private static String stderr(Process p) {
    if (p.isAlive()) {
      return "(still running)";
    }
    try {
      return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
