package dev.cmdguard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Appending: the line format, the chain, masking, file modes and rotation. */
class AuditLogTest {
  @TempDir Path dir;

  @Test
  void oneCompactLinePerRecordWithEveryFieldInOrder() throws IOException {
    Path log = dir.resolve("audit.jsonl");
    try (AuditLog audit = AuditLog.open(AuditSettings.defaults(log))) {
      audit.append(
          AuditRecord.decision(
              Records.T0,
              Optional.of("sess-1"),
              Optional.of("claude-code"),
              "/w",
              new AuditRecord.Command.Script("rm -rf /"),
              Records.deny("rm -rf /")));
      audit.append(
          AuditRecord.execution(
              Records.T0.plusMillis(1500),
              Optional.empty(),
              Optional.empty(),
              "/w",
              new AuditRecord.Command.Argv(List.of("make", "test")),
              Optional.empty(),
              new AuditRecord.Execution(2, 1234, true, "bubblewrap")));
    }
    List<String> lines = Records.lines(log);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .isEqualTo(
            "{\"seq\":1,\"prev\":\""
                + Sha256.ZERO
                + "\",\"time\":\"2026-03-01T12:00:00Z\","
                + "\"kind\":\"decision\",\"session\":\"sess-1\",\"agent\":\"claude-code\","
                + "\"cwd\":\"/w\",\"command\":\"rm -rf /\",\"decision\":{\"decision\":\"deny\","
                + "\"risk\":\"critical\",\"profile\":\"medium\",\"findings\":[{\"code\":"
                + "\"DANGEROUS_DELETE_ROOT\",\"severity\":\"critical\",\"message\":"
                + "\"rm -rf deletes the root directory /\",\"span\":{\"start\":0,\"end\":8},"
                + "\"invocation\":[\"rm\",\"-rf\",\"/\"],\"saferAlternative\":null}],"
                + "\"invocations\":[],\"primaryReason\":\"rm -rf deletes the root directory /\","
                + "\"secondaryReasons\":[],\"policySources\":[\"built-in rules\"],"
                + "\"sandbox\":\"none\",\"cacheHit\":false,\"durationMicros\":42},"
                + "\"exitCode\":null,\"durationMillis\":null,\"sandboxed\":null,\"runtime\":null}");
    String firstHash = Sha256.hex(lines.get(0).getBytes(StandardCharsets.UTF_8));
    assertThat(lines.get(1))
        .isEqualTo(
            "{\"seq\":2,\"prev\":\""
                + firstHash
                + "\",\"time\":\"2026-03-01T12:00:01.500Z\","
                + "\"kind\":\"execution\",\"session\":null,\"agent\":null,\"cwd\":\"/w\","
                + "\"command\":[\"make\",\"test\"],\"decision\":null,\"exitCode\":2,"
                + "\"durationMillis\":1234,\"sandboxed\":true,\"runtime\":\"bubblewrap\"}");
    assertThat(AuditVerifier.verifyLog(log).ok()).isTrue();
  }

  @Test
  void readsBackWhatItWrote() throws IOException {
    Path log = Records.log(dir, 1, 1 << 20);
    AuditEntry e =
        AuditEntry.parse(Files.readAllLines(log).get(0).getBytes(StandardCharsets.UTF_8))
            .orElseThrow();
    assertThat(e.seq()).isEqualTo(1);
    assertThat(e.time()).contains(Records.T0.plusSeconds(1));
    assertThat(e.agent()).contains("t");
    assertThat(e.session()).contains("s1");
    assertThat(e.command()).isEqualTo(new AuditRecord.Command.Script("echo 1"));
    assertThat(e.verdict()).contains(dev.cmdguard.Verdict.ALLOW);
    assertThat(e.risk()).contains(dev.cmdguard.Risk.LOW);
  }

  @Test
  void secretsNeverReachTheFile() throws IOException {
    Path log = dir.resolve("audit.jsonl");
    String token = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";
    try (AuditLog audit =
        AuditLog.open(new AuditSettings(log, 1 << 20, List.of("corp-[0-9]{4}"), false))) {
      audit.append(
          AuditRecord.decision(
              Records.T0,
              Optional.empty(),
              Optional.empty(),
              "/w",
              new AuditRecord.Command.Script("GITHUB_TOKEN=" + token + " deploy corp-1234"),
              Records.deny("x")));
      audit.append(
          AuditRecord.decision(
              Records.T0,
              Optional.empty(),
              Optional.empty(),
              "/w",
              new AuditRecord.Command.Argv(List.of("mysql", "-pS3cret")),
              Records.allow()));
    }
    String text = Files.readString(log);
    assertThat(text).doesNotContain(token).doesNotContain("corp-1234").doesNotContain("S3cret");
    assertThat(text).contains("GITHUB_TOKEN=*** deploy ***").contains("[\"mysql\",\"-p***\"]");
  }

