package dev.cmdguard.rules.readonly;

import dev.cmdguard.rules.RuleContext;
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
 * run is judged separately. Shells and {@code eval} qualify only when their code is static text
 * (then the unwrapper has emitted its commands); a shell reading code from a file, an unknown pipe
 * or the terminal does not. {@code sudo} and friends never qualify (they are not listed), nor does
 * {@code nohup} (it writes {@code nohup.out}).
 */
final class Wrappers {
  static final Set<String> SHELLS =
      Set.of(
          "sh", "bash", "zsh", "dash", "ksh", "mksh", "ash", "rbash", "pdksh", "yash", "posh",
          "fish");

  private Wrappers() {}

  static Map<String, Judge> all() {
    Map<String, Judge> m = new HashMap<>();
    for (String p :
        List.of("command", "builtin", "nice", "stdbuf", "timeout", "xargs", "watch", "setsid")) {
      m.put(p, Judge.ALWAYS);
    }
    Options time = Options.forbidding("o", "--output").values("f", "--format");
    m.put("time", Utilities.option(time));
    Options ionice =
        Options.forbidding("pPu", "--pid", "--pgid", "--uid")
            .values("cn", "--class", "--classdata");
    m.put("ionice", Utilities.option(ionice));
    m.put("env", (inv, ctx) -> env(inv.args()));
    m.put("eval", (inv, ctx) -> eval(inv.args()));
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
      if (!a.isLiteral()) {
        return false;
      }
      if (v.equals("-u") || v.equals("--unset") || v.equals("-C") || v.equals("--chdir")) {
        i += 2;
      } else if (v.startsWith("-S") || v.startsWith("--split-string") || v.equals("--")) {
        return false;
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

  /** eval of static text: the unwrapper has emitted its commands. */
  private static boolean eval(List<Arg> args) {
    return args.stream().allMatch(a -> !a.dynamic())
        && Environment.harmlessText(args.stream().map(Arg::value).collect(Collectors.joining(" ")));
  }

  /**
   * A shell running static code: {@code bash -c 'ls'} (bash(1) "Invocation"), or code fed through a
   * here-document, a here-string or {@code echo … |}.
   */
  private static boolean shell(Invocation inv, RuleContext context) {
    Optional<Arg> script = commandText(inv.program(), inv.args());
    if (script == null) {
      return false;
    }
    if (script.isPresent()) {
      return !script.get().dynamic() && Environment.harmlessText(script.get().value());
    }
    if (!inv.has(Invocation.Trait.READS_SCRIPT_FROM_STDIN)) {
      return false;
    }
    return stdinText(inv, context).map(Environment::harmlessText).orElse(false);
  }

  /**
   * The {@code -c} text; empty when the shell has no {@code -c} and no operand (it reads standard
   * input); null when it runs a script file or an option runs other code ({@code fish -C}).
   */
  private static Optional<Arg> commandText(String program, List<Arg> args) {
    boolean dashC = false;
    for (int i = 0; i < args.size(); i++) {
      Arg a = args.get(i);
      String v = a.value();
      if (!a.isLiteral()) {
        return dashC ? Optional.of(a) : null;
      }
      if (v.equals("--init-file") || v.equals("--rcfile")) {
        i++;
      } else if (v.equals("--command")) {
        return i + 1 < args.size() ? Optional.of(args.get(i + 1)) : null;
      } else if (v.equals("--init-command") || v.equals("-C") && program.equals("fish")) {
        return null;
      } else if (v.startsWith("--")) {
        if (v.equals("--")) {
          return dashC && i + 1 < args.size() ? Optional.of(args.get(i + 1)) : null;
        }
      } else if ((v.startsWith("-") || v.startsWith("+")) && v.length() > 1) {
        dashC |= v.indexOf('c', 1) > 0;
        i += v.matches("[-+][a-zA-Z]*[oO]") ? 1 : 0;
      } else {
        return dashC ? Optional.of(a) : null;
      }
    }
    return dashC ? null : Optional.empty();
  }

  /** The code a shell reads from standard input, when it is static text. */
  private static Optional<String> stdinText(Invocation inv, RuleContext context) {
    return switch (inv.stdin()) {
      case Stdin.Heredoc h -> h.dynamic() ? Optional.empty() : Optional.of(h.body());
      case Stdin.HereString h ->
          h.word().dynamic() ? Optional.empty() : Optional.of(h.word().value());
      case Stdin.Pipe p -> echoed(context.invocation(p.producer()));
      case Stdin.File f -> Optional.empty();
      case Stdin.Inherited i -> Optional.empty();
    };
  }

  private static Optional<String> echoed(Invocation producer) {
    List<Arg> args = producer.args();
    if (!producer.program().equals("echo") || !args.stream().allMatch(Arg::isLiteral)) {
      return Optional.empty();
    }
    return Optional.of(args.stream().map(Arg::value).collect(Collectors.joining(" ")));
  }
}
