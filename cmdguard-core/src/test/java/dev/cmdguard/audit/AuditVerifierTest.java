package dev.cmdguard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.audit.AuditVerification.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tampering is detected: editing, deleting and swapping records at the first, a middle and the last
 * position, in one file and across rotated files. Positions are 1-based lines of a 6-record log.
 */
class AuditVerifierTest {
  private static final int N = 6;

  @TempDir Path dir;

  private Path log() throws IOException {
    return Records.log(dir, N, 1 << 20);
  }

  private static AuditVerification.Problem problem(Path log) throws IOException {
    AuditVerification v = AuditVerifier.verifyLog(log);
    assertThat(v.problem()).as("verify must fail").isPresent();
    return v.problem().get();
  }

  @Test
  void anUntouchedLogVerifies() throws IOException {
    AuditVerification v = AuditVerifier.verifyLog(log());
    assertThat(v.ok()).isTrue();
    assertThat(v.records()).isEqualTo(N);
    assertThat(v.firstSeq()).isEqualTo(1);
    assertThat(v.lastSeq()).isEqualTo(N);
    assertThat(v.skipped()).isEmpty();
  }

  @Test
  void anEmptyOrAbsentLogVerifies() throws IOException {
    assertThat(AuditVerifier.verifyLog(dir.resolve("none.jsonl")).ok()).isTrue();
    Path log = dir.resolve("audit.jsonl");
    AuditLog.open(AuditSettings.defaults(log)).close();
    assertThat(AuditVerifier.verifyLog(log).records()).isZero();
  }

  @ParameterizedTest(name = "line {0}")
  @ValueSource(ints = {1, 3, N})
  void editingAnyRecordIsDetected(int line) throws IOException {
    Path log = log();
    List<String> lines = Records.lines(log);
    lines.set(
        line - 1, lines.get(line - 1).replace("\"cwd\":\"/home/dev/project\"", "\"cwd\":\"/tmp\""));
    Records.write(log, lines);
    AuditVerification.Problem p = problem(log);
    assertThat(p.kind()).isEqualTo(Kind.EDITED);
    assertThat(p.at().line()).isEqualTo(line);
    assertThat(p.message()).contains("record seq " + line + " was edited");
  }

  @ParameterizedTest(name = "line {0}")
  @ValueSource(ints = {1, 3, N})
  void deletingAnyRecordIsDetected(int line) throws IOException {
    Path log = log();
    List<String> lines = Records.lines(log);
    lines.remove(line - 1);
    Records.write(log, lines);
    AuditVerification.Problem p = problem(log);
    assertThat(p.kind()).isEqualTo(Kind.MISSING);
    assertThat(p.message()).contains("record seq " + line + " is missing");
    assertThat(p.at().line()).isEqualTo(line);
  }

  @ParameterizedTest(name = "lines {0} and {0}+1")
  @ValueSource(ints = {1, 3, N - 1})
  void swappingAnyTwoRecordsIsDetected(int line) throws IOException {
    Path log = log();
    List<String> lines = Records.lines(log);
    Collections.swap(lines, line - 1, line);
    Records.write(log, lines);
    AuditVerification.Problem p = problem(log);
    assertThat(p.kind()).isEqualTo(Kind.REORDERED);
    assertThat(p.at().line()).isEqualTo(line);
    assertThat(p.message()).contains("out of order");
  }

  @Test
  void movingARecordBackIsReordered() throws IOException {
    Path log = log();
    List<String> lines = Records.lines(log);
    lines.add(lines.remove(1));
    Records.write(log, lines);
    assertThat(problem(log).kind()).isEqualTo(Kind.REORDERED);
  }

  @Test
  void aRecordCutShortInTheMiddleIsATruncatedLine() throws IOException {
    Path log = log();
    List<String> lines = Records.lines(log);
    lines.set(2, lines.get(2).substring(0, 40));
    Records.write(log, lines);
    AuditVerification.Problem p = problem(log);
    assertThat(p.kind()).isEqualTo(Kind.TRUNCATED);
    assertThat(p.at().line()).isEqualTo(3);
    assertThat(p.message()).contains("line 3 is a record cut short");
  }

  @Test
  void aRecordReplacedByTextIsNotJson() throws IOException {
    Path log = log();
    List<String> lines = Records.lines(log);
    lines.set(2, "hello");
    Records.write(log, lines);
    AuditVerification.Problem p = problem(log);
    assertThat(p.kind()).isEqualTo(Kind.NOT_JSON);
    assertThat(p.at().line()).isEqualTo(3);
  }

  @Test
  void anInsertedLineIsNotJson() throws IOException {
    Path log = log();
    List<String> lines = Records.lines(log);
    lines.add(3, "{\"note\":\"inserted\"}");
    Records.write(log, lines);
    AuditVerification.Problem p = problem(log);
    assertThat(p.kind()).isEqualTo(Kind.NOT_JSON);
    assertThat(p.at().line()).isEqualTo(4);
  }

  @Test
  void aDuplicateKeyIsNotARecord() throws IOException {
    Path log = log();
    List<String> lines = Records.lines(log);
    lines.set(N - 1, lines.get(N - 1).replace("{\"seq\":", "{\"seq\":1,\"seq\":"));
    Records.write(log, lines);
    assertThat(problem(log).kind()).isEqualTo(Kind.NOT_JSON);
  }

  @Test
  void aDeletedHeadIsReported() throws IOException {
    Path log = log();
    Files.delete(LogFiles.headFile(log));
    AuditVerification.Problem p = problem(log);
    assertThat(p.kind()).isEqualTo(Kind.HEAD);
    assertThat(p.message()).contains("audit.jsonl.head is missing");
  }