  @Test
  void filesArePrivate() throws IOException {
    Path log = Records.log(dir.resolve("state/cmdguard"), 1, 1 << 20);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log.getParent())))
        .isEqualTo("rwx------");
    for (Path f : List.of(log, LogFiles.lockFile(log), LogFiles.headFile(log))) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
          .as(f.toString())
          .isEqualTo("rw-------");
    }
  }

  @Test
  void rotationKeepsOneChainAcrossFiles() throws IOException {
    Path log = Records.log(dir, 40, 6_000);
    List<Path> files = LogFiles.chain(log);
    assertThat(files).hasSizeBetween(3, AuditLog.KEEP);
    for (Path f : files) {
      assertThat(Files.size(f)).isLessThanOrEqualTo(6_000);
    }
    String lastOfRotated = Records.lines(LogFiles.rotated(log, 1)).getLast();
    String firstOfCurrent = Records.lines(log).getFirst();
    assertThat(
            AuditEntry.parse(firstOfCurrent.getBytes(StandardCharsets.UTF_8)).orElseThrow().prev())
        .isEqualTo(Sha256.hex(lastOfRotated.getBytes(StandardCharsets.UTF_8)));
    AuditVerification v = AuditVerifier.verifyLog(log);
    assertThat(v.problem()).isEmpty();
    assertThat(v.records()).isEqualTo(40);
    assertThat(v.lastSeq()).isEqualTo(40);
  }

  @Test
  void theOldestRotatedFileIsDeletedAndTheChainStartsAfterIt() throws IOException {
    Path log = Records.log(dir, 200, 1_500);
    List<Path> files = LogFiles.chain(log);
    assertThat(files).hasSize(AuditLog.KEEP + 1);
    AuditVerification v = AuditVerifier.verifyLog(log);
    assertThat(v.problem()).isEmpty();
    assertThat(v.firstSeq()).isGreaterThan(1);
    assertThat(v.lastSeq()).isEqualTo(200);
    assertThat(v.records()).isEqualTo(200 - v.firstSeq() + 1);
  }

  @Test
  void aRecordLargerThanTheLimitGetsAFileOfItsOwn() throws IOException {
    Path log = dir.resolve("audit.jsonl");
    try (AuditLog audit = AuditLog.open(new AuditSettings(log, 100, List.of(), false))) {
      audit.append(Records.record("a", 1));
      audit.append(Records.record("a", 2));
    }
    assertThat(Records.lines(log)).hasSize(1);
    assertThat(Records.lines(LogFiles.rotated(log, 1))).hasSize(1);
    assertThat(AuditVerifier.verifyLog(log).records()).isEqualTo(2);
  }

  @Test
  void twoLogsOnOnePathInOneJvmShareTheChain() throws IOException {
    Path log = dir.resolve("audit.jsonl");
    try (AuditLog a = AuditLog.open(AuditSettings.defaults(log));
        AuditLog b = AuditLog.open(AuditSettings.defaults(log))) {
      for (int i = 0; i < 10; i++) {
        a.append(Records.record("a", i));
        b.append(Records.record("b", i));
      }
    }
    AuditVerification v = AuditVerifier.verifyLog(log);
    assertThat(v.problem()).isEmpty();
    assertThat(v.records()).isEqualTo(20);
  }

  @Test
  void appendingAfterCloseFails() throws IOException {
    AuditLog audit = AuditLog.open(AuditSettings.defaults(dir.resolve("audit.jsonl")));
    audit.close();
    assertThatThrownBy(() -> audit.append(Records.record("a", 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void aBadMaskPatternFailsOpen() {
    assertThatThrownBy(
            () ->
                AuditLog.open(new AuditSettings(dir.resolve("a.jsonl"), 10, List.of("[x"), false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("audit.mask");
  }

  @Test
  void fsyncWritesTheSameChain() throws IOException {
    Path log = dir.resolve("audit.jsonl");
    try (AuditLog audit = AuditLog.open(new AuditSettings(log, 1 << 20, List.of(), true))) {
      for (int i = 0; i < 5; i++) {
        audit.append(Records.record("f", i));
      }
    }
    assertThat(AuditVerifier.verifyLog(log).records()).isEqualTo(5);
  }
}
