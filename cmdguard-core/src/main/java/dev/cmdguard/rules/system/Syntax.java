package dev.cmdguard.rules.system;

import dev.cmdguard.shell.Command;
import dev.cmdguard.shell.Script;
import java.util.function.Consumer;

/**
 * Walks the top-level syntax tree for the few facts invocations do not carry: variable assignments
 * and the shape of function bodies. Nested scripts ({@code bash -c '…'}) are parsed inside the
 * unwrapper and not seen here.
 */
final class Syntax {
  private Syntax() {}

  /** Calls {@code visit} for every command of {@code script}, compound ones before their parts. */
  static void each(Script script, Consumer<Command> visit) {
    script.commands().forEach(c -> each(c, visit));
  }

  /** Calls {@code visit} for {@code command} and every command inside it. */
  static void each(Command command, Consumer<Command> visit) {
    visit.accept(command);
    // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
    if (command instanceof Command.Simple) {
      // no commands inside
    } else if (command instanceof Command.Pipeline p) {
      p.commands().forEach(c -> each(c, visit));
    } else if (command instanceof Command.AndOr a) {
      each(a.left(), visit);
      each(a.right(), visit);
    } else if (command instanceof Command.Background b) {
      each(b.command(), visit);
    } else if (command instanceof Command.Negation n) {
      each(n.command(), visit);
    } else if (command instanceof Command.Subshell s) {
      each(s.body(), visit);
    } else if (command instanceof Command.Group g) {
      each(g.body(), visit);
    } else if (command instanceof Command.If i) {
      i.branches().forEach(b -> each(b.body(), visit));
      i.elseBody().ifPresent(body -> each(body, visit));
    } else if (command instanceof Command.Loop l) {
      each(l.body(), visit);
    } else if (command instanceof Command.For f) {
      each(f.body(), visit);
    } else if (command instanceof Command.ArithmeticFor f) {
      each(f.body(), visit);
    } else if (command instanceof Command.Case c) {
      c.items().forEach(item -> each(item.body(), visit));
    } else if (command instanceof Command.FunctionDefinition f) {
      each(f.body(), visit);
    } else if (command instanceof Command.Redirected r) {
      each(r.body(), visit);
    } else if (command instanceof Command.Arithmetic
        || command instanceof Command.Test
        || command instanceof Command.Unparsed) {
      // no commands visited inside
    } else {
      throw new IllegalStateException("unexpected command: " + command);
    }
  }

  /** True when a function named {@code name} is defined in {@code script} with a loop inside. */
  static boolean functionLoops(Script script, String name) {
    boolean[] loops = {false};
    each(
        script,
        c -> {
          if (c instanceof Command.FunctionDefinition f && f.name().equals(name)) {
            each(
                f.body(),
                inner ->
                    loops[0] |=
                        inner instanceof Command.Loop
                            || inner instanceof Command.For
                            || inner instanceof Command.ArithmeticFor);
          }
        });
    return loops[0];
  }
}
