package dev.cmdguard.rules.data;

import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.Stdin;
import java.util.List;
import java.util.Optional;

/**
 * The text an invocation reads on standard input when it is known without running anything: a
 * here-document, a here-string, or a pipe from {@code echo}, {@code printf} or {@code cat} of a
 * here-document ({@code echo 'DROP TABLE x' | psql}). A file ({@code psql < dump.sql}) is not read.
 */
final class StdinText {
  private StdinText() {}

  static Optional<String> of(Invocation inv, RuleContext context) {
    Optional<String> written = inv.stdin().text();
    if (written.isPresent() || !(inv.stdin() instanceof Stdin.Pipe)) {
      return written;
    }
    return context.producer(inv).flatMap(prod -> output(prod, context));
  }

  /** True when the input comes from somewhere the guard cannot read (a file, a program). */
  static boolean unseen(Invocation inv, RuleContext context) {
    return !(inv.stdin() instanceof Stdin.Inherited) && of(inv, context).isEmpty();
  }

  private static Optional<String> output(Invocation producer, RuleContext context) {
    List<Arg> args = producer.args();
    return switch (producer.program()) {
      case "echo" ->
          Optional.of(join(args.stream().dropWhile(a -> a.value().matches("-[neE]+")).toList()));
      case "printf" -> Optional.of(join(args));
      case "cat" -> args.isEmpty() ? of(producer, context) : Optional.empty();
      default -> Optional.empty();
    };
  }

  private static String join(List<Arg> args) {
    StringBuilder out = new StringBuilder();
    for (Arg a : args) {
      out.append(a.value()).append(' ');
    }
    return out.toString().replace("\\n", "\n");
  }
}
