package dev.cmdguard.rules.system;

import dev.cmdguard.shell.Assignment;
import dev.cmdguard.shell.Command;
import dev.cmdguard.shell.Script;
import dev.cmdguard.shell.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The variable assignments of a script ({@code NAME=value} alone or before a command), with static
 * values, found in the syntax tree ({@link Syntax}): invocations do not carry them.
 */
final class Assignments {
  /** One static assignment, as {@code NAME=value} text. */
  record Static(String text, Span span) {}

  private final List<Static> out = new ArrayList<>();

  private Assignments() {}

  static List<Static> of(Script script) {
    Assignments a = new Assignments();
    Syntax.each(
        script,
        c -> {
          if (c instanceof Command.Simple s) {
            s.assignments().forEach(a::assignment);
          }
        });
    return a.out;
  }

  private void assignment(Assignment a) {
    if (a.append() || a.array()) {
      return;
    }
    a.value().staticValue().ifPresent(v -> out.add(new Static(a.name() + "=" + v, a.span())));
  }
}