  @Test
  void aHeadDeletedAndRecreatedByTheNextWriterStaysVisible() throws IOException {
    Path log = log();
    List<String> lines = Records.lines(log);
    lines.removeLast();
    Records.write(log, lines);
    Files.delete(LogFiles.headFile(log));
    try (AuditLog audit = AuditLog.open(AuditSettings.defaults(log))) {
      audit.append(Records.record("t", 99));
    }
    AuditVerification.Problem p = problem(log);
    assertThat(p.kind()).isEqualTo(Kind.HEAD);
    assertThat(p.message()).contains("when record seq " + N + " was written");
  }

  @Test
  void aWriterAfterADeletedLastRecordLeavesTheGapVisible() throws IOException {
    Path log = log();
    List<String> lines = Records.lines(log);
    lines.removeLast();
    Records.write(log, lines);
    try (AuditLog audit = AuditLog.open(AuditSettings.defaults(log))) {
      audit.append(Records.record("t", 99));
    }
    AuditVerification.Problem p = problem(log);
    assertThat(p.kind()).isEqualTo(Kind.MISSING);
    assertThat(p.message()).contains("record seq " + N + " is missing");
  }

  @Test
  void aWriterAfterAnEditedLastRecordLeavesTheEditVisible() throws IOException {
    Path log = log();
    List<String> lines = Records.lines(log);
    lines.set(N - 1, lines.get(N - 1).replace("echo ", "ECHO "));
    Records.write(log, lines);
    try (AuditLog audit = AuditLog.open(AuditSettings.defaults(log))) {
      audit.append(Records.record("t", 99));
    }
    AuditVerification.Problem p = problem(log);
    assertThat(p.kind()).isEqualTo(Kind.EDITED);
    assertThat(p.at().line()).isEqualTo(N);
  }

  @Test
  void explicitFilesMayStartInTheMiddleOfTheChain() throws IOException {
    Path log = log();
    List<String> lines = Records.lines(log);
    Path part = dir.resolve("part.jsonl");
    Records.write(part, lines.subList(2, N));
    AuditVerification v = AuditVerifier.verify(List.of(part));
    assertThat(v.ok()).isTrue();
    assertThat(v.firstSeq()).isEqualTo(3);
    assertThat(v.notes()).anyMatch(n -> n.contains("starts at seq 3"));
    List<String> edited = Records.lines(part);
    edited.set(1, edited.get(1).replace("echo", "ECHO"));
    Records.write(part, edited);
    assertThat(AuditVerifier.verify(List.of(part)).problem().orElseThrow().kind())
        .isEqualTo(Kind.EDITED);
  }

  // Across rotated files.

  private Path rotatedLog() throws IOException {
    Path log = Records.log(dir, 30, 5_000);
    assertThat(LogFiles.chain(log)).hasSizeGreaterThanOrEqualTo(3);
    return log;
  }

  @Test
  void deletingTheLastRecordOfARotatedFileIsDetected() throws IOException {
    Path log = rotatedLog();
    Path rotated = LogFiles.rotated(log, 1);
    List<String> lines = Records.lines(rotated);
    long lastSeq =
        AuditEntry.parse(lines.getLast().getBytes(StandardCharsets.UTF_8)).orElseThrow().seq();
    lines.removeLast();
    Records.write(rotated, lines);
    AuditVerification.Problem p = problem(log);
    assertThat(p.kind()).isEqualTo(Kind.MISSING);
    assertThat(p.at().file().getFileName().toString()).isEqualTo("audit.jsonl");
    assertThat(p.at().line()).isEqualTo(1);
    assertThat(p.message()).contains("record seq " + lastSeq + " is missing");
  }

  @Test
  void deletingAWholeRotatedFileIsDetected() throws IOException {
    Path log = rotatedLog();
    Files.delete(LogFiles.rotated(log, 1));
    assertThat(problem(log).kind()).isEqualTo(Kind.MISSING);
  }

  @Test
  void deletingTheFirstRecordOfTheOldestFileIsDetected() throws IOException {
    Path log = rotatedLog();
    Path oldest = LogFiles.chain(log).getFirst();
    List<String> lines = Records.lines(oldest);
    lines.removeFirst();
    Records.write(oldest, lines);
    AuditVerification.Problem p = problem(log);
    assertThat(p.kind()).isEqualTo(Kind.MISSING);
    assertThat(p.message()).contains("record seq 1 is missing");
  }

  @Test
  void editingARecordInARotatedFileIsDetected() throws IOException {
    Path log = rotatedLog();
    Path rotated = LogFiles.rotated(log, 2);
    List<String> lines = Records.lines(rotated);
    lines.set(1, lines.get(1).replace("echo", "ECHO"));
    Records.write(rotated, lines);
    AuditVerification.Problem p = problem(log);
    assertThat(p.kind()).isEqualTo(Kind.EDITED);
    assertThat(p.at().file().getFileName().toString()).isEqualTo("audit.jsonl.2");
    assertThat(p.at().line()).isEqualTo(2);
  }

  @Test
  void swappingRotatedFilesIsDetected() throws IOException {
    Path log = rotatedLog();
    Path one = LogFiles.rotated(log, 1);
    Path two = LogFiles.rotated(log, 2);
    Path tmp = dir.resolve("tmp");
    Files.move(one, tmp);
    Files.move(two, one);
    Files.move(tmp, two);
    assertThat(problem(log).kind()).isEqualTo(Kind.REORDERED);
  }
}
