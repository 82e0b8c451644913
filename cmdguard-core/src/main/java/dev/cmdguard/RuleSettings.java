package dev.cmdguard;

import dev.cmdguard.policy.Policy;
import dev.cmdguard.policy.PolicyKey;
import dev.cmdguard.rules.BuiltInRules;
import dev.cmdguard.rules.Rule;
import java.util.List;

/**
 * The policy settings that configure the built-in rules (SPEC section 6): protected branches,
 * production names (none when {@code production.raise} is false) and {@code sql.destructive_only}.
 * Equal settings share one rule list.
 */
record RuleSettings(
    List<String> protectedBranches, List<String> productionPatterns, boolean sqlDestructiveOnly) {
  static final RuleSettings DEFAULT = of(Policy.defaults());

  RuleSettings {
    protectedBranches = List.copyOf(protectedBranches);
    productionPatterns = List.copyOf(productionPatterns);
  }

  static RuleSettings of(Policy policy) {
    return new RuleSettings(
        policy.list(PolicyKey.GIT_PROTECTED_BRANCHES),
        policy.flag(PolicyKey.PRODUCTION_RAISE)
            ? policy.list(PolicyKey.PRODUCTION_PATTERNS)
            : List.of(),
        policy.flag(PolicyKey.SQL_DESTRUCTIVE_ONLY));
  }

  // equals and hashCode are written out: a record's generated ones are linked through
  // invokedynamic (ObjectMethods) at their first call, about 10 ms of a hook call's start-up, and
  // every evaluation compares its settings with DEFAULT.

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleSettings other
        && protectedBranches.equals(other.protectedBranches)
        && productionPatterns.equals(other.productionPatterns)
        && sqlDestructiveOnly == other.sqlDestructiveOnly;
  }

  @Override
  public int hashCode() {
    return (protectedBranches.hashCode() * 31 + productionPatterns.hashCode()) * 31
        + Boolean.hashCode(sqlDestructiveOnly);
  }

  List<Rule> rules() {
    return BuiltInRules.configured(protectedBranches, productionPatterns, sqlDestructiveOnly);
  }
}
