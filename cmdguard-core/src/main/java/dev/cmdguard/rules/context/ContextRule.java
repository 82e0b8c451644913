package dev.cmdguard.rules.context;

import dev.cmdguard.Finding;
import dev.cmdguard.FindingCode;
import dev.cmdguard.Risk;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.Rule;
import dev.cmdguard.rules.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * The context family of SPEC section 4 (docs/rules/context.md): where a command acts can make it
 * worse. {@code PROTECTED_BRANCH} raises git writes to {@code main}, {@code master} and {@code
 * release/*}; {@code PRODUCTION_ENVIRONMENT} raises mutating commands aimed at production (SPEC
 * section 6 defaults: patterns {@code prod, production, prd, live}). Both raise one level above the
 * highest severity the other families reported on the invocation (medium when none did), through
 * {@link Risk#raised()}; both use the other families' findings, so this rule runs last in {@link
 * dev.cmdguard.rules.BuiltInRules}. Each raise is computed from the other families' findings only,
 * so the two never stack on each other.
 */
public final class ContextRule implements Rule {
  private final ProtectedBranches branches;
  private final Production production;

  /** The rule with the defaults of SPEC section 6. */
  public ContextRule() {
    this(ProtectedBranches.DEFAULT, ProductionNames.DEFAULT_PATTERNS);
  }

  /**
   * @param protectedBranches branch names, {@code release/*} for a prefix
   * @param productionPatterns names that mark production, matched as whole segments
   */
  public ContextRule(List<String> protectedBranches, List<String> productionPatterns) {
    this.branches = new ProtectedBranches(protectedBranches);
    this.production = new Production(new ProductionNames(productionPatterns));
  }

  @Override
  public FindingCode.Family family() {
    return FindingCode.Family.CONTEXT;
  }

  @Override
  public void check(RuleContext context, Findings findings) {
    List<Finding> prior = findings.list();
    branches.check(context, findings, prior);
    production.check(context, findings, prior);
  }

  /** The highest severity that another family reported on the invocation at {@code index}. */
  static Optional<Risk> highest(List<Finding> prior, int index) {
    return prior.stream()
        .filter(
            f -> f.invocationIndex() == index && f.code().family() != FindingCode.Family.CONTEXT)
        .map(Finding::severity)
        .reduce(Risk::max);
  }
}
