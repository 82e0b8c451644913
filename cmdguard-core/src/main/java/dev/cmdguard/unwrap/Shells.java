package dev.cmdguard.unwrap;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Shells (bash(1) "Invocation", sh, zsh, dash, ksh, mksh, ash, fish, csh, tcsh): {@code -c SCRIPT}
 * with any flags before or clustered with it ({@code -lc}, {@code -e -c}, {@code -o pipefail -c}),
 * recursively; the words after SCRIPT become {@code $0 $1 …}. Without {@code -c} and without a
 * script file, or with {@code -s}, the shell reads its script from standard input — a pipe, a
 * here-document or a here-string — which is followed when its text is known ({@code echo 'rm -rf /'
 * | sh}, {@code sh <<< …}, {@code bash <<'EOF'}) and flagged otherwise ({@code curl … | sh}).
 */
final class Shells implements Unwrapper {
  private static final OptionScan OPTIONS =
      OptionScan.of("oO", "--init-file", "--rcfile", "--command");

  @Override
  public Set<String> programs() {
    return Set.of(
        "sh", "bash", "zsh", "dash", "ksh", "mksh", "ash", "fish", "csh", "tcsh", "rbash", "pdksh",
        "yash", "posh");
  }

  @Override
  public Unwrapped unwrap(Call call) {
    List<Arg> args = call.args();
    OptionScan.Result r = OPTIONS.scan(plusAsDash(args));
    int operand = r.operand();
    List<Arg> rest = args.subList(operand, args.size());
    String label = call.program() + " -c";
    if (r.values().containsKey("--command")) {
      Arg text = OptionScan.argument(args, r.values().get("--command"));
      return Unwrapped.of(new Inner.Script(text, label, Set.of(), Optional.empty(), false));
    }
    if (r.has("-c") && !rest.isEmpty()) {
      Optional<List<String>> positional =
          rest.size() > 1 && rest.stream().noneMatch(Arg::dynamic)
              ? Optional.of(rest.subList(1, rest.size()).stream().map(Arg::value).toList())
              : Optional.empty();
      return Unwrapped.of(new Inner.Script(rest.get(0), label, Set.of(), positional, false));
    }
    if (!rest.isEmpty() && !r.has("-s")) {
      return scriptFile(call, rest.get(0));
    }
    return fromStdin(call);
  }

  /** {@code bash FILE}: the code is in a file (or a process substitution) the guard cannot read. */
  private static Unwrapped scriptFile(Call call, Arg file) {
    if (file.dynamic()) {
      return Unwrapped.of(
          new Inner.Script(
              file, call.program() + " " + file.value(), Set.of(), Optional.empty(), false));
    }
    if (file.value().equals("/dev/stdin") || file.value().equals("-")) {
      return fromStdin(call);
    }
    return Unwrapped.of(
        new Inner.Unseen(
            call.program()
                + " runs the script "
                + file.value()
                + ", whose contents are not analysed"));
  }

  static Unwrapped fromStdin(Call call) {
    Set<Invocation.Trait> traits = Set.of(Invocation.Trait.READS_SCRIPT_FROM_STDIN);
    String label = stdinLabel(call.program(), call.input().stdin());
    return new Unwrapped(traits, List.of(new Inner.StdinScript(label, Set.of(), Optional.empty())));
  }

  /** How a script fed through standard input reads in an origin chain. */
  static String stdinLabel(String program, Stdin stdin) {
    // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
    if (stdin instanceof Stdin.Pipe p) {
      return p.program() + " | " + program;
    }
    if (stdin instanceof Stdin.Heredoc) {
      return program + " <<heredoc";
    }
    if (stdin instanceof Stdin.HereString) {
      return program + " <<<";
    }
    if (stdin instanceof Stdin.File f) {
      return program + " < " + f.path().value();
    }
    if (stdin instanceof Stdin.Inherited) {
      return program;
    }
    throw new IllegalStateException("unexpected stdin: " + stdin);
  }

  /** {@code +o opt} takes a value like {@code -o opt}. */
  private static List<Arg> plusAsDash(List<Arg> args) {
    return args.stream()
        .map(
            a ->
                a.value().startsWith("+") && !a.dynamic()
                    ? Arg.of("-" + a.value().substring(1), a.span())
                    : a)
        .toList();
  }
}
