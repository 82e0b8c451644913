package dev.cmdguard.unwrap;

import java.util.List;
import java.util.Set;

/**
 * Interpreters with inline code ({@code python3 -c}, {@code node -e}, {@code perl -e}, {@code ruby
 * -e}, {@code php -r}) or code read from standard input ({@code curl … | python3}, {@code python3
 * <<EOF}). Interim: finds the code argument; the analysis of the code lives in {@link
 * InlineCodeWork}.
 */
final class InterpreterCode implements Unwrapper {

  @Override
  public Set<String> programs() {
    return Set.of(
        "python", "python2", "python3", "pypy", "pypy3", "node", "nodejs", "perl", "ruby", "php");
  }

  /** True for versioned names such as {@code python3.12}. */
  static boolean matches(String program) {
    return program.matches("python[0-9]+(\\.[0-9]+)?");
  }

  @Override
  public Unwrapped unwrap(Call call) {
    String language = language(call.program());
    List<Arg> args = call.args();
    for (int i = 0; i < args.size(); i++) {
      String v = args.get(i).value();
      if (v.equals("-c")
          || v.equals("-e")
          || v.equals("-r")
          || v.equals("-E")
          || v.equals("-p")
          || v.equals("--eval")
          || v.equals("--print")) {
        if (i + 1 < args.size()) {
          return Unwrapped.of(new Inner.Code(language, args.get(i + 1), call.program() + " " + v));
        }
      }
      if (!v.startsWith("-")) {
        return Unwrapped.NONE;
      }
    }
    if (args.isEmpty() || args.get(args.size() - 1).value().equals("-")) {
      return new Unwrapped(
          Set.of(Invocation.Trait.READS_SCRIPT_FROM_STDIN),
          List.of(
              new Inner.StdinScript(
                  Shells.stdinLabel(call.program(), call.input().stdin()), Set.of(), language)));
    }
    return Unwrapped.NONE;
  }

  private static String language(String program) {
    if (program.startsWith("python") || program.startsWith("pypy")) {
      return "python";
    }
    return program.equals("nodejs") ? "node" : program;
  }
}
