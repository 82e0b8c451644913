package dev.cmdguard.unwrap;

import dev.cmdguard.unwrap.inline.InlineCode;
import dev.cmdguard.unwrap.inline.Interpreter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Interpreters with inline code ({@code python3 -c}, {@code node -e}, {@code perl -e}, {@code ruby
 * -e}, {@code php -r}, {@code deno eval}, {@code lua -e}) or code read from standard input ({@code
 * curl … | python3}, {@code python3 - <<EOF}). Where the code is lives in {@link
 * InlineCode#locate}; what it does is analysed by {@link InlineCodeWork}.
 */
final class InterpreterCode implements Unwrapper {

  @Override
  public Set<String> programs() {
    return Set.of();
  }

  /** True for every interpreter name, versioned ones such as {@code python3.12} included. */
  static boolean matches(String program) {
    return Interpreter.forProgram(program).isPresent();
  }

  /** {@code python3 -c}, {@code node -e}, {@code deno eval}: the option that held the code. */
  private static String label(Call call, String code) {
    List<Arg> args = call.args();
    for (int i = 1; i < args.size(); i++) {
      if (args.get(i).value().equals(code)) {
        String flag = args.get(i - 1).value();
        return call.program() + " " + (flag.length() <= 12 ? flag : flag.substring(0, 12));
      }
    }
    return call.program();
  }

  @Override
  public Unwrapped unwrap(Call call) {
    Optional<Interpreter> interpreter = Interpreter.forProgram(call.program());
    if (interpreter.isEmpty() || call.args().stream().anyMatch(Arg::dynamic)) {
      return Unwrapped.NONE;
    }
    List<String> args = call.args().stream().map(Arg::value).toList();
    // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
    InlineCode.Source source = InlineCode.locate(interpreter.get(), args);
    if (source instanceof InlineCode.Source.Inline inline) {
      return Unwrapped.of(
          new Inner.Code(
              interpreter.get().language(),
              OptionScan.argument(call.args(), inline.code()),
              label(call, inline.code())));
    }
    if (source instanceof InlineCode.Source.Stdin) {
      return new Unwrapped(
          Set.of(Invocation.Trait.READS_SCRIPT_FROM_STDIN),
          List.of(
              new Inner.StdinScript(
                  Shells.stdinLabel(call.program(), call.input().stdin()),
                  Set.of(),
                  Optional.of(interpreter.get().language()))));
    }
    if (source instanceof InlineCode.Source.ScriptFile
        || source instanceof InlineCode.Source.Module
        || source instanceof InlineCode.Source.Other) {
      return Unwrapped.NONE;
    }
    throw new IllegalStateException("unexpected inline code source: " + source);
  }
}
