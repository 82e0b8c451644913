package dev.cmdguard.unwrap;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builtins that run text as shell code in the current shell: {@code eval} (its arguments joined by
 * spaces, bash manual "Bourne Shell Builtins"), {@code trap 'code' SIGNALS} (the code runs later),
 * and {@code source}/{@code .}, which are followed when the file is a process substitution or
 * standard input whose text is known ({@code source <(echo …)}), and flagged otherwise.
 */
final class EvalLike implements Unwrapper {

  @Override
  public Set<String> programs() {
    return Set.of("eval", "trap", "source", ".");
  }

  @Override
  public Unwrapped unwrap(Call call) {
    List<Arg> args = call.args();
    return switch (call.program()) {
      case "eval" -> eval(args);
      case "trap" -> trap(args);
      default -> source(call, args);
    };
  }

  private static Unwrapped eval(List<Arg> args) {
    List<Arg> code =
        args.isEmpty() || !args.get(0).value().equals("--") ? args : args.subList(1, args.size());
    if (code.isEmpty()) {
      return Unwrapped.NONE;
    }
    Arg text =
        code.size() == 1
            ? code.get(0)
            : Expander.join(code, code.get(0).span().union(code.get(code.size() - 1).span()));
    return Unwrapped.of(new Inner.Script(text, "eval", Set.of(), Optional.empty(), true));
  }

  private static Unwrapped trap(List<Arg> args) {
    if (args.size() < 2 || args.get(0).value().startsWith("-")) {
      return Unwrapped.NONE;
    }
    return Unwrapped.of(new Inner.Script(args.get(0), "trap", Set.of(), Optional.empty(), true));
  }

  private static Unwrapped source(Call call, List<Arg> args) {
    if (args.isEmpty()) {
      return Unwrapped.NONE;
    }
    Arg file = args.get(0);
    if (file.value().equals("/dev/stdin") || file.value().equals("-")) {
      return Shells.fromStdin(call);
    }
    if (file.dynamic()) {
      return Unwrapped.of(
          new Inner.Script(
              file, call.program() + " " + file.value(), Set.of(), Optional.empty(), true));
    }
    return Unwrapped.of(
        new Inner.Unseen(
            call.program() + " " + file.value() + " runs a file whose contents are not analysed"));
  }
}
