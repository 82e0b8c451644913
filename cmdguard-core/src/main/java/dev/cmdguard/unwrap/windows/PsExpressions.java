package dev.cmdguard.unwrap.windows;

import dev.cmdguard.unwrap.Invocation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PowerShell expressions (about_Operators, about_Parsing "expression mode"): operators, variables,
 * literals, type literals, sub-expressions {@code $( )} and {@code @( )}, parenthesized pipelines,
 * script blocks, hash tables, member access and method calls ({@link PsMethods}). The value of an
 * expression is static where PowerShell's would be ({@code 'Remove-' + 'Item'}, {@code '{0}' -f
 * 'x'}, {@code 'a' -replace 'a','b'}, {@code ('a','b') -join ''}); anything else is a run-time
 * value that remembers which commands produced it. Member access is {@link PsMembers}'s, command
 * arguments (argument mode) {@link PsArguments}'s.
 */
final class PsExpressions {
  private static final Set<String> OPERATORS =
      Set.of(
          "eq",
          "ne",
          "gt",
          "ge",
          "lt",
          "le",
          "like",
          "notlike",
          "match",
          "notmatch",
          "replace",
          "contains",
          "notcontains",
          "in",
          "notin",
          "is",
          "isnot",
          "as",
          "f",
          "join",
          "split",
          "and",
          "or",
          "xor",
          "band",
          "bor",
          "bxor",
          "shl",
          "shr");

  private final PsParser p;
  private final PsCursor c;
  final PsStrings strings;

  /** The label of script blocks read as arguments of the command being parsed. */
  String blockLabel = "{}";

  PsExpressions(PsParser p) {
    this.p = p;
    this.c = p.c;
    this.strings = new PsStrings(p);
  }

  /** A binary expression; {@code comma} allows the array operator {@code ,}. */
  PsValue expression(boolean comma) {
    int from = c.pos;
    PsValue v = unary();
    List<PsValue> array = new ArrayList<>();
    while (true) {
      c.skip(false);
      if (c.peek() == ',' && comma) {
        c.pos++;
        c.skip(true);
        array.add(v);
        v = unary();
        continue;
      }
      String op = binaryOperator();
      if (op == null) {
        break;
      }
      c.skip(true);
      PsValue right = unary();
      if (c.peek() == ',' && (op.equals("replace") || op.equals("f") || op.equals("join"))) {
        List<PsValue> items = new ArrayList<>(List.of(right));
        while (c.peek() == ',') {
          c.pos++;
          c.skip(true);
          items.add(unary());
          c.skip(false);
        }
        right = PsValue.array(items, c.span(from));
      }
      v = PsOperators.apply(v, op, right, c.span(from));
    }
    if (!array.isEmpty()) {
      array.add(v);
      return PsValue.array(array, c.span(from));
    }
    return v;
  }

  private String binaryOperator() {
    char x = c.peek();
    if (x == '-' && Character.isLetter(c.peek(1))) {
      int save = c.pos;
      c.pos++;
      String w = c.word().toLowerCase(Locale.ROOT);
      String base =
          w.length() > 1
                  && (w.charAt(0) == 'c' || w.charAt(0) == 'i')
                  && OPERATORS.contains(w.substring(1))
              ? w.substring(1)
              : w;
      if (OPERATORS.contains(base)) {
        return base;
      }
      c.pos = save;
      return null;
    }
    if (c.at("..") || c.at("??")) {
      c.pos += 2;
      return "..";
    }
    if ("+-*/%".indexOf(x) >= 0 && c.peek(1) != '=' && x != '\0') {
      c.pos++;
      return String.valueOf(x);
    }
    return null;
  }

  PsValue unary() {
    int from = c.pos;
    c.skip(false);
    char x = c.peek();
    if (x == '!' || (x == '-' && (c.at("-not") || c.at("-bnot")))) {
      c.pos += x == '!' ? 1 : (c.at("-not") ? 4 : 5);
      c.skip(true);
      return PsValue.unknown(c.text(from), unary().producers(), c.span(from));
    }
    if (x == '-' && (c.at("-join") || c.at("-split"))) {
      boolean join = c.at("-join");
      c.pos += join ? 5 : 6;
      c.skip(true);
      PsValue v = unary();
      return join
          ? PsOperators.apply(v, "join", PsValue.text("", c.span(from)), c.span(from))
          : PsValue.unknown(c.text(from), v.producers(), c.span(from));
    }
    if (x == '-' || x == '+' || x == ',') {
      c.pos++;
      PsValue v = unary();
      return x == ','
          ? PsValue.array(List.of(v), c.span(from))
          : PsValue.unknown(c.text(from), v.producers(), c.span(from));
    }
    if (x == '[') {
      return typeOrCast(from);
    }
    return p.members.postfix(primary(), from);
  }

