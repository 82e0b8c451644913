package dev.cmdguard.audit;

import dev.cmdguard.Decision;
import dev.cmdguard.Finding;
import dev.cmdguard.FindingCode;
import dev.cmdguard.Profile;
import dev.cmdguard.Risk;
import dev.cmdguard.Sandbox;
import dev.cmdguard.Verdict;
import dev.cmdguard.shell.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Audit records and log files for tests. */
final class Records {
  static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

  private Records() {}

  static Decision deny(String command) {
    Finding f =
        new Finding(
            FindingCode.DANGEROUS_DELETE_ROOT,
            Risk.CRITICAL,
            "rm -rf deletes the root directory /",
            new Span(0, command.length()),
            List.of("rm", "-rf", "/"),
            0,
            Optional.empty());
    return new Decision(
        Verdict.DENY,
        Risk.CRITICAL,
        Profile.MEDIUM,
        List.of(f),
        List.of(),
        "rm -rf deletes the root directory /",
        List.of(),
        List.of("built-in rules"),
        Sandbox.NONE,
        false,
        42);
  }

  static Decision allow() {
    return new Decision(
        Verdict.ALLOW,
        Risk.LOW,
        Profile.MEDIUM,
        List.of(),
        List.of(),
        "read-only",
        List.of(),
        List.of("built-in rules"),
        Sandbox.NONE,
        false,
        7);
  }

  /** A decision record: agent {@code agent}, session {@code "s" + n}, a script naming n. */
  static AuditRecord record(String agent, long n) {
    return AuditRecord.decision(
        T0.plusSeconds(n),
        Optional.of("s" + n),
        Optional.of(agent),
        "/home/dev/project",
        new AuditRecord.Command.Script("echo " + n),
        allow());
  }

  /** The lines of a file; bytes that are not UTF-8 (a torn character) become U+FFFD. */
  static List<String> lines(Path file) {
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
      if (lines.getLast().isEmpty()) {
        lines.removeLast();
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, List<String> lines) {
    try {
      Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A log at {@code dir/audit.jsonl} with records 1..n (agent "t"). */
  static Path log(Path dir, int n, long maxBytes) throws IOException {
    Path log = dir.resolve("audit.jsonl");
    try (AuditLog audit = AuditLog.open(new AuditSettings(log, maxBytes, List.of(), false))) {
      for (int i = 1; i <= n; i++) {
        audit.append(record("t", i));
      }
    }
    return log;
  }
}
