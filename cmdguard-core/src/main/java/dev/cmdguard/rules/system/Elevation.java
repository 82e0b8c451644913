package dev.cmdguard.rules.system;

import dev.cmdguard.FindingCode;
import dev.cmdguard.Risk;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.Stdin;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code PRIVILEGE_ESCALATION}: a command run as root or another user through sudo(8), doas(1),
 * su(1), pkexec(1), runuser(1) or run0 — everything it does escapes the user's own permissions.
 * Reported once per outermost elevation ({@code sudo sudo -u x ls} is one), medium; high when what
 * runs is an interactive shell or interpreter ({@code sudo -i}, {@code sudo -s}, {@code sudo su},
 * {@code su -}, {@code sudo bash}): a root session whose commands the guard never sees. {@code sudo
 * -v}, {@code -l}, {@code -k} run nothing and are not reported.
 */
final class Elevation {
  private static final Set<String> ELEVATORS =
      Set.of("sudo", "doas", "su", "pkexec", "runuser", "run0", "sudoedit", "gosu", "su-exec");

  private static final int SHOWN = 60;

  private Elevation() {}

  static void check(RuleContext context, Findings findings) {
    List<Invocation> all = context.invocations();
    int covered = -1;
    for (int i = 0; i < all.size(); i++) {
      Invocation inv = all.get(i);
      boolean elevated = inv.has(Invocation.Trait.ELEVATED) || inv.program().equals("sudoedit");
      if (i <= covered || !elevated) {
        continue;
      }
      List<Invocation> stage = context.stage(i);
      covered = i + stage.size() - 1;
      if (runsNothing(inv, stage)) {
        continue;
      }
      report(findings, i, inv, stage);
    }
  }

  private static void report(Findings findings, int i, Invocation inv, List<Invocation> stage) {
    boolean elevator = ELEVATORS.contains(inv.program());
    String tool =
        elevator || inv.origin().isEmpty()
            ? inv.program()
            : inv.origin().get(inv.origin().size() - 1);
    String user = elevator ? user(inv) : "another user";
    Findings.Report r = findings.report(FindingCode.PRIVILEGE_ESCALATION, i);
    if (stage.stream().anyMatch(Elevation::interactive)) {
      r.severity(Risk.HIGH)
          .message(tool + " opens an interactive shell as " + user + ", unseen by the guard")
          .safer("run only the single command that needs it, e.g. sudo <command>");
    } else {
      Invocation target = elevator && stage.size() > 1 ? stage.get(1) : inv;
      String what = target == inv && elevator ? "an editor on " + operands(inv) : shown(target);
      r.message(tool + " runs " + what + " as " + user)
          .safer("run it without " + tool + " if root is not needed");
    }
    if (elevator && !inv.argv().isEmpty()) {
      r.at(inv.argv().get(0));
    }
    r.add();
  }

  /** {@code sudo -v}, {@code sudo -l}, {@code sudo -k}: nothing runs (sudoedit does edit). */
  private static boolean runsNothing(Invocation inv, List<Invocation> stage) {
    if (stage.size() > 1 || !ELEVATORS.contains(inv.program())) {
      return false;
    }
    return !inv.program().equals("sudoedit")
        && inv.args().stream().noneMatch(a -> a.value().equals("-e") || a.value().equals("--edit"));
  }

  /** A shell or interpreter reading commands from the terminal. */
  private static boolean interactive(Invocation inv) {
    return inv.has(Invocation.Trait.READS_SCRIPT_FROM_STDIN)
        && inv.stdin() instanceof Stdin.Inherited;
  }

  /** The target user: {@code -u USER}, {@code --user=USER}, su's operand; root by default. */
  static String user(Invocation inv) {
    List<Arg> args = inv.args();
    for (int i = 0; i < args.size(); i++) {
      String v = args.get(i).value();
      if ((v.equals("-u") || v.equals("--user")) && i + 1 < args.size()) {
        return args.get(i + 1).value();
      }
      if (v.startsWith("--user=")) {
        return v.substring(7);
      }
      if (v.equals("-c") || v.equals("--command") || v.equals("--")) {
        return "root";
      }
      if (inv.program().equals("su") && !v.startsWith("-")) {
        return v;
      }
    }
    return "root";
  }

  private static String operands(Invocation inv) {
    return inv.args().stream()
        .map(Arg::value)
        .filter(v -> !v.startsWith("-"))
        .collect(Collectors.joining(" "));
  }

  private static String shown(Invocation inv) {
    String text = inv.argv().stream().map(Arg::value).collect(Collectors.joining(" "));
    return "'" + (text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text) + "'";
  }
}
