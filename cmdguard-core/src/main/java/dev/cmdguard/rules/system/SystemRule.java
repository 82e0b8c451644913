package dev.cmdguard.rules.system;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.Rule;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Invocation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The system family of SPEC section 4 (docs/rules/system.md): what takes the whole machine down or
 * weakens it, as opposed to one file or project.
 *
 * <ul>
 *   <li>{@code FORK_BOMB} (locked critical): a shell function that starts copies of itself
 *       concurrently ({@code :(){ :|:& };:}), found from the call structure, not the text;
 *   <li>{@code KERNEL_CRASH} (locked critical): sysrq triggers, writes to {@code /dev/mem}, killing
 *       every process ({@code kill -9 -1}) or init ({@code kill 1});
 *   <li>{@code SYSTEM_POWER} (high): shutdown, reboot, halt, suspend;
 *   <li>{@code SECURITY_DISABLE} (high): firewall flushes, SELinux/AppArmor/audit off, antivirus
 *       and Gatekeeper/SIP off;
 *   <li>{@code CRONTAB_REMOVE} (high): {@code crontab -r};
 *   <li>{@code PRIVILEGE_ESCALATION} (medium; high for an interactive root shell): sudo, doas, su,
 *       pkexec, runuser, once per outermost elevation;
 *   <li>{@code HISTORY_TAMPERING} (medium): clearing or disabling the shell history.
 * </ul>
 */
public final class SystemRule implements Rule {
  /** What to check for one invocation, chosen by its program name. */
  @FunctionalInterface
  interface Check {
    void check(RuleContext context, Findings findings, int index, Invocation invocation);
  }

  private static final Map<String, List<Check>> BY_PROGRAM = byProgram();

  @Override
  public FindingCode.Family family() {
    return FindingCode.Family.SYSTEM;
  }

  @Override
  public void check(RuleContext context, Findings findings) {
    List<Invocation> all = context.invocations();
    for (int i = 0; i < all.size(); i++) {
      Invocation inv = all.get(i);
      if (inv.has(Invocation.Trait.DYNAMIC_PROGRAM)) {
        continue;
      }
      List<Check> checks = BY_PROGRAM.get(inv.program());
      if (checks != null) {
        for (Check c : checks) {
          c.check(context, findings, i, inv);
        }
      }
      if (!inv.redirects().isEmpty() || History.FILE_PROGRAMS.contains(inv.program())) {
        Writes.check(context, findings, i, inv);
        History.files(context, findings, i, inv);
      }
    }
    ForkBomb.check(context, findings);
    Elevation.check(context, findings);
    History.checkAssignments(context, findings);
  }

  private static Map<String, List<Check>> byProgram() {
    Map<String, List<Check>> map = new HashMap<>();
    add(map, Signals.PROGRAMS, Signals::check);
    add(map, Power.PROGRAMS, Power::check);
    add(map, SecurityDisable.PROGRAMS, SecurityDisable::check);
    add(map, Set.of("crontab"), Crontab::check);
    add(map, History.PROGRAMS, History::check);
    map.replaceAll((program, checks) -> List.copyOf(checks));
    return Map.copyOf(map);
  }

  private static void add(Map<String, List<Check>> map, Set<String> programs, Check check) {
    for (String p : programs) {
      map.computeIfAbsent(p, k -> new java.util.ArrayList<>()).add(check);
    }
  }

  /** " on the remote host" for invocations that run over ssh, else "". */
  static String where(Invocation invocation) {
    return invocation.has(Invocation.Trait.REMOTE) ? " on the remote host" : "";
  }
}
