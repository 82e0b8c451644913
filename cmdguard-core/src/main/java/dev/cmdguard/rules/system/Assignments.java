package dev.cmdguard.rules.system;

import dev.cmdguard.shell.Assignment;
import dev.cmdguard.shell.Command;
import dev.cmdguard.shell.Script;
import dev.cmdguard.shell.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The variable assignments of a script ({@code NAME=value} alone or before a command), with static
 * values, found in the syntax tree: invocations do not carry them. Covers the top-level script and
 * the bodies of its compound commands; nested scripts ({@code bash -c '…'}) are parsed inside the
 * unwrapper and not seen here.
 */
final class Assignments {
  /** One static assignment, as {@code NAME=value} text. */
  record Static(String text, Span span) {}

  private final List<Static> out = new ArrayList<>();

  private Assignments() {}

  static List<Static> of(Script script) {
    Assignments a = new Assignments();
    a.script(script);
    return a.out;
  }

  private void script(Script script) {
    script.commands().forEach(this::command);
  }

  private void command(Command command) {
    switch (command) {
      case Command.Simple s -> s.assignments().forEach(this::assignment);
      case Command.Pipeline p -> p.commands().forEach(this::command);
      case Command.AndOr a -> {
        command(a.left());
        command(a.right());
      }
      case Command.Background b -> command(b.command());
      case Command.Negation n -> command(n.command());
      case Command.Subshell s -> script(s.body());
      case Command.Group g -> script(g.body());
      case Command.If i -> {
        i.branches().forEach(b -> script(b.body()));
        i.elseBody().ifPresent(this::script);
      }
      case Command.Loop l -> script(l.body());
      case Command.For f -> script(f.body());
      case Command.ArithmeticFor f -> script(f.body());
      case Command.Case c -> c.items().forEach(item -> script(item.body()));
      case Command.FunctionDefinition f -> command(f.body());
      case Command.Redirected r -> command(r.body());
      case Command.Arithmetic a -> {}
      case Command.Test t -> {}
      case Command.Unparsed u -> {}
    }
  }

  private void assignment(Assignment a) {
    if (a.append() || a.array()) {
      return;
    }
    a.value().staticValue().ifPresent(v -> out.add(new Static(a.name() + "=" + v, a.span())));
  }
}
