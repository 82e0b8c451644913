package dev.cmdguard.cli;

import dev.cmdguard.audit.AuditEntry;
import dev.cmdguard.audit.AuditRecord;
import dev.cmdguard.audit.AuditStats;
import dev.cmdguard.audit.AuditVerification;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The human output of the {@code audit} subcommands. Commands from the log are shown on one line,
 * with control and invisible characters escaped or replaced ({@link ShellQuote}): a log is input
 * written by agents, and must not rewrite the reader's terminal.
 */
final class AuditText {
  private AuditText() {}

  /**
   * One record as one line: time, decision, risk, agent, command. An execution record shows {@code
   * ran} and its exit status instead of the decision and the risk.
   *
   * <pre>
   * 2026-03-01T12:00:00Z  deny   critical  claude-code  rm -rf /
   * 2026-03-01T12:00:05Z  ran    exit 2    codex        make test
   * </pre>
   */
  static String line(AuditEntry e, Style style) {
    String time = e.time().map(Instant::toString).orElse("-");
    String first;
    String second;
    if (e.execution().isPresent()) {
      first = "ran";
      second = "exit " + e.execution().get().exitCode();
    } else {
      first = e.verdict().map(v -> v.label()).orElse("-");
      second = e.risk().map(r -> r.label()).orElse("-");
    }
    String verdict = String.format("%-5s", first);
    if (first.equals("deny")) {
      verdict = style.red(verdict);
    } else if (first.equals("ask")) {
      verdict = style.yellow(verdict);
    }
    return style.dim(time)
        + "  "
        + verdict
        + "  "
        + String.format("%-8s", second)
        + "  "
        + ShellQuote.visible(e.agent().orElse("-"))
        + "  "
        + command(e.command());
  }

  /** A command on one line: a script with its newlines shown as {@code \n}, or argv quoted. */
  static String command(AuditRecord.Command command) {
    return switch (command) {
      case AuditRecord.Command.Script s -> ShellQuote.visible(s.text().replace("\n", "\\n"));
      case AuditRecord.Command.Argv a -> ShellQuote.join(a.argv());
    };
  }

  /** The counts of {@code audit stats}. */
  static void stats(AuditStats s, String period, PrintWriter out) {
    out.println(
        "audit "
            + period
            + ": "
            + s.decisions()
            + (s.decisions() == 1 ? " decision, " : " decisions, ")
            + s.executions()
            + (s.executions() == 1 ? " execution" : " executions"));
    out.println("decisions  " + counts(s.byDecision()));
    out.println("risks      " + counts(s.byRisk()));
    out.println("codes      " + (s.byCode().isEmpty() ? "-" : counts(s.byCode())));
    out.println("agents     " + (s.byAgent().isEmpty() ? "-" : counts(s.byAgent())));
    out.println("most denied commands" + (s.topDenied().isEmpty() ? ": none" : ":"));
    for (AuditStats.Count c : s.topDenied()) {
      out.printf("  %6d  %s%n", c.count(), ShellQuote.visible(c.key().replace("\n", "\\n")));
    }
  }

  private static String counts(List<AuditStats.Count> counts) {
    return counts.stream()
        .map(c -> ShellQuote.visible(c.key()) + " " + c.count())
        .collect(Collectors.joining("  "));
  }

  /** The verdict of {@code audit verify}: the chain holds, or where and how it breaks. */
  static void verification(AuditVerification v, String what, PrintWriter out) {
    String range = v.records() == 0 ? "" : " (seq " + v.firstSeq() + ".." + v.lastSeq() + ")";
    if (v.problem().isPresent()) {
      AuditVerification.Problem p = v.problem().get();
      out.println("BROKEN " + what + ": " + p.kind().label() + " at " + p.at());
      out.println("  " + p.message());
      out.println("  " + v.records() + " record(s) chain before it" + range);
    } else {
      out.println("OK " + what + ": the chain holds, " + v.records() + " record(s)" + range);
    }
    for (AuditVerification.Location torn : v.skipped()) {
      out.println(
          "  truncated line "
              + torn
              + ": an interrupted write, skipped (the chain continues around it)");
    }
    for (String note : v.notes()) {
      out.println("  note: " + note);
    }
  }
}
