package dev.cmdguard.rules.system;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code SYSTEM_POWER}: shutdown(8), reboot(8), poweroff, halt, {@code init 0|6|1} and telinit,
 * systemctl(1) and loginctl(1) power verbs ({@code poweroff}, {@code reboot}, {@code suspend},
 * {@code hibernate}, {@code kexec}, {@code rescue}, {@code isolate reboot.target} …), {@code kexec
 * -e}, macOS {@code pmset sleepnow}. Cancelling ({@code shutdown -c}), warning only ({@code -k})
 * and help are not reported.
 */
final class Power {
  static final Set<String> PROGRAMS =
      Set.of(
          "shutdown",
          "reboot",
          "poweroff",
          "halt",
          "init",
          "telinit",
          "systemctl",
          "loginctl",
          "kexec",
          "pmset");

  /** systemctl(1) and loginctl(1) verbs that stop, restart or suspend the machine. */
  private static final Set<String> VERBS =
      Set.of(
          "poweroff",
          "reboot",
          "halt",
          "suspend",
          "hibernate",
          "hybrid-sleep",
          "suspend-then-hibernate",
          "kexec",
          "soft-reboot",
          "rescue",
          "emergency");

  private static final Set<String> TARGETS =
      Set.of(
          "poweroff",
          "reboot",
          "halt",
          "rescue",
          "emergency",
          "runlevel0",
          "runlevel1",
          "runlevel6",
          "kexec",
          "suspend",
          "hibernate");

  private static final Set<String> RUNLEVELS = Set.of("0", "6", "1", "s", "S", "single");

  /** Options of the power commands that do not act: cancel, warn, help, wtmp record only. */
  private static final Set<String> NO_ACTION =
      Set.of("-c", "-k", "--help", "-w", "--wtmp-only", "/a", "/?", "--show");

  /** systemctl and loginctl options that take a value. */
  private static final Set<String> VALUE_OPTIONS =
      Set.of("-H", "--host", "-M", "--machine", "-t", "--type", "-p", "--property", "-s");

  private Power() {}

  static void check(RuleContext context, Findings findings, int index, Invocation inv) {
    String program = inv.program();
    List<Arg> args = inv.args();
    switch (program) {
      case "systemctl", "loginctl" -> verb(findings, index, inv);
      case "init", "telinit" -> {
        if (!args.isEmpty() && RUNLEVELS.contains(args.get(0).value())) {
          report(findings, index, inv, program + " " + args.get(0).value(), args.get(0));
        }
      }
      case "kexec" -> {
        if (args.stream().anyMatch(a -> a.value().equals("-e") || a.value().equals("--exec"))) {
          report(findings, index, inv, "kexec -e", null);
        }
      }
      case "pmset" -> {
        if (args.stream().anyMatch(a -> a.value().equals("sleepnow"))) {
          report(findings, index, inv, "pmset sleepnow", null);
        }
      }
      default -> {
        if (args.stream().noneMatch(a -> NO_ACTION.contains(a.value()))) {
          report(findings, index, inv, program, null);
        }
      }
    }
  }

  private static void verb(Findings findings, int index, Invocation inv) {
    Optional<Integer> at = firstOperand(inv.args());
    if (at.isEmpty()) {
      return;
    }
    List<Arg> args = inv.args();
    Arg verb = args.get(at.get());
    String v = verb.value();
    if (VERBS.contains(v)) {
      report(findings, index, inv, inv.program() + " " + v, verb);
    } else if ((v.equals("isolate") || v.equals("start")) && at.get() + 1 < args.size()) {
      Arg unit = args.get(at.get() + 1);
      String name = unit.value().replaceFirst("\\.target$", "");
      if (TARGETS.contains(name)) {
        report(findings, index, inv, inv.program() + " " + v + " " + unit.value(), unit);
      }
    }
  }

  /** The index in {@code args} of the first argument that is not an option or its value. */
  static Optional<Integer> firstOperand(List<Arg> args) {
    for (int i = 0; i < args.size(); i++) {
      String v = args.get(i).value();
      if (VALUE_OPTIONS.contains(v)) {
        i++;
      } else if (!v.startsWith("-")) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private static void report(
      Findings findings, int index, Invocation inv, String what, Arg offending) {
    Findings.Report r =
        findings
            .report(FindingCode.SYSTEM_POWER, index)
            .message(what + " shuts down, restarts or suspends the machine" + SystemRule.where(inv))
            .safer("restart only the service you changed (systemctl restart <unit>)");
    if (offending != null) {
      r.at(offending);
    }
    r.add();
  }
}
