package dev.cmdguard;

import dev.cmdguard.unwrap.Invocation;
import java.util.List;
import java.util.Set;

/** Stage 5 without policy files: profile → verdict, reasons, sandbox advice. */
final class Decisions {
  /** Codes that mean the analysis is incomplete: never allowed without a human (fail closed). */
  private static final Set<FindingCode> INCOMPLETE =
      Set.of(FindingCode.PARSE_ERROR, FindingCode.ANALYSIS_LIMIT);

  private Decisions() {}

  static Decision decide(
      Profile profile,
      Risk risk,
      List<Finding> findings,
      List<Invocation> invocations,
      List<String> sources,
      long micros) {
    Verdict verdict = profile.decide(risk);
    if (findings.stream().anyMatch(f -> INCOMPLETE.contains(f.code()))) {
      verdict = verdict.strictest(Verdict.ASK);
    }
    String primary = findings.isEmpty() ? noFinding(risk) : findings.get(0).message();
    List<String> secondary = findings.stream().skip(1).map(Finding::message).distinct().toList();
    Sandbox sandbox =
        risk == Risk.LOW || verdict == Verdict.DENY ? Sandbox.NONE : Sandbox.RECOMMENDED;
    return new Decision(
        verdict,
        risk,
        profile,
        findings,
        invocations,
        primary,
        secondary,
        sources,
        sandbox,
        false,
        micros);
  }

  static Decision failClosed(
      Profile profile, Throwable failure, List<String> sources, long micros) {
    String reason =
        "cmdguard could not analyse this command ("
            + failure.getClass().getSimpleName()
            + "), so it is not allowed without approval";
    Finding finding =
        new Finding(
            FindingCode.ANALYSIS_LIMIT,
            Risk.HIGH,
            reason,
            dev.cmdguard.shell.Span.NONE,
            List.of(),
            -1,
            java.util.Optional.empty());
    Verdict verdict = profile.decide(Risk.HIGH).strictest(Verdict.ASK);
    return new Decision(
        verdict,
        Risk.HIGH,
        profile,
        List.of(finding),
        List.of(),
        reason,
        List.of(),
        sources,
        Sandbox.REQUIRED,
        false,
        micros);
  }

  private static String noFinding(Risk risk) {
    return risk == Risk.LOW
        ? "read-only command: every program it runs only reads local data"
        : "ordinary command: no dangerous pattern found";
  }
}
