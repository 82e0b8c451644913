package dev.cmdguard.rules;

import dev.cmdguard.CommandGuard;
import dev.cmdguard.Decision;
import dev.cmdguard.EvaluationRequest;
import dev.cmdguard.Finding;
import dev.cmdguard.FindingCode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Helpers for rule-family table tests: evaluates a command in the corpus context (cwd {@code
 * /home/dev/project}, home {@code /home/dev}, user {@code dev}, default profile) and renders the
 * finding codes of one family, sorted and distinct, as {@code "A,B"} ({@code ""} for none).
 */
public final class RuleTable {
  private static final CommandGuard GUARD = CommandGuard.builder().build();

  private RuleTable() {}

  /** The decision for {@code command} in the corpus context. */
  public static Decision evaluate(String command) {
    return GUARD.evaluate(
        EvaluationRequest.script(command, "/home/dev/project", "/home/dev", "dev"));
  }

  /** The codes of {@code family} that {@code command} gives, e.g. {@code "DISK_WIPE"}. */
  public static String codes(String command, FindingCode.Family family) {
    return evaluate(command).findings().stream()
        .map(Finding::code)
        .filter(c -> c.family() == family)
        .map(Enum::name)
        .distinct()
        .sorted()
        .collect(Collectors.joining(","));
  }

  /** Every finding code of {@code command}, any family. */
  public static List<FindingCode> allCodes(String command) {
    return evaluate(command).findings().stream().map(Finding::code).distinct().toList();
  }
}
