package dev.cmdguard.rules;

import dev.cmdguard.policy.PolicyKey;
import dev.cmdguard.rules.context.ContextRule;
import dev.cmdguard.rules.data.DataInfraRule;
import dev.cmdguard.rules.disk.DiskRule;
import dev.cmdguard.rules.execution.ExecutionRule;
import dev.cmdguard.rules.filesystem.FilesystemRule;
import dev.cmdguard.rules.git.GitRule;
import dev.cmdguard.rules.guard.GuardRule;
import dev.cmdguard.rules.secrets.SecretsRule;
import dev.cmdguard.rules.system.SystemRule;
import dev.cmdguard.rules.windows.WindowsRule;
import java.util.List;

/**
 * The built-in rule families, in one explicit list. The context family comes last: it raises
 * findings the others reported (production targets, protected branches).
 */
public final class BuiltInRules {
  @SuppressWarnings("unchecked")
  private static final List<Rule> ALL =
      configured(
          (List<String>) PolicyKey.GIT_PROTECTED_BRANCHES.defaultValue(),
          (List<String>) PolicyKey.PRODUCTION_PATTERNS.defaultValue(),
          (Boolean) PolicyKey.SQL_DESTRUCTIVE_ONLY.defaultValue());

  private BuiltInRules() {}

  /** Every built-in rule, the context family last, with the defaults of SPEC section 6. */
  public static List<Rule> all() {
    return ALL;
  }

  /**
   * Every built-in rule configured by a policy (SPEC section 6).
   *
   * @param protectedBranches {@code git.protected_branches}
   * @param productionPatterns {@code production.patterns}, empty when {@code production.raise} is
   *     false
   * @param sqlDestructiveOnly {@code sql.destructive_only}
   */
  public static List<Rule> configured(
      List<String> protectedBranches, List<String> productionPatterns, boolean sqlDestructiveOnly) {
    return List.of(
        new DataInfraRule(sqlDestructiveOnly),
        new DiskRule(),
        new ExecutionRule(),
        new FilesystemRule(),
        new GitRule(),
        new GuardRule(),
        new SecretsRule(),
        new SystemRule(),
        new WindowsRule(),
        new ContextRule(protectedBranches, productionPatterns));
  }
}
