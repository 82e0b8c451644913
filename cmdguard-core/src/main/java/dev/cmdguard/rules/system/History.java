package dev.cmdguard.rules.system;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code HISTORY_TAMPERING}: erasing or switching off the record of what was run, which hides an
 * agent's actions from the human reviewing them afterwards (MITRE ATT&CK T1070.003, "Clear Command
 * History"). The bash builtins ({@code history -c}, {@code history -d}, {@code history -w
 * /dev/null}, {@code set +o history}), the variables bash reads (bash manual, "Bash Variables":
 * {@code HISTFILE} unset, empty or {@code /dev/null}, {@code HISTSIZE=0}, {@code HISTFILESIZE=0},
 * zsh {@code SAVEHIST=0}, {@code HISTIGNORE='*'}), fish {@code history clear}, and deleting,
 * truncating or overwriting a history file ({@code rm ~/.bash_history}, {@code > ~/.zsh_history}).
 */
final class History {
  static final Set<String> PROGRAMS =
      Set.of("history", "set", "unset", "export", "declare", "typeset", "readonly", "local");

  /** Programs whose operands (or last operand, for ln) may be a history file they destroy. */
  static final Set<String> FILE_PROGRAMS =
      Set.of("rm", "shred", "truncate", "unlink", "srm", "wipe", "mv", "ln", "cp", "tee", "dd");

  /** History files of shells and REPLs: .bash_history, .zsh_history, fish_history, … */
  private static final Pattern FILE =
      Pattern.compile("(?:.*/)?(?:\\.[a-z_*]*history|\\.zhistory|fish_history)$");

  private History() {}

  static void check(RuleContext context, Findings findings, int index, Invocation inv) {
    switch (inv.program()) {
      case "history" -> builtin(findings, index, inv);
      case "set" -> {
        List<String> a = values(inv);
        int at = a.indexOf("+o");
        if (at >= 0 && at + 1 < a.size() && a.get(at + 1).equals("history")) {
          report(findings, index, "set +o history stops recording commands", inv.args().get(at));
        }
      }
      case "unset" -> {
        for (Arg arg : inv.args()) {
          if (arg.value().equals("HISTFILE")) {
            report(findings, index, "unset HISTFILE stops saving the shell history", arg);
          }
        }
      }
      case "export", "declare", "typeset", "readonly", "local" -> {
        for (Arg arg : inv.args()) {
          assignment(arg.value()).ifPresent(what -> report(findings, index, what, arg));
        }
      }
      default -> {}
    }
  }

  private static void builtin(Findings findings, int index, Invocation inv) {
    List<String> a = values(inv);
    if (a.isEmpty()) {
      return;
    }
    String first = a.get(0);
    boolean clears = first.matches("-[a-z]*c[a-z]*") || first.equals("clear");
    boolean deletes = first.equals("-d") || first.equals("delete") || first.equals("--delete");
    boolean nullWrite = first.matches("-[a-z]*w[a-z]*") && a.contains("/dev/null");
    if (clears || deletes || nullWrite) {
      report(
          findings,
          index,
          "history " + String.join(" ", a) + " erases the shell history",
          inv.args().get(0));
    }
  }

  /** Deleting, truncating or overwriting a history file, by operand or by redirection. */
  static void files(RuleContext context, Findings findings, int index, Invocation inv) {
    List<Arg> args = inv.args();
    List<Arg> candidates =
        switch (inv.program()) {
          case "rm", "shred", "truncate", "unlink", "srm", "wipe", "mv" -> args;
          case "ln" -> args.isEmpty() ? List.of() : List.of(args.get(args.size() - 1));
          default -> Writes.targets(inv);
        };
    for (Arg arg : candidates) {
      if (!arg.dynamic() && FILE.matcher(arg.value()).matches() && inHome(context, inv, arg)) {
        report(
            findings,
            index,
            inv.program() + " " + arg.value() + " erases or rewrites the shell history",
            arg);
        return;
      }
    }
  }

  /** History files live in the home directory (fish: ~/.local/share/fish). */
  private static boolean inHome(RuleContext context, Invocation inv, Arg arg) {
    String home = context.paths().home();
    return context
        .resolve(inv, arg)
        .absolute()
        .map(
            p ->
                p.startsWith(home + "/") && p.indexOf('/', home.length() + 1) < 0
                    || p.startsWith(home + "/.local/share/fish/"))
        .orElse(false);
  }

  /** What a {@code NAME=value} does to the history, if anything. */
  static Optional<String> assignment(String text) {
    int eq = text.indexOf('=');
    if (eq <= 0) {
      return Optional.empty();
    }
    String name = text.substring(0, eq);
    String value = text.substring(eq + 1);
    boolean off =
        switch (name) {
          case "HISTFILE" -> value.isEmpty() || value.equals("/dev/null");
          case "HISTSIZE", "HISTFILESIZE", "SAVEHIST" -> value.equals("0");
          case "HISTIGNORE" -> value.equals("*") || value.startsWith("*:") || value.endsWith(":*");
          default -> false;
        };
    return off ? Optional.of(text + " stops the shell from keeping its history") : Optional.empty();
  }

  /** {@code HISTSIZE=0} and {@code HISTFILE=/dev/null cmd} as written in the top-level script. */
  static void checkAssignments(RuleContext context, Findings findings) {
    Assignments.of(context.analysis().parse().script())
        .forEach(
            a ->
                assignment(a.text())
                    .ifPresent(
                        what ->
                            findings
                                .report(FindingCode.HISTORY_TAMPERING, -1)
                                .message(what)
                                .at(a.span())
                                .add()));
  }

  private static void report(Findings findings, int index, String what, Arg at) {
    findings.report(FindingCode.HISTORY_TAMPERING, index).message(what).at(at).add();
  }

  private static List<String> values(Invocation inv) {
    return inv.args().stream().map(Arg::value).toList();
  }
}
