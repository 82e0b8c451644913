package dev.cmdguard.rules.filesystem;

import dev.cmdguard.FindingCode;
import dev.cmdguard.Risk;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.unwrap.Arg;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A finding to report about one operand.
 *
 * @param code the finding code
 * @param severity its severity: the code's default or a documented variant
 * @param message one sentence naming the target
 * @param safer what to run instead, empty when nothing fits
 */
record Verdict(FindingCode code, Risk severity, String message, Optional<String> safer) {

  static Verdict of(FindingCode code, String message, String safer) {
    return new Verdict(
        code, code.severity(), message, Optional.of(safer).filter(s -> !s.isEmpty()));
  }

  Verdict at(Risk other) {
    return new Verdict(code, other, message, safer);
  }

  /**
   * Reports verdicts, one per code and severity for each invocation: {@code rm -rf a b c} in the
   * workspace is one finding, not three.
   */
  static final class Reporter {
    private final Findings findings;
    private final Set<String> seen = new HashSet<>();

    Reporter(Findings findings) {
      this.findings = findings;
    }

    void report(int index, Arg at, Verdict v) {
      if (!seen.add(index + " " + v.code() + " " + v.severity())) {
        return;
      }
      Findings.Report r =
          findings.report(v.code(), index).message(v.message()).at(at).severity(v.severity());
      v.safer().ifPresent(r::safer);
      r.add();
    }
  }
}
