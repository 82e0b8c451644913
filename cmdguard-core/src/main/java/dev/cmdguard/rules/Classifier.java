package dev.cmdguard.rules;

import dev.cmdguard.Finding;
import dev.cmdguard.Risk;
import dev.cmdguard.unwrap.Invocation;
import java.util.List;

/**
 * Stage 4 (SPEC section 3): the command's risk is the highest severity among its findings, and at
 * least {@code medium} unless every invocation is known read-only and the analysis is complete.
 */
public final class Classifier {
  private Classifier() {}

  /**
   * @param findings the detect stage's findings
   * @param context the analysed command
   * @return the command's risk
   */
  public static Risk risk(List<Finding> findings, RuleContext context) {
    Risk floor = readOnly(context) ? Risk.LOW : Risk.MEDIUM;
    return findings.stream().map(Finding::severity).reduce(floor, Risk::max);
  }

  /**
   * True when every invocation is known read-only, nothing was left unanalysed, and no variable
   * assignment can steer a program into running other code.
   */
  public static boolean readOnly(RuleContext context) {
    if (!context.analysis().markers().isEmpty()) {
      return false;
    }
    for (Invocation inv : context.invocations()) {
      if (!ReadOnlyCommands.isReadOnly(inv, context)) {
        return false;
      }
    }
    return ReadOnlyCommands.assignmentsAreHarmless(context);
  }
}