  /** {@code [Type]::Member}, a cast {@code [int]$x}, or a type literal. */
  private PsValue typeOrCast(int from) {
    int close = closingBracket(c.pos);
    String type = c.src.text.substring(c.pos + 1, close).strip();
    c.pos = Math.min(close + 1, c.src.length());
    String norm = PsMethods.typeName(type);
    if (c.at("::")) {
      return p.members.postfix(
          PsValue.object("[" + type + "]", "type:" + norm, c.span(from)), from);
    }
    char n = c.peek();
    if (n == '$'
        || n == '('
        || n == '['
        || n == '\''
        || n == '"'
        || n == '@'
        || Character.isDigit(n)
        || n == '-') {
      PsValue v = unary();
      if (norm.equals("scriptblock") && v.isKnown()) {
        return PsMethods.scriptBlock(p, v, "[ScriptBlock]");
      }
      if (norm.equals("char") && v.known().filter(k -> k.matches("\\d{1,5}")).isPresent()) {
        return PsValue.text(String.valueOf((char) Integer.parseInt(v.known().get())), c.span(from));
      }
      return norm.matches("string|int|long|char|bool|object|array")
          ? v
          : v.withShown(c.text(from), c.span(from));
    }
    return PsValue.object("[" + type + "]", "type:" + norm, c.span(from));
  }

  private int closingBracket(int open) {
    int depth = 0;
    for (int i = open; i < c.src.length(); i++) {
      char x = c.src.at(i);
      if (x == '[') {
        depth++;
      } else if (x == ']' && --depth == 0) {
        return i;
      }
    }
    return c.src.length();
  }

  PsValue primary() {
    int from = c.pos;
    char x = c.peek();
    if ((x == '$' || x == '@') && c.peek(1) == '(') {
      c.pos += 2;
      return group(from, ')');
    }
    if (x == '@' && c.peek(1) == '{') {
      return hashtable(from);
    }
    if (x == '@' && PsStrings.isQuote(c.peek(1))) {
      return strings.hereString();
    }
    if (x == '(') {
      c.pos++;
      return group(from, ')');
    }
    if (x == '{') {
      return scriptBlock(blockLabel);
    }
    if (x == '$') {
      c.pos++;
      String name = c.variableName();
      return p.variable(name, c.span(from));
    }
    if (PsStrings.isQuote(x)) {
      return strings.quoted();
    }
    if (Character.isDigit(x) || (x == '.' && Character.isDigit(c.peek(1)))) {
      while (!c.end() && (Character.isLetterOrDigit(c.peek()) || c.peek() == '.') && !c.at("..")) {
        c.pos++;
      }
      return PsValue.text(c.text(from), c.span(from));
    }
    if (x == '\0' || PsCursor.ends(x) && x != '(') {
      if (!c.end() && x != '\n' && x != ';' && x != ')' && x != '}' && x != '|' && x != ',') {
        c.pos++;
      }
      return PsValue.unknown(c.text(from), List.of(), c.span(from));
    }
    while (!c.end()
        && !PsCursor.ends(c.peek())
        && c.peek() != '.'
        && c.peek() != '['
        && c.peek() != '=') {
      c.pos++;
    }
    if (c.pos == from) {
      c.pos++;
    }
    return PsValue.text(c.text(from), c.span(from));
  }

  /** {@code ( … )}, {@code $( … )}, {@code @( … )}: statements, their output as the value. */
  private PsValue group(int from, char close) {
    int mark = p.out.size();
    PsValue last =
        p.out.within(null, Set.of(Invocation.Trait.SUBSTITUTION), () -> p.statements(close));
    if (c.peek() == close) {
      c.pos++;
    } else {
      p.out.problem("powershell: a parenthesis is not closed");
    }
    PsValue v = withProducers(last, mark);
    return v.withShown(c.text(from), c.span(from));
  }

  /** A script block: its statements are analysed here, where it is written. */
  PsValue scriptBlock(String label) {
    int from = c.pos;
    c.pos++;
    p.out.within(label, Set.of(), () -> p.statements('}'));
    if (c.peek() == '}') {
      c.pos++;
    } else {
      p.out.problem("powershell: a brace is not closed");
    }
    return PsValue.object(c.text(from), "scriptblock", c.span(from));
  }

  /** {@code @{ key = value; … }}: the values are statements. */
  private PsValue hashtable(int from) {
    c.pos += 2;
    int mark = p.out.size();
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
      if (PsStrings.isQuote(c.peek()) || c.peek() == '$' || c.peek() == '(') {
        unary();
      } else {
        while (!c.end() && c.peek() != '=' && !PsCursor.ends(c.peek())) {
          c.pos++;
        }
      }
      c.skip(false);
      if (c.peek() == '=') {
        c.pos++;
        c.skip(true);
        p.statement();
      }
      if (c.pos == before) {
        c.pos++;
      }
    }
    if (c.peek() == '}') {
      c.pos++;
    }
    return withProducers(PsValue.object(c.text(from), "hashtable", c.span(from)), mark);
  }

  /** {@code v} with the programs of the steps added since {@code mark} among its producers. */
  PsValue withProducers(PsValue v, int mark) {
    if (p.out.size() <= mark) {
      return v;
    }
    Set<String> producers = new LinkedHashSet<>(v.producers());
    for (int i = mark; i < p.out.size(); i++) {
      producers.add(p.out.step(i).program());
    }
    return new PsValue(
        v.shown(),
        v.known(),
        List.copyOf(producers),
        v.type(),
        v.bytes(),
        v.item(),
        v.elements(),
        v.span());
  }
}
