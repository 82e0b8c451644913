package dev.cmdguard.unwrap.windows;

import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Invocation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * PowerShell expressions (about_Operators, about_Parsing "expression mode"): operators, variables,
 * literals, type literals, sub-expressions {@code $( )} and {@code @( )}, parenthesized pipelines,
 * script blocks, hash tables, member access and method calls ({@link PsMethods}). The value of an
 * expression is static where PowerShell's would be ({@code 'Remove-' + 'Item'}, {@code '{0}' -f
 * 'x'}, {@code 'a' -replace 'a','b'}, {@code ('a','b') -join ''}); anything else is a run-time
 * value that remembers which commands produced it. Command arguments ({@link #commandArgument}) are
 * read in argument mode, where barewords are strings.
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
  private final PsStrings strings;

  /** The label of script blocks read as arguments of the command being parsed. */
  String blockLabel = "{}";

  PsExpressions(PsParser p) {
    this.p = p;
    this.c = p.c;
    this.strings = new PsStrings(p);
  }

  /** An expression at the start of a pipeline element, with an assignment when one follows. */
  PsParser.Ran statementExpression() {
    int from = c.pos;
    int mark = p.out.size();
    PsValue v = expression(true);
    c.skip(false);
    String op = assignment();
    if (op == null) {
      return new PsParser.Ran(-1, withProducers(v, mark));
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
              dev.cmdguard.unwrap.Arg.of("set-item", value.span()),
              dev.cmdguard.unwrap.Arg.of("-Path", Span.NONE),
              dev.cmdguard.unwrap.Arg.of("env:" + name.substring(4), value.span()),
              dev.cmdguard.unwrap.Arg.of("-Value", Span.NONE),
              value.arg(false)),
          -1,
          Optional.empty(),
          List.of(),
          Set.of(Invocation.Trait.SYNTHESIZED));
    }
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
    return postfix(primary(), from);
  }

  /** {@code [Type]::Member}, a cast {@code [int]$x}, or a type literal. */
  private PsValue typeOrCast(int from) {
    int close = closingBracket(c.pos);
    String type = c.src.text.substring(c.pos + 1, close).strip();
    c.pos = Math.min(close + 1, c.src.length());
    String norm = PsMethods.typeName(type);
    if (c.at("::")) {
      return postfix(PsValue.object("[" + type + "]", "type:" + norm, c.span(from)), from);
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
        PsValue index = expression(true);
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
      return strings.quoted().known().orElse("?");
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
      args.add(expression(false));
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

  /**
   * A command argument in argument mode: barewords, quoted strings, variables with member access,
   * {@code $( )}, {@code ( )}, script blocks, concatenated when written without blanks ({@code
   * C:\$dir\x}). {@code cmdlet} marks a cmdlet's argument, whose wildcards glob.
   */
  PsValue commandArgument(boolean cmdlet) {
    int from = c.pos;
    PsValue value = null;
    StringBuilder literal = new StringBuilder();
    boolean glob = false;
    int literalFrom = c.pos;
    while (!c.end()) {
      char x = c.peek();
      PsValue piece = null;
      if (x == '{' && value == null && literal.isEmpty()) {
        piece = scriptBlock(blockLabel);
      } else if (x == '(' || ((x == '$' || x == '@') && c.peek(1) == '(')) {
        piece = postfix(primary(), c.pos);
      } else if (x == '@' && (c.peek(1) == '{' || PsStrings.isQuote(c.peek(1)))) {
        piece = primary();
      } else if (PsCursor.ends(x)) {
        break;
      } else if (PsStrings.isQuote(x)) {
        piece = strings.quoted();
      } else if (x == '$' && c.peek(1) != '\0' && !PsCursor.ends(c.peek(1))) {
        int at = c.pos;
        c.pos++;
        String name = c.variableName();
        piece = postfix(p.variable(name, c.span(at)), at);
      } else if (x == '`' && c.peek(1) != '\0') {
        literal.append(c.peek(1));
        c.pos += 2;
        continue;
      } else {
        if (literal.isEmpty()) {
          literalFrom = c.pos;
        }
        glob |= x == '*' || x == '?' || x == '[';
        literal.append(x);
        c.pos++;
        continue;
      }
      value = join(value, literal, literalFrom, piece);
      literal.setLength(0);
    }
    value = join(value, literal, literalFrom, null);
    if (value == null) {
      value = PsValue.text("", c.span(from));
    }
    if (c.src.anyUnknown(from, c.pos)) {
      value = PsValue.unknown(c.text(from), value.producers(), c.span(from));
    }
    if (!glob || !cmdlet) {
      return value.withShown(c.text(from), c.span(from)).withItem(value.item());
    }
    return value.withShown(c.text(from), c.span(from));
  }

  private PsValue join(PsValue value, StringBuilder literal, int literalFrom, PsValue piece) {
    PsValue v = value;
    if (!literal.isEmpty()) {
      PsValue lit =
          PsValue.text(literal.toString(), c.src.span(literalFrom, literalFrom + literal.length()));
      v = v == null ? lit : v.concat(lit, v.span().union(lit.span()));
    }
    if (piece != null) {
      v = v == null ? piece : v.concat(piece, v.span().union(piece.span()));
    }
    return v;
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
