package dev.cmdguard.rules.system;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code KERNEL_CRASH} from signals: {@code kill -9 -1} signals every process the caller may signal
 * (kill(2): "If pid equals -1, then sig is sent to every process"), {@code kill 1} targets init,
 * whose death panics the kernel; {@code killall5} (sysvinit) signals every process outside its
 * session; {@code pkill -u root} with no pattern and {@code killall init|systemd} take the system
 * processes down.
 */
final class Signals {
  static final Set<String> PROGRAMS = Set.of("kill", "pkill", "killall", "killall5");

  /** Signals that leave their target running (kill -0 probes, CONT resumes …). */
  private static final Set<String> HARMLESS =
      Set.of("0", "CONT", "18", "WINCH", "28", "CHLD", "17", "URG", "23");

  /** Signals init is meant to receive as a control request (systemd(1), init(8)). */
  private static final Set<String> INIT_CONTROL = Set.of("HUP", "1", "USR1", "10", "USR2", "12");

  private static final Set<String> INIT_NAMES = Set.of("init", "systemd", "^systemd$", "^init$");

  private Signals() {}

  static void check(RuleContext context, Findings findings, int index, Invocation inv) {
    switch (inv.program()) {
      case "kill" -> kill(findings, index, inv);
      case "killall5" -> killall5(findings, index, inv);
      default -> byName(findings, index, inv);
    }
  }

  private static void kill(Findings findings, int index, Invocation inv) {
    String signal = "TERM";
    boolean signalGiven = false;
    boolean operands = false;
    List<Arg> args = inv.args();
    for (int i = 0; i < args.size(); i++) {
      Arg arg = args.get(i);
      String v = arg.value();
      if (arg.dynamic()) {
        if (!operands && !signalGiven && arg.knownPrefix().startsWith("-")) {
          signal = "?"; // kill -$SIG: assume the worst
          signalGiven = true;
        }
        continue;
      }
      if (!operands && (v.equals("-l") || v.equals("-L") || v.startsWith("--list"))) {
        return;
      }
      if (!operands && v.equals("--")) {
        operands = true;
      } else if (!operands && (v.equals("-s") || v.equals("-n") || v.equals("--signal"))) {
        signal = i + 1 < args.size() ? normal(args.get(++i).value()) : signal;
        signalGiven = true;
      } else if (!operands && !signalGiven && v.startsWith("-") && v.length() > 1) {
        signal = normal(v.substring(1));
        signalGiven = true;
      } else {
        operands = true;
        target(findings, index, inv, arg, signal);
      }
    }
  }

  private static void target(Findings findings, int index, Invocation inv, Arg pid, String sig) {
    if (HARMLESS.contains(sig)) {
      return;
    }
    if (pid.value().equals("-1")) {
      findings
          .report(FindingCode.KERNEL_CRASH, index)
          .message("kill -" + sig + " -1 signals every process" + SystemRule.where(inv))
          .at(pid)
          .safer("kill only the process you started, by its pid")
          .add();
    } else if (pid.value().equals("1") && !INIT_CONTROL.contains(sig)) {
      findings
          .report(FindingCode.KERNEL_CRASH, index)
          .message("kill -" + sig + " 1 kills init, which takes the whole system down")
          .at(pid)
          .safer("kill only the process you started, by its pid")
          .add();
    }
  }

  private static void killall5(Findings findings, int index, Invocation inv) {
    for (Arg arg : inv.args()) {
      if (arg.value().startsWith("-") && HARMLESS.contains(normal(arg.value().substring(1)))) {
        return;
      }
    }
    findings
        .report(FindingCode.KERNEL_CRASH, index)
        .message("killall5 signals every process on the system" + SystemRule.where(inv))
        .add();
  }

  /** pkill and killall: init/systemd by name, or every process of root. */
  private static void byName(Findings findings, int index, Invocation inv) {
    boolean rootUser = false;
    boolean pattern = false;
    List<Arg> args = inv.args();
    for (int i = 0; i < args.size(); i++) {
      String v = args.get(i).value();
      if ((v.equals("-u") || v.equals("--user") || v.equals("-U") || v.equals("--euid"))
          && i + 1 < args.size()) {
        String user = args.get(++i).value();
        rootUser |= user.equals("root") || user.equals("0");
      } else if (v.equals("-s") || v.equals("--signal") || v.equals("-g") || v.equals("-P")) {
        i++;
      } else if (!v.startsWith("-")) {
        pattern = true;
        if (INIT_NAMES.contains(v)) {
          findings
              .report(FindingCode.KERNEL_CRASH, index)
              .message(inv.program() + " " + v + " kills the init system" + SystemRule.where(inv))
              .at(args.get(i))
              .add();
          return;
        }
      }
    }
    if (rootUser && !pattern) {
      findings
          .report(FindingCode.KERNEL_CRASH, index)
          .message(inv.program() + " -u root kills every process of root, the system services too")
          .safer("name the process to stop")
          .add();
    }
  }

  /** {@code SIGKILL}, {@code kill}, {@code 9} → {@code KILL}, {@code KILL}, {@code 9}. */
  static String normal(String signal) {
    String s = signal.toUpperCase(Locale.ROOT);
    return s.startsWith("SIG") ? s.substring(3) : s;
  }
}
