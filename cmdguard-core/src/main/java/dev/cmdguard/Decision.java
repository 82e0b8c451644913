package dev.cmdguard;

import dev.cmdguard.unwrap.Invocation;
import java.util.List;
import java.util.Objects;

/**
 * The answer for one command (SPEC section 5). Its JSON form, with these field names, is the output
 * of {@code check --json}, {@code scan}, the service, and the {@code decision} of an audit record.
 *
 * @param decision allow, ask or deny
 * @param risk the command's risk: the highest finding severity, or low when every invocation is
 *     known read-only, else medium
 * @param profile the profile that mapped the risk to the decision
 * @param findings every finding, most severe first
 * @param invocations the invocations as analysed (argv with dynamic markers)
 * @param primaryReason one sentence: why this decision
 * @param secondaryReasons the other findings' messages, most severe first
 * @param policySources which policy layers and rules decided (for now the built-in defaults and
 *     where the profile came from)
 * @param sandbox whether the command should run sandboxed
 * @param cacheHit true when the analysis came from the cache
 * @param durationMicros time spent evaluating, in microseconds (0 with a clock that does not move)
 */
public record Decision(
    Verdict decision,
    Risk risk,
    Profile profile,
    List<Finding> findings,
    List<Invocation> invocations,
    String primaryReason,
    List<String> secondaryReasons,
    List<String> policySources,
    Sandbox sandbox,
    boolean cacheHit,
    long durationMicros) {
  public Decision {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(profile, "profile");
    findings = List.copyOf(findings);
    invocations = List.copyOf(invocations);
    Objects.requireNonNull(primaryReason, "primaryReason");
    secondaryReasons = List.copyOf(secondaryReasons);
    policySources = List.copyOf(policySources);
    Objects.requireNonNull(sandbox, "sandbox");
  }

  /** The same decision, marked as served from the cache and with another duration. */
  public Decision fromCache(long micros) {
    return new Decision(
        decision,
        risk,
        profile,
        findings,
        invocations,
        primaryReason,
        secondaryReasons,
        policySources,
        sandbox,
        true,
        micros);
  }
}
