package dev.cmdguard;

import dev.cmdguard.policy.PolicyException;
import dev.cmdguard.policy.PolicyProblem;
import dev.cmdguard.unwrap.Invocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Stage 5 without policy files: profile → verdict, reasons, and where the command may run. */
final class Decisions {
  /** Codes that mean the analysis is incomplete: never allowed without a human (fail closed). */
  private static final Set<FindingCode> INCOMPLETE =
      Set.of(FindingCode.PARSE_ERROR, FindingCode.ANALYSIS_LIMIT);

  private Decisions() {}

  static Decision decide(
      Profile profile,
      Analysed analysed,
      PolicyVerdict.Outcome outcome,
      String sandboxMode,
      List<String> baseSources,
      boolean cacheHit,
      long micros) {
    Risk risk = analysed.risk();
    List<Finding> findings = analysed.findings();
    List<Invocation> invocations = analysed.invocations();
    Verdict verdict = outcome.verdict();
    if (!analysed.complete() || findings.stream().anyMatch(f -> INCOMPLETE.contains(f.code()))) {
      verdict = verdict.strictest(Verdict.ASK);
    }
    List<String> reasons = new ArrayList<>();
    outcome.reason().ifPresent(reasons::add);
    findings.stream().map(Finding::message).forEach(reasons::add);
    String primary = reasons.isEmpty() ? noFinding(risk) : reasons.get(0);
    List<String> secondary = reasons.stream().skip(1).distinct().toList();
    List<String> sources = new ArrayList<>(baseSources);
    outcome.sources().stream().filter(s -> !sources.contains(s)).forEach(sources::add);
    Sandbox sandbox = sandbox(sandboxMode, risk, verdict);
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
        cacheHit,
        micros);
  }

  /**
   * Where a command runs (SPEC section 8), from {@code sandbox.mode}: {@code never} on the host;
   * {@code auto} low on the host, medium and above only in the sandbox (so a high command a human
   * approved runs only there); {@code always} only in the sandbox. A denied command runs nowhere.
   * An unknown mode (the loader accepts none) is treated as the strictest.
   */
  static Sandbox sandbox(String mode, Risk risk, Verdict verdict) {
    if (verdict == Verdict.DENY) {
      return Sandbox.NONE;
    }
    return switch (mode) {
      case "never" -> Sandbox.NONE;
      case "auto" -> risk == Risk.LOW ? Sandbox.NONE : Sandbox.REQUIRED;
      default -> Sandbox.REQUIRED;
    };
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

  /**
   * A policy file in force cannot be used: deny in every profile, naming every problem (SPEC
   * section 6: a broken policy never silently falls back to a weaker one).
   */
  static Decision brokenPolicy(Profile profile, PolicyException broken, long micros) {
    List<PolicyProblem> problems = broken.problems();
    String file = problems.get(0).file();
    String primary =
        "the policy file "
            + file
            + " is broken, so nothing is allowed until it is fixed: "
            + problems.get(0).describe();
    List<String> secondary = problems.stream().skip(1).map(PolicyProblem::describe).toList();
    Finding finding =
        new Finding(
            FindingCode.POLICY_INVALID,
            Risk.CRITICAL,
            primary,
            dev.cmdguard.shell.Span.NONE,
            List.of(),
            -1,
            java.util.Optional.of("cmdguard policy validate " + file));
    return new Decision(
        Verdict.DENY,
        Risk.CRITICAL,
        profile,
        List.of(finding),
        List.of(),
        primary,
        secondary,
        List.of("broken policy " + file),
        Sandbox.NONE,
        false,
        micros);
  }

  /** {@code d} denied because its audit record could not be written and the policy requires one. */
  static Decision auditRequired(Decision d, String why) {
    String reason = why + ", and the policy requires every decision to be audited (audit.required)";
    List<String> secondary = new ArrayList<>();
    secondary.add(d.primaryReason());
    secondary.addAll(d.secondaryReasons());
    List<String> sources = new ArrayList<>(d.policySources());
    sources.add("audit.required");
    return new Decision(
        Verdict.DENY,
        d.risk(),
        d.profile(),
        d.findings(),
        d.invocations(),
        reason,
        secondary,
        sources,
        Sandbox.NONE,
        d.cacheHit(),
        d.durationMicros());
  }

  /** {@code d} with one more secondary reason. */
  static Decision withNote(Decision d, String note) {
    List<String> secondary = new ArrayList<>(d.secondaryReasons());
    secondary.add(note);
    return new Decision(
        d.decision(),
        d.risk(),
        d.profile(),
        d.findings(),
        d.invocations(),
        d.primaryReason(),
        secondary,
        d.policySources(),
        d.sandbox(),
        d.cacheHit(),
        d.durationMicros());
  }

  private static String noFinding(Risk risk) {
    return risk == Risk.LOW
        ? "read-only command: every program it runs only reads local data"
        : "ordinary command: no dangerous pattern found";
  }
}
