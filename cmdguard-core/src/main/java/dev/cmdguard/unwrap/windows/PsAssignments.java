package dev.cmdguard.unwrap.windows;

import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Expression statements and assignments (about_Assignment_Operators): {@code $x = …} remembers a
 * static value for later ({@code $d = 'C:\\'; rm -r $d}); {@code $env:NAME = …} sets an environment
 * variable, a step ({@code set-item env:NAME}) because {@code PATH} decides which program a name
 * runs.
 */
final class PsAssignments {
  private final PsParser p;
  private final PsCursor c;

  PsAssignments(PsParser p) {
    this.p = p;
    this.c = p.c;
  }

  /** An expression at the start of a pipeline element, with an assignment when one follows. */
  PsParser.Ran statementExpression() {
    int from = c.pos;
    int mark = p.out.size();
    PsValue v = p.expressions.expression(true);
    c.skip(false);
    String op = assignment();
    if (op == null) {
      return new PsParser.Ran(-1, p.expressions.withProducers(v, mark));
    }
    String target = c.src.text.substring(from, c.pos - op.length()).strip();
    c.skip(true);
    PsValue value = p.statement().output();
    assign(
        target, op.equals("=") ? value : PsValue.unknown(target, value.producers(), value.span()));
    return new PsParser.Ran(-1, value);
  }

  private String assignment() {
    for (String op : new String[] {"??=", "+=", "-=", "*=", "/=", "%=", "="}) {
      if (c.at(op) && !(op.equals("=") && c.peek(1) == '=')) {
        c.pos += op.length();
        return op;
      }
    }
    return null;
  }

  /** Records {@code $name = value}; {@code $env:PATH = …} changes where programs are found. */
  private void assign(String target, PsValue value) {
    String t = target.replaceFirst("^\\[[^\\]]*\\]\\s*", "");
    if (!t.matches("\\$\\{?[A-Za-z_][A-Za-z0-9_:]*\\}?")) {
      return;
    }
    String name = t.replaceAll("[${}]", "");
    p.assign(name, value);
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.startsWith("env:")) {
      p.out.add(
          List.of(
              Arg.of("set-item", value.span()),
              Arg.of("-Path", Span.NONE),
              Arg.of("env:" + name.substring(4), value.span()),
              Arg.of("-Value", Span.NONE),
              value.arg(false)),
          -1,
          Optional.empty(),
          List.of(),
          Set.of(Invocation.Trait.SYNTHESIZED));
    }
  }
}
