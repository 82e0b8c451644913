package dev.cmdguard.rules.readonly;

import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.shell.BashParser;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.Stdin;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Wrappers that only run something else, which the unwrap stage turns into invocations of their
 * own: they count as read-only themselves when their own options do nothing else, since what they
 * run is judged separately. Shells, {@code eval} and {@code watch} qualify only when their code is
 * static text (then the unwrapper has emitted its commands) and assigns no variable that steers a
 * program ({@link Assignments}); a shell reading code from a file, an unknown pipe or the terminal
 * does not. {@code sudo} and friends never qualify (they are not listed), nor does {@code nohup}
 * (it writes {@code nohup.out}).
 */
final class Wrappers {
  static final Set<String> SHELLS =
      Set.of(
          "sh", "bash", "zsh", "dash", "ksh", "mksh", "ash", "rbash", "pdksh", "yash", "posh",
          "fish");

  private Wrappers() {}

  static Map<String, Judge> all() {
    Map<String, Judge> m = new HashMap<>();
    for (String p : List.of("command", "builtin", "nice", "stdbuf", "timeout", "xargs", "setsid")) {
      m.put(p, Judge.ALWAYS);
    }
    m.put("time", Utilities.option(Options.forbidding("o", "--output").values("f", "--format")));
    Options ionice =
        Options.forbidding("pPu", "--pid", "--pgid", "--uid")
            .values("cn", "--class", "--classdata");
    m.put("ionice", Utilities.option(ionice));
    Options watch = Options.forbidding("").values("n", "--interval");
    m.put(
        "watch", (inv, ctx) -> watch.operands(inv.args()).map(Wrappers::staticCode).orElse(false));
    m.put("env", (inv, ctx) -> env(inv.args()));
    m.put("eval", (inv, ctx) -> staticCode(inv.args()));
    SHELLS.forEach(s -> m.put(s, Wrappers::shell));
    return m;
  }

  /**
   * env(1) with a command and harmless assignments; without a command it prints the environment,
   * secrets included. {@code -S} splits a string into a command line: not judged here.
   */
  private static boolean env(List<Arg> args) {
    int i = 0;
    while (i < args.size()) {
      Arg a = args.get(i);
      String v = a.value();
      if (!a.isLiteral()
          || v.startsWith("-S")
          || v.startsWith("--split-string")
          || v.equals("--")) {
        return false;
      }
      if (v.equals("-u") || v.equals("--unset") || v.equals("-C") || v.equals("--chdir")) {
        i += 2;
      } else if (v.startsWith("-")) {
        i++;
      } else if (v.matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
        int eq = v.indexOf('=');
        if (!Environment.harmlessExported(v.substring(0, eq), v.substring(eq + 1))) {
          return false;
        }
        i++;
      } else {
        return true;
      }
    }
    return false;
  }

  /** Words joined into shell code, as eval and watch do: static, with harmless assignments. */
  private static boolean staticCode(List<Arg> words) {
    return words.stream().noneMatch(Arg::dynamic)
        && harmlessCode(words.stream().map(Arg::value).collect(Collectors.joining(" ")));
  }

  private static boolean harmlessCode(String code) {
    return Assignments.harmless(BashParser.parse(code).script());
  }

  /**
   * A shell running static code: {@code bash -c 'ls'} (bash(1) "Invocation"), or code fed through a
   * here-document, a here-string or {@code echo … |}.
   */
  private static boolean shell(Invocation inv, RuleContext context) {
    ShellCode code = commandText(inv.program(), inv.args());
    if (!code.judged()) {
      return false;
    }
    if (code.text().isPresent()) {
      return !code.text().get().dynamic() && harmlessCode(code.text().get().value());
    }
    return inv.has(Invocation.Trait.READS_SCRIPT_FROM_STDIN)
        && stdinText(inv, context).map(Wrappers::harmlessCode).orElse(false);
  }

  /**
   * What a shell runs, as far as its own arguments tell.
   *
   * @param judged false when it runs a script file, or an option runs other code ({@code fish -C},
   *     an rc file)
   * @param text the {@code -c} code; empty when the shell reads standard input
   */
  private record ShellCode(boolean judged, Optional<Arg> text) {
    static final ShellCode NOT_JUDGED = new ShellCode(false, Optional.empty());
    static final ShellCode STDIN = new ShellCode(true, Optional.empty());

    static ShellCode of(List<Arg> args, int i) {
      return i < args.size() ? new ShellCode(true, Optional.of(args.get(i))) : NOT_JUDGED;
    }
  }

  private static ShellCode commandText(String program, List<Arg> args) {
    boolean dashC = false;
    for (int i = 0; i < args.size(); i++) {
      Arg a = args.get(i);
      String v = a.value();
      boolean option = a.isLiteral() && (v.startsWith("-") || v.startsWith("+")) && v.length() > 1;
      if (!option) {
        return dashC ? ShellCode.of(args, i) : ShellCode.NOT_JUDGED;
      }
      if (v.equals("--command") || v.equals("--")) {
        return dashC || v.equals("--command") ? ShellCode.of(args, i + 1) : ShellCode.NOT_JUDGED;
      }
      if (v.equals("--init-file")
          || v.equals("--rcfile")
          || v.equals("--init-command")
          || v.equals("-C") && program.equals("fish")) {
        return ShellCode.NOT_JUDGED;
      }
      if (!v.startsWith("--")) {
        dashC |= v.indexOf('c', 1) > 0;
        i += v.matches("[-+][a-zA-Z]*[oO]") ? 1 : 0;
      }
    }
    return dashC ? ShellCode.NOT_JUDGED : ShellCode.STDIN;
  }

  /** The code a shell reads from standard input, when it is static text. */
  private static Optional<String> stdinText(Invocation inv, RuleContext context) {
    // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
    Stdin stdin = inv.stdin();
    if (stdin instanceof Stdin.Heredoc h) {
      return h.dynamic() ? Optional.empty() : Optional.of(h.body());
    } else if (stdin instanceof Stdin.HereString h) {
      return h.word().dynamic() ? Optional.empty() : Optional.of(h.word().value());
    } else if (stdin instanceof Stdin.Pipe p) {
      return echoed(context.invocation(p.producer()));
    } else if (stdin instanceof Stdin.File || stdin instanceof Stdin.Inherited) {
      return Optional.empty();
    }
    throw new IllegalStateException("unexpected stdin: " + stdin);
  }

  private static Optional<String> echoed(Invocation producer) {
    List<Arg> args = producer.args();
    if (!producer.program().equals("echo") || !args.stream().allMatch(Arg::isLiteral)) {
      return Optional.empty();
    }
    return Optional.of(args.stream().map(Arg::value).collect(Collectors.joining(" ")));
  }
}
