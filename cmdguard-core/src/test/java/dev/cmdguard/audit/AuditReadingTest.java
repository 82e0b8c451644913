package dev.cmdguard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.audit.AuditStats.Count;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the log back: tail across rotated files, following, and counting. */
class AuditReadingTest {
  @TempDir Path dir;

  private static List<Long> seqs(List<AuditEntry> entries) {
    return entries.stream().map(AuditEntry::seq).toList();
  }

  @Test
  void tailTakesTheLastRecordsAcrossRotatedFiles() throws IOException {
    Path log = Records.log(dir, 30, 5_000);
    assertThat(LogFiles.chain(log)).hasSizeGreaterThan(2);
    assertThat(seqs(AuditReader.tail(log, 3))).containsExactly(28L, 29L, 30L);
    int inCurrent = Records.lines(log).size();
    assertThat(seqs(AuditReader.tail(log, inCurrent + 2))).startsWith((long) 30 - inCurrent - 1);
    assertThat(AuditReader.tail(log, 100)).hasSize(30);
    assertThat(AuditReader.tail(log, 0)).isEmpty();
    assertThat(AuditReader.tail(dir.resolve("none.jsonl"), 5)).isEmpty();
  }

  @Test
  void tornLinesAreLeftOut() throws IOException {
    Path log = Records.log(dir, 2, 1 << 20);
    Files.writeString(log, "{\"seq\":3,\"pr", StandardOpenOption.APPEND);
    assertThat(seqs(AuditReader.tail(log, 10))).containsExactly(1L, 2L);
  }

  @Test
  void theFollowerReturnsNewRecordsAndFollowsRotation() throws IOException {
    Path log = Records.log(dir, 2, 3_000);
    AuditFollower follower = AuditFollower.atEnd(log);
    assertThat(follower.poll()).isEmpty();
    try (AuditLog audit = AuditLog.open(new AuditSettings(log, 3_000, List.of(), false))) {
      audit.append(Records.record("t", 3));
      assertThat(seqs(follower.poll())).containsExactly(3L);
      for (int i = 4; i <= 20; i++) {
        audit.append(Records.record("t", i));
      }
      assertThat(LogFiles.chain(log)).hasSizeGreaterThan(2);
      audit.append(Records.record("t", 21));
    }
    // rotated twice or more since the last poll: the follower reads the rest of its own file
    // (now audit.jsonl.N) and then the new log
    assertThat(seqs(follower.poll()))
        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(4, 21).boxed().toList());
    assertThat(follower.poll()).isEmpty();
  }

  @Test
  void theFollowerWaitsForALineToBeComplete() throws IOException {
    Path log = dir.resolve("audit.jsonl");
    AuditFollower follower = AuditFollower.atEnd(log);
    assertThat(follower.poll()).isEmpty();
    Records.log(dir, 1, 1 << 20);
    String line = Records.lines(log).getFirst();
    Files.writeString(log, line.substring(0, 20));
    assertThat(follower.poll()).isEmpty();
    Files.writeString(log, line + "\n");
    assertThat(seqs(follower.poll())).containsExactly(1L);
  }

  @Test
  void statsCountDecisionsRisksCodesAgentsAndDeniedCommands() throws IOException {
    Path log = dir.resolve("audit.jsonl");
    try (AuditLog audit = AuditLog.open(AuditSettings.defaults(log))) {
      for (int i = 0; i < 3; i++) {
        audit.append(
            AuditRecord.decision(
                Records.T0.plusSeconds(i),
                Optional.empty(),
                Optional.of("codex"),
                "/w",
                new AuditRecord.Command.Script("rm -rf /"),
                Records.deny("rm -rf /")));
      }
      audit.append(
          AuditRecord.decision(
              Records.T0.plusSeconds(10),
              Optional.empty(),
              Optional.empty(),
              "/w",
              new AuditRecord.Command.Argv(List.of("mkfs", "/dev/sda 1")),
              Records.deny("mkfs")));
      audit.append(Records.record("claude-code", 20));
      audit.append(
          AuditRecord.execution(
              Records.T0.plusSeconds(30),
              Optional.empty(),
              Optional.of("codex"),
              "/w",
              new AuditRecord.Command.Script("make"),
              Optional.empty(),
              new AuditRecord.Execution(0, 5, false, "host")));
      audit.append(
          AuditRecord.decision(
              Records.T0.minusSeconds(3600),
              Optional.empty(),
              Optional.of("old"),
              "/w",
              new AuditRecord.Command.Script("rm -rf /"),
              Records.deny("rm -rf /")));
    }
    AuditStats.Collector c = new AuditStats.Collector(Optional.of(Records.T0), 10);
    AuditReader.each(log, c::add);
    AuditStats s = c.result();
    assertThat(s.decisions()).isEqualTo(5);
    assertThat(s.executions()).isEqualTo(1);
    assertThat(s.byDecision())
        .containsExactly(new Count("allow", 1), new Count("ask", 0), new Count("deny", 4));
    assertThat(s.byRisk())
        .containsExactly(
            new Count("low", 1),
            new Count("medium", 0),
            new Count("high", 0),
            new Count("critical", 4));
    assertThat(s.byCode()).containsExactly(new Count("DANGEROUS_DELETE_ROOT", 4));
    assertThat(s.byAgent())
        .containsExactly(
            new Count("codex", 3), new Count("claude-code", 1), new Count("unknown", 1));
    assertThat(s.topDenied())
        .containsExactly(new Count("rm -rf /", 3), new Count("mkfs '/dev/sda 1'", 1));

    AuditStats.Collector all = new AuditStats.Collector(Optional.empty(), 1);
    AuditReader.each(log, all::add);
    assertThat(all.result().decisions()).isEqualTo(6);
    assertThat(all.result().topDenied()).containsExactly(new Count("rm -rf /", 4));
  }
}
