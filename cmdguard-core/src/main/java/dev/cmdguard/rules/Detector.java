package dev.cmdguard.rules;

import dev.cmdguard.Finding;
import dev.cmdguard.FindingCode;
import dev.cmdguard.Risk;
import java.util.List;

/**
 * Stage 3: runs every rule over an analysed command. A rule that throws does not take the decision
 * with it: its failure becomes an {@code ANALYSIS_LIMIT} finding, so an error never turns into
 * "allow" (SPEC section 1, "Fail closed").
 */
public final class Detector {
  private Detector() {}

  /**
   * @param context the analysed command
   * @param rules the rules to run, in order
   * @return the findings, most severe first (stable for equal severity)
   */
  public static List<Finding> detect(RuleContext context, List<Rule> rules) {
    Findings findings = new Findings(context);
    for (Rule rule : rules) {
      try {
        rule.check(context, findings);
      } catch (RuntimeException | StackOverflowError failure) {
        findings
            .report(FindingCode.ANALYSIS_LIMIT, -1)
            .severity(Risk.HIGH)
            .message(
                "the "
                    + rule.family().page()
                    + " rules failed on this command ("
                    + failure.getClass().getSimpleName()
                    + "), so it was not fully analysed")
            .add();
      }
    }
    return findings.list().stream()
        .sorted((a, b) -> b.severity().compareTo(a.severity())) // most severe first; stable
        .toList();
  }
}
