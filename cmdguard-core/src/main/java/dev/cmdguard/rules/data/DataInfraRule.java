package dev.cmdguard.rules.data;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.Rule;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Invocation;
import java.util.List;

/**
 * The data and infrastructure family of SPEC section 4 (docs/rules/data-infra.md): destructive SQL
 * and NoSQL through database clients and framework tasks ({@code DESTRUCTIVE_SQL}), containers and
 * volumes ({@code DESTRUCTIVE_CONTAINER_OP}), Kubernetes ({@code DESTRUCTIVE_K8S_OP}), cloud
 * resources ({@code DESTRUCTIVE_CLOUD_OP}), infrastructure as code ({@code DESTRUCTIVE_INFRA}) and
 * package removal ({@code PACKAGE_REMOVAL}). It judges invocations by program, so text that only
 * mentions a statement ({@code grep "DROP TABLE" x.sql}) is not a finding; a command run inside a
 * container or launcher ({@code docker exec db psql -c …}, {@code bundle exec rake db:drop}) is
 * judged like the command itself ({@link Launchers}).
 */
public final class DataInfraRule implements Rule {
  private final boolean sqlDestructiveOnly;

  /** The rule with the default {@code sql.destructive_only: true}. */
  public DataInfraRule() {
    this(true);
  }

  /**
   * @param sqlDestructiveOnly {@code sql.destructive_only} (SPEC section 6): true reports only
   *     statements that destroy data (and, at medium, DELETE/UPDATE with a WHERE); false reports
   *     every statement that writes, at high
   */
  public DataInfraRule(boolean sqlDestructiveOnly) {
    this.sqlDestructiveOnly = sqlDestructiveOnly;
  }

  @Override
  public FindingCode.Family family() {
    return FindingCode.Family.DATA_INFRA;
  }

  @Override
  public void check(RuleContext context, Findings findings) {
    List<Invocation> all = context.invocations();
    for (int i = 0; i < all.size(); i++) {
      Invocation inv = all.get(i);
      if (inv.program().isEmpty() || inv.has(Invocation.Trait.DYNAMIC_PROGRAM)) {
        continue;
      }
      for (Cmd c : Launchers.views(inv, i)) {
        check(c, context, findings, sqlDestructiveOnly);
      }
    }
  }

  private static void check(
      Cmd c, RuleContext context, Findings findings, boolean sqlDestructiveOnly) {
    String p = c.program();
    if (DatabaseChecks.handles(p)) {
      DatabaseChecks.check(c, context, findings, sqlDestructiveOnly);
    }
    if (DatabaseTasks.handles(p)) {
      DatabaseTasks.check(c, findings);
    }
    if (ContainerChecks.handles(p)) {
      ContainerChecks.check(c, findings);
    } else if (KubernetesChecks.handles(p)) {
      KubernetesChecks.check(c, findings);
    } else if (CloudChecks.handles(p)) {
      CloudChecks.check(c, findings);
    } else if (InfraChecks.handles(p)) {
      InfraChecks.check(c, findings);
    }
    if (PackageChecks.handles(p)) {
      PackageChecks.check(c, findings);
    }
  }
}
