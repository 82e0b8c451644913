package dev.cmdguard.unwrap.windows;

import dev.cmdguard.unwrap.Invocation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The PowerShell statements that start with a keyword (about_Language_Keywords): their conditions
 * and bodies are analysed as statements, every branch whatever the condition; a function's body
 * carries {@link Invocation.Trait#FUNCTION_BODY} and the function's name is remembered, so that
 * calling it is not taken for a program.
 */
final class PsKeywords {
  private PsKeywords() {}

  /** The statement starting with keyword {@code w}, or empty when {@code w} is not one here. */
  static Optional<PsParser.Ran> statement(PsParser p, String w) {
    PsCursor c = p.c;
    int save = c.pos;
    c.word();
    c.skip(false);
    PsParser.Ran none = new PsParser.Ran(-1, PsValue.unknown(w, List.of(), c.span(save)));
    switch (w) {
      case "if" -> {
        condition(p);
        block(p);
        while (true) {
          int at = c.pos;
          c.skip(true);
          String next = c.peekWord();
          if (next.equals("elseif")) {
            c.word();
            c.skip(false);
            condition(p);
            block(p);
          } else if (next.equals("else")) {
            c.word();
            c.skip(true);
            block(p);
            return Optional.of(none);
          } else {
            c.pos = at;
            return Optional.of(none);
          }
        }
      }
      case "while", "for" -> {
        condition(p);
        block(p);
        return Optional.of(none);
      }
      case "foreach" -> {
        if (c.peek() == '-') {
          c.word(); // -parallel
          c.skip(false);
        }
        if (c.peek() != '(') {
          c.pos = save;
          return Optional.empty();
        }
        foreachHead(p);
        block(p);
        return Optional.of(none);
      }
      case "do" -> {
        block(p);
        c.skip(true);
        String until = c.peekWord();
        if (until.equals("while") || until.equals("until")) {
          c.word();
          c.skip(false);
          condition(p);
        }
        return Optional.of(none);
      }
      case "switch" -> {
        return Optional.of(switchStatement(p, none));
      }
      case "try" -> {
        block(p);
        while (true) {
          int at = c.pos;
          c.skip(true);
          String next = c.peekWord();
          if (next.equals("catch")) {
            c.word();
            c.skip(true);
            while (c.peek() == '[' || c.peek() == ',') {
              skipBracket(c);
              c.skip(true);
            }
            block(p);
          } else if (next.equals("finally")) {
            c.word();
            c.skip(true);
            block(p);
          } else {
            c.pos = at;
            return Optional.of(none);
          }
        }
      }
      case "trap" -> {
        if (c.peek() == '[') {
          skipBracket(c);
          c.skip(true);
        }
        block(p);
        return Optional.of(none);
      }
      case "function", "filter", "workflow", "configuration" -> {
        return Optional.of(function(p, w, none));
      }
      case "param" -> {
        condition(p);
        return Optional.of(none);
      }
      case "begin", "process", "end", "dynamicparam", "clean" -> {
        if (c.peek() != '{') {
          c.pos = save;
          return Optional.empty();
        }
        block(p);
        return Optional.of(none);
      }
      case "return", "exit", "throw" -> {
        if (!atStatementEnd(c)) {
          return Optional.of(p.chain());
        }
        return Optional.of(none);
      }
      case "break", "continue" -> {
        if (!atStatementEnd(c)) {
          c.word();
        }
        return Optional.of(none);
      }
      case "class", "enum" -> {
        p.out.problem("powershell: a " + w + " definition is not analysed");
        while (!c.end() && c.peek() != '{') {
          c.pos++;
        }
        skipBraces(c);
        return Optional.of(none);
      }
      case "using" -> {
        String kind = c.peekWord();
        if (!kind.equals("namespace")) {
          p.out.problem("powershell: 'using " + kind + "' loads code that is not analysed");
        }
        while (!c.end() && c.peek() != '\n' && c.peek() != ';') {
          c.pos++;
        }
        return Optional.of(none);
      }
      case "data" -> {
        while (!c.end() && c.peek() != '{') {
          c.pos++;
        }
        block(p);
        return Optional.of(none);
      }
      default -> {
        c.pos = save;
        return Optional.empty();
      }
    }
  }

  private static PsParser.Ran function(PsParser p, String keyword, PsParser.Ran none) {
    PsCursor c = p.c;
    int from = c.pos;
    while (!c.end() && !Character.isWhitespace(c.peek()) && c.peek() != '{' && c.peek() != '(') {
      c.pos++;
    }
    String name = c.text(from);
    c.skip(true);
    if (keyword.equals("workflow") || keyword.equals("configuration")) {
      p.out.problem("powershell: a " + keyword + " is not analysed");
    }
    String simple = name.contains(":") ? name.substring(name.indexOf(':') + 1) : name;
    p.functions.add(simple.toLowerCase(Locale.ROOT));
    p.out.within(
        simple + "()",
        Set.of(Invocation.Trait.FUNCTION_BODY),
        () -> {
          if (c.peek() == '(') {
            condition(p);
            c.skip(true);
          }
          block(p);
          return null;
        });
    return none;
  }

  private static PsParser.Ran switchStatement(PsParser p, PsParser.Ran none) {
    PsCursor c = p.c;
    while (c.peek() == '-') {
      c.pos++;
      String option = c.word().toLowerCase(Locale.ROOT);
      c.skip(false);
      if (option.startsWith("f")) {
        p.arguments.commandArgument(false);
        c.skip(false);
      }
    }
    if (c.peek() == '(') {
      condition(p);
    }
    c.skip(true);
    if (c.peek() != '{') {
      p.out.problem("powershell: a switch without a body");
      return none;
    }
    c.pos++;
    while (true) {
      c.skip(true);
      while (c.peek() == ';') {
        c.pos++;
        c.skip(true);
      }
      if (c.end() || c.peek() == '}') {
        break;
      }
      int before = c.pos;
      if (c.peek() == '{') {
        block(p);
      } else {
        p.arguments.commandArgument(false);
      }
      c.skip(true);
      if (c.peek() == '{') {
        block(p);
      }
      if (c.pos == before) {
        c.pos++;
      }
    }
    if (c.peek() == '}') {
      c.pos++;
    }
    return none;
  }

  /** {@code ($item in PIPELINE)}: the loop variable takes the pipeline's items. */
  private static void foreachHead(PsParser p) {
    PsCursor c = p.c;
    c.pos++;
    c.skip(true);
    int from = c.pos;
    if (c.peek() == '$') {
      c.pos++;
      String name = c.variableName();
      c.skip(true);
      if (c.peekWord().equals("in")) {
        c.word();
        c.skip(true);
        PsParser.Ran items = p.chain();
        p.assign(
            name,
            PsValue.unknown("$" + name, items.output().producers(), c.span(from))
                .withItem(java.util.Optional.empty()));
      }
    }
    p.statements(')');
    if (c.peek() == ')') {
      c.pos++;
    } else {
      p.out.problem("powershell: a parenthesis is not closed");
    }
    c.skip(false);
  }

  /** {@code ( … )}: the statements inside a condition or a loop head. */
  static void condition(PsParser p) {
    PsCursor c = p.c;
    c.skip(true);
    if (c.peek() != '(') {
      return;
    }
    c.pos++;
    p.statements(')');
    if (c.peek() == ')') {
      c.pos++;
    } else {
      p.out.problem("powershell: a parenthesis is not closed");
    }
    c.skip(false);
  }

  /** {@code { … }}: the statements of a body. */
  static void block(PsParser p) {
    PsCursor c = p.c;
    c.skip(true);
    if (c.peek() != '{') {
      return;
    }
    c.pos++;
    p.statements('}');
    if (c.peek() == '}') {
      c.pos++;
    } else {
      p.out.problem("powershell: a brace is not closed");
    }
  }

  static boolean atStatementEnd(PsCursor c) {
    char x = c.peek();
    return c.end() || x == '\n' || x == '\r' || x == ';' || x == '}' || x == ')' || x == '|';
  }

  private static void skipBracket(PsCursor c) {
    int depth = 0;
    while (!c.end()) {
      char x = c.peek();
      c.pos++;
      if (x == '[') {
        depth++;
      } else if (x == ']' && --depth <= 0) {
        return;
      } else if (x == ',' && depth == 0) {
        return;
      }
    }
  }

  private static void skipBraces(PsCursor c) {
    int depth = 0;
    while (!c.end()) {
      char x = c.peek();
      c.pos++;
      if (x == '{') {
        depth++;
      } else if (x == '}' && --depth <= 0) {
        return;
      }
    }
  }
}
