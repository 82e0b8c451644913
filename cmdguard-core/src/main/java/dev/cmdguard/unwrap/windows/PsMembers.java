package dev.cmdguard.unwrap.windows;

import java.util.ArrayList;
import java.util.List;

/**
 * What follows a PowerShell value (about_Properties, about_Methods): member access {@code .Name}
 * and {@code ::Name}, method calls read by {@link PsMethods}, and indexing {@code [i]}.
 */
final class PsMembers {
  private final PsParser p;
  private final PsCursor c;

  PsMembers(PsParser p) {
    this.p = p;
    this.c = p.c;
  }

  /** Member access, method calls and indexing after a value. */
  PsValue postfix(PsValue start, int from) {
    PsValue v = start;
    while (true) {
      boolean isStatic = c.at("::");
      if ((c.peek() == '.' && !c.at("..")) || isStatic) {
        int save = c.pos;
        c.pos += isStatic ? 2 : 1;
        String name = memberName();
        if (name.isEmpty()) {
          c.pos = save;
          return v;
        }
        if (c.peek() == '(') {
          List<PsValue> args = arguments();
          v = PsMethods.call(p, v, name, args, c.span(from), c.text(from));
        } else {
          v = PsMethods.property(v, name, isStatic, c.span(from), c.text(from));
        }
      } else if (c.peek() == '[') {
        c.pos++;
        PsValue index = p.expressions.expression(true);
        c.skip(true);
        if (c.peek() == ']') {
          c.pos++;
        }
        List<String> producers = new ArrayList<>(v.producers());
        producers.addAll(index.producers());
        v = PsValue.unknown(c.text(from), producers, c.span(from));
      } else if (c.at("++") || c.at("--")) {
        c.pos += 2;
      } else {
        return v;
      }
    }
  }

  private String memberName() {
    if (PsStrings.isQuote(c.peek())) {
      return p.expressions.strings.quoted().known().orElse("?");
    }
    if (c.peek() == '$') {
      c.pos++;
      c.variableName();
      return "?";
    }
    int from = c.pos;
    while (!c.end() && (Character.isLetterOrDigit(c.peek()) || c.peek() == '_')) {
      c.pos++;
    }
    return c.text(from);
  }

  /** {@code ( a, b )}: the arguments of a method call. */
  private List<PsValue> arguments() {
    List<PsValue> args = new ArrayList<>();
    c.pos++;
    while (true) {
      c.skip(true);
      if (c.end() || c.peek() == ')') {
        break;
      }
      int before = c.pos;
      args.add(p.expressions.expression(false));
      c.skip(true);
      if (c.peek() == ',') {
        c.pos++;
      } else if (c.peek() != ')' && c.pos == before) {
        c.pos++;
      } else if (c.peek() != ')') {
        break;
      }
    }
    if (c.peek() == ')') {
      c.pos++;
    }
    return args;
  }
}
