package dev.cmdguard.cli.serve;

import dev.cmdguard.Decision;
import dev.cmdguard.EvaluationRequest;
import dev.cmdguard.Finding;
import dev.cmdguard.FindingCode;
import dev.cmdguard.Verdict;
import dev.cmdguard.audit.AuditSink;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the decisions a guard makes, by verdict and by finding code, for {@code GET /metrics}.
 * Given to the guard as (part of) its audit sink, it sees every decision whichever route asked for
 * it: {@code /v1/evaluate} and the hooks alike, and the hooks' refusals of unusable payloads. Never
 * throws, so it never turns a decision into an audit failure. Thread-safe and lock-free.
 */
public final class DecisionTally implements AuditSink {
  private final Map<Verdict, LongAdder> decisions = new EnumMap<>(Verdict.class);
  private final Map<FindingCode, LongAdder> codes = new EnumMap<>(FindingCode.class);

  /** A tally at zero for every verdict and every code. */
  public DecisionTally() {
    for (Verdict v : Verdict.values()) {
      decisions.put(v, new LongAdder());
    }
    for (FindingCode c : FindingCode.values()) {
      codes.put(c, new LongAdder());
    }
  }

  /** Counts the decision once by its verdict and once by each distinct code of its findings. */
  @Override
  public void record(EvaluationRequest request, Decision decision) {
    decisions.get(decision.decision()).increment();
    Set<FindingCode> seen = EnumSet.noneOf(FindingCode.class);
    for (Finding f : decision.findings()) {
      if (seen.add(f.code())) {
        codes.get(f.code()).increment();
      }
    }
  }

  /** Decisions counted with this verdict. */
  long decisions(Verdict verdict) {
    return decisions.get(verdict).sum();
  }

  /** Decisions counted with at least one finding of this code. */
  long decisionsWith(FindingCode code) {
    return codes.get(code).sum();
  }
}
