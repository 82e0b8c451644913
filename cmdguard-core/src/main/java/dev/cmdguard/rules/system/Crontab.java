package dev.cmdguard.rules.system;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.Stdin;
import java.util.List;

/**
 * {@code CRONTAB_REMOVE}: crontab(1) {@code -r} removes the user's whole crontab without a backup
 * (and {@code -r} sits next to {@code -e} on the keyboard: a classic accident); {@code crontab
 * /dev/null} and an empty crontab fed on standard input replace it with nothing.
 */
final class Crontab {
  private Crontab() {}

  static void check(RuleContext context, Findings findings, int index, Invocation inv) {
    List<Arg> args = inv.args();
    for (int i = 0; i < args.size(); i++) {
      Arg arg = args.get(i);
      String v = arg.value();
      if (v.equals("-u") || v.equals("-c") || v.equals("-T")) {
        i++;
      } else if (v.equals("--remove") || (v.matches("-[a-zA-Z]*r[a-zA-Z]*") && !arg.dynamic())) {
        report(findings, index, inv, "crontab " + v, arg);
        return;
      } else if (v.equals("/dev/null") || (v.equals("-") && emptyInput(inv))) {
        report(findings, index, inv, "crontab " + v, arg);
        return;
      }
    }
  }

  private static boolean emptyInput(Invocation inv) {
    // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
    Stdin stdin = inv.stdin();
    if (stdin instanceof Stdin.File f) {
      return f.path().value().equals("/dev/null");
    } else if (stdin instanceof Stdin.HereString h) {
      return !h.word().dynamic() && h.word().value().isBlank();
    } else if (stdin instanceof Stdin.Heredoc h) {
      return !h.dynamic() && h.body().isBlank();
    } else if (stdin instanceof Stdin.Pipe || stdin instanceof Stdin.Inherited) {
      return false;
    }
    throw new IllegalStateException("unexpected stdin: " + stdin);
  }

  private static void report(Findings findings, int index, Invocation inv, String what, Arg at) {
    findings
        .report(FindingCode.CRONTAB_REMOVE, index)
        .message(what + " removes every scheduled job of the user" + SystemRule.where(inv))
        .at(at)
        .safer("crontab -l > crontab.bak, then edit with crontab -e")
        .add();
  }
}
