package dev.cmdguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cmdguard.Decision;
import dev.cmdguard.Finding;
import dev.cmdguard.FindingCode;
import dev.cmdguard.Profile;
import dev.cmdguard.Risk;
import dev.cmdguard.Sandbox;
import dev.cmdguard.Verdict;
import dev.cmdguard.audit.AuditLog;
import dev.cmdguard.audit.AuditRecord;
import dev.cmdguard.audit.AuditSettings;
import dev.cmdguard.shell.Span;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cmdguard audit tail|stats|verify} through picocli, against logs in a temp directory. */
class AuditCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

  @TempDir Path state;

  private Path log;

  @BeforeEach
  void writeLog() throws IOException {
    log = state.resolve("audit.jsonl");
    try (AuditLog audit = AuditLog.open(AuditSettings.defaults(log))) {
      audit.append(record(0, "claude-code", "ls -la", Verdict.ALLOW, Risk.LOW, List.of()));
      audit.append(
          record(
              60,
              "codex",
              "rm -rf /",
              Verdict.DENY,
              Risk.CRITICAL,
              List.of(FindingCode.DANGEROUS_DELETE_ROOT)));
      audit.append(
          record(
              120,
              "codex",
              "rm -rf /",
              Verdict.DENY,
              Risk.CRITICAL,
              List.of(FindingCode.DANGEROUS_DELETE_ROOT)));
      audit.append(
          record(
              180,
              "claude-code",
              "git push --force",
              Verdict.ASK,
              Risk.HIGH,
              List.of(FindingCode.GIT_FORCE_PUSH)));
      audit.append(
          AuditRecord.execution(
              T0.plusSeconds(240),
              Optional.empty(),
              Optional.of("codex"),
              "/w",
              new AuditRecord.Command.Argv(List.of("make", "test")),
              Optional.empty(),
              new AuditRecord.Execution(2, 1500, true, "bubblewrap")));
    }
  }

  private static AuditRecord record(
      long at, String agent, String command, Verdict verdict, Risk risk, List<FindingCode> codes) {
    List<Finding> findings = new ArrayList<>();
    for (FindingCode code : codes) {
      findings.add(
          new Finding(code, risk, code + " here", Span.NONE, List.of(), -1, Optional.empty()));
    }
    Decision d =
        new Decision(
            verdict,
            risk,
            Profile.MEDIUM,
            findings,
            List.of(),
            "why",
            List.of(),
            List.of("built-in rules"),
            Sandbox.NONE,
            false,
            1);
    return AuditRecord.decision(
        T0.plusSeconds(at),
        Optional.of("s1"),
        Optional.of(agent),
        "/w",
        new AuditRecord.Command.Script(command),
        d);
  }

  private Cli cli() {
    return Cli.cli().env("CMDGUARD_STATE_DIR", state.toString());
  }

  @Test
  void tailShowsOneLinePerRecord() {
    Cli.Result r = cli().run("audit", "tail");
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .isEqualTo(
            """
            2026-03-01T12:00:00Z  allow  low       claude-code  ls -la
            2026-03-01T12:01:00Z  deny   critical  codex  rm -rf /
            2026-03-01T12:02:00Z  deny   critical  codex  rm -rf /
            2026-03-01T12:03:00Z  ask    high      claude-code  git push --force
            2026-03-01T12:04:00Z  ran    exit 2    codex  make test
            """);
  }

  @Test
  void tailNTakesTheLastOnesAndJsonPrintsTheStoredLines() throws IOException {
    List<String> stored = Files.readAllLines(log);
    Cli.Result r = cli().run("audit", "tail", "-n", "2", "--json");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo(stored.get(3) + "\n" + stored.get(4) + "\n");
  }

  @Test
  void tailEscapesWhatCouldRewriteTheTerminal() throws IOException {
    try (AuditLog audit = AuditLog.open(AuditSettings.defaults(log))) {
      audit.append(
          record(
              300, "x\u001b[31m", "echo hi\n\u001b[2Jclear", Verdict.ALLOW, Risk.LOW, List.of()));
    }
    Cli.Result r = cli().run("audit", "tail", "-n", "1");
    assertThat(r.out()).doesNotContain("\u001b").contains("echo hi\\n\uFFFD[2Jclear");
  }

  @Test
  void tailFollowShowsNewRecordsUntilTold() throws IOException {
    AtomicInteger rounds = new AtomicInteger();
    StringWriter out = new StringWriter();
    CommandLine cl = commandLine(out);
    AuditTailCommand tail =
        cl.getSubcommands().get("audit").getSubcommands().get("tail").getCommand();
    tail.follow(
        new AuditTailCommand.Follow(
            () -> rounds.get() == 2,
            () -> {
              int round = rounds.incrementAndGet();
              append(
                  record(
                      1000 + round, "next", "echo " + round, Verdict.ALLOW, Risk.LOW, List.of()));
            }));
    int exit = cl.execute("audit", "tail", "-n", "1", "-f");
    assertThat(exit).isZero();
    assertThat(out.toString().lines().toList())
        .hasSize(3)
        .satisfies(l -> assertThat(l.get(0)).endsWith("make test"))
        .satisfies(l -> assertThat(l.get(1)).endsWith("next  echo 1"))
        .satisfies(l -> assertThat(l.get(2)).endsWith("next  echo 2"));
  }

  private CommandLine commandLine(StringWriter out) {
    return commandLine(out, new StringWriter());
  }

  private CommandLine commandLine(StringWriter out, StringWriter err) {
    Environment env =
        new Environment(
            Map.of("HOME", "/home/dev", "CMDGUARD_STATE_DIR", state.toString()),
            false,
            Path.of("/home/dev/project"),
            "/home/dev",
            "dev",
            () -> java.io.InputStream.nullInputStream());
    return Main.commandLine(env)
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true));
  }

  private void append(AuditRecord r) {
    try (AuditLog audit = AuditLog.open(AuditSettings.defaults(log))) {
      audit.append(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void anAbsentDefaultLogIsEmptyButAnAbsentGivenFileIsAnError() {
    Cli.Result empty =
        Cli.cli().env("CMDGUARD_STATE_DIR", state.resolve("none").toString()).run("audit", "tail");
    assertThat(empty.exit()).isZero();
    assertThat(empty.out()).isEmpty();
    Cli.Result missing =
        cli().run("audit", "tail", "--file", state.resolve("nope.jsonl").toString());
    assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("no audit log at " + state.resolve("nope.jsonl"));
  }

  @Test
  void statsCountsThePeriod() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = commandLine(out, err);
    AuditStatsCommand stats =
        cl.getSubcommands().get("audit").getSubcommands().get("stats").getCommand();
    stats.clock(Clock.fixed(T0.plusSeconds(24 * 3600 + 90), ZoneOffset.UTC));
    assertThat(cl.execute("audit", "stats")).as(err.toString()).isZero();
    assertThat(out.toString())
        .isEqualTo(
            """
            audit since 2026-03-01T12:01:30Z (last 24h): 2 decisions, 1 execution
            decisions  allow 0  ask 1  deny 1
            risks      low 0  medium 0  high 1  critical 1
            codes      DANGEROUS_DELETE_ROOT 1  GIT_FORCE_PUSH 1
            agents     claude-code 1  codex 1
            most denied commands:
                   1  rm -rf /
            """);
  }

  @Test
  void statsJsonOverEverything() throws IOException {
    Cli.Result r = cli().run("audit", "stats", "--since", "all", "--json");
    assertThat(r.exit()).isZero();
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.get("since").isNull()).isTrue();
    assertThat(doc.get("decisions").asInt()).isEqualTo(4);
    assertThat(doc.get("executions").asInt()).isEqualTo(1);
    assertThat(doc.get("byDecision").toString()).isEqualTo("{\"allow\":1,\"ask\":1,\"deny\":2}");
    assertThat(doc.get("byAgent").toString()).isEqualTo("{\"claude-code\":2,\"codex\":2}");
    assertThat(doc.get("topDenied").toString())
        .isEqualTo("[{\"command\":\"rm -rf /\",\"count\":2}]");
  }

  @Test
  void statsSinceADate() {
    Cli.Result r = cli().run("audit", "stats", "--since", "2026-03-01");
    assertThat(r.out()).startsWith("audit since 2026-03-01T00:00:00Z: 4 decisions, 1 execution\n");
  }

  @Test
  void aBadPeriodIsAUsageError() {
    Cli.Result r = cli().run("audit", "stats", "--since", "yesterday");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("'yesterday' is not a period");
  }

  @Test
  void verifySaysTheChainHolds() {
    Cli.Result r = cli().run("audit", "verify");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("OK " + log + ": the chain holds, 5 record(s) (seq 1..5)\n");
  }

  @Test
  void verifyNamesTheFirstBrokenRecordWithStatusFive() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(log));
    lines.set(1, lines.get(1).replace("codex", "cadex"));
    Files.write(log, lines);
    Cli.Result r = cli().run("audit", "verify");
    assertThat(r.exit()).isEqualTo(ExitCodes.BROKEN_CHAIN);
    assertThat(r.out())
        .startsWith("BROKEN " + log + ": edited at " + log + ":2\n")
        .contains("record seq 2 was edited")
        .contains("1 record(s) chain before it (seq 1..1)");

    Cli.Result json = cli().run("audit", "verify", "--json");
    assertThat(json.exit()).isEqualTo(ExitCodes.BROKEN_CHAIN);
    JsonNode doc = JSON.readTree(json.out());
    assertThat(doc.get("ok").asBoolean()).isFalse();
    assertThat(doc.get("problem").get("kind").asText()).isEqualTo("edited");
    assertThat(doc.get("problem").get("line").asInt()).isEqualTo(2);
    assertThat(doc.get("files").toString()).isEqualTo("[\"" + log + "\"]");
  }

  @Test
  void verifyReportsATornLineButPasses() throws IOException {
    Files.writeString(log, "{\"seq\":6,\"prev\":\"ab", StandardOpenOption.APPEND);
    Cli.Result r = cli().run("audit", "verify");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("truncated line " + log + ":6: an interrupted write, skipped");
  }

  @Test
  void verifyGivenFiles() throws IOException {
    Path part = state.resolve("part.jsonl");
    List<String> lines = Files.readAllLines(log);
    Files.write(part, lines.subList(2, 5));
    Cli.Result r = cli().in(state).run("audit", "verify", "part.jsonl");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("3 record(s) (seq 3..5)").contains("starts at seq 3");
    Cli.Result missing = cli().in(state).run("audit", "verify", "nope.jsonl");
    assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("cannot read nope.jsonl");
  }

  @Test
  void auditWithoutASubcommandIsAUsageError() {
    Cli.Result r = cli().run("audit");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("tail, stats or verify");
  }

  @Test
  void theTopLevelHelpListsAudit() {
    Cli.Result r = cli().run("--help");
    assertThat(r.out()).contains("  audit ").doesNotContain("trust, audit");
  }
}
