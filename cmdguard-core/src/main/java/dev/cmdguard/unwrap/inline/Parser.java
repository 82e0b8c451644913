package dev.cmdguard.unwrap.inline;

import dev.cmdguard.unwrap.inline.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A forgiving expression reader shared by all languages. It finds calls ({@code a.b(c)}, {@code
 * system "x"}), folds literal strings, and reads every token exactly once: whatever it does not
 * understand it skips one token at a time, still looking inside for calls. So it never fails, and
 * runs in time linear in the number of tokens.
 */
final class Parser {
  private final List<Token> toks;
  private final Semantics sem;
  private final Syntax syn;
  private final Analysis analysis;
  private int i;
  private Token plainTarget;
  private final Postfix postfix = new Postfix(this);
  private final Lists lists = new Lists(this);

  Parser(List<Token> toks, Semantics sem, Analysis analysis) {
    this.toks = toks;
    this.sem = sem;
    this.syn = sem.syntax();
    this.analysis = analysis;
  }

  /** Reads all tokens. */
  void scanAll() {
    while (i < toks.size()) {
      statement();
    }
  }

  /** Reads all tokens; returns the value of the first expression (an interpolation). */
  Val firstThenRest() {
    Val v = expression();
    scanAll();
    return v;
  }

  private void statement() {
    int before = i;
    if (Statements.definition(this)) {
      return;
    }
    if (!sem.statement(this) && !Statements.multiAssignment(this)) {
      expression();
    }
    if (i == before) {
      i++;
    }
  }

  // ----------------------------------------------------------------- token access for statements

  /** The token {@code k} places ahead, or null. */
  Token peek(int k) {
    int j = i + k;
    return j >= 0 && j < toks.size() ? toks.get(j) : null;
  }

  Token peek() {
    return peek(0);
  }

  boolean at(String punct) {
    Token t = peek();
    return t != null && t.is(punct);
  }

  boolean atWord(String word) {
    Token t = peek();
    return t != null && t.isWord(word);
  }

  /** Returns the current token and moves past it; null at the end. */
  Token next() {
    Token t = peek();
    if (t != null) {
      i++;
    }
    return t;
  }

  /** Skips tokens up to (not past) one of {@code puncts}, still finding calls in them. */
  void scanUntil(Set<String> puncts) {
    while (i < toks.size() && !atAny(puncts)) {
      statement();
    }
  }

  private boolean atAny(Set<String> puncts) {
    Token t = peek();
    return t != null && t.kind() == Kind.PUNCT && puncts.contains(t.text());
  }

  // ------------------------------------------------------------------------------- expressions

  /** Reads one expression; reads nothing when none starts here. */
  Val expression() {
    if (!analysis.enter()) {
      return Val.unknown("expression");
    }
    try {
      return infix();
    } finally {
      analysis.leave();
    }
  }

  private Val infix() {
    Val left = unary();
    Token target = plainTarget;
    TextBuilder text = null;
    while (i < toks.size()) {
      Token t = toks.get(i);
      String op = t.text();
      boolean operator = t.kind() == Kind.PUNCT || t.kind() == Kind.IDENT;
      if (!operator || !syn.concat().contains(op) && !syn.binary().contains(op)) {
        break;
      }
      if (lists.inBareArguments() && syn.stops().contains(op)) {
        break;
      }
      i++;
      if (syn.concat().contains(op)
          && !op.equals("<<")
          && (text != null || left instanceof Val.Str)) {
        text = (text == null ? new TextBuilder().add(left) : text).add(unary());
        target = null;
        continue;
      }
      if (text != null) {
        left = text.build();
        text = null;
      }
      if (target != null && op.endsWith("=") && isAssignment(op)) {
        return assign(target, op, left);
      }
      left = sem.binary(op, left, unary());
      if (target != null && op.equals("<<") && syn.concat().contains(op)) {
        sem.replace(target.text(), left);
      }
      target = null;
    }
    return text == null ? left : text.build();
  }

  private static boolean isAssignment(String op) {
    return !Set.of("==", "!=", "<=", ">=", "===", "!==", "=~", "!~").contains(op);
  }

  private Val assign(Token target, String op, Val old) {
    Val value = expression();
    if (op.equals("=")) {
      sem.bind(target.text(), value);
      return value;
    }
    String base = op.substring(0, op.length() - 1);
    value = syn.concat().contains(base) ? sem.binary(base, old, value) : Val.unknown(target.text());
    sem.replace(target.text(), value);
    return value;
  }

  static boolean isName(Token t) {
    return t.kind() == Kind.IDENT || t.kind() == Kind.VAR;
  }

  private Val unary() {
    List<String> ops = new ArrayList<>();
    while (i < toks.size() && isPrefix(toks.get(i))) {
      ops.add(toks.get(i).text());
      i++;
    }
    Val v = postfix();
    for (int k = ops.size() - 1; k >= 0; k--) {
      v = sem.prefix(ops.get(k), v);
    }
    return v;
  }

  private boolean isPrefix(Token t) {
    return (t.kind() == Kind.PUNCT || t.kind() == Kind.IDENT) && syn.prefix().contains(t.text());
  }

  private Val postfix() {
    int start = i;
    Token first = peek();
    plainTarget = null;
    if (first == null) {
      return Val.unknown("expression");
    }
    Val v = primary();
    if (i == start) {
      return v;
    }
    boolean subscriptable = first.kind() == Kind.VAR;
    boolean callable =
        syn.variableCalls() || first.kind() != Kind.VAR || first.text().startsWith("&");
    Token target = isName(first) ? first : null;
    Val original = v;
    boolean mutated = false;
    while (i < toks.size()) {
      if (!callable && at("(")) {
        break;
      }
      mutated |=
          v instanceof Val.Method m && m.receiver() == original && at("(") && Mutation.mutates(m);
      Val step = postfix.step(v, first.start(), subscriptable);
      if (step == null) {
        break;
      }
      subscriptable = !postfix.lastWasCall();
      callable = true;
      v = step;
      target = null;
    }
    plainTarget = target;
    if (isName(first)
        && (mutated || v != original && atAssignment())
        && Mutation.container(original)) {
      sem.mutated(first.text());
    }
    return v;
  }

  /** True at {@code =} or a compound assignment ({@code x[0] = …}, {@code h['k'] += …}). */
  private boolean atAssignment() {
    Token t = peek();
    return t != null
        && t.kind() == Kind.PUNCT
        && t.text().endsWith("=")
        && isAssignment(t.text())
        && !t.text().equals("=>");
  }

  private Val primary() {
    Token t = peek();
    switch (t.kind()) {
      case STRING, TEMPLATE -> {
        i++;
        Val s = analysis.string(t.parts());
        while (syn.adjacentStrings() && peek() != null && peek().kind() == Kind.STRING) {
          s = Val.concat(s, analysis.string(next().parts()));
        }
        return s;
      }
      case SHELL -> {
        i++;
        analysis.shell(analysis.string(t.parts()), "backticks", t.start());
        return Val.unknown("output");
      }
      case WORDS -> {
        i++;
        return new Val.Lst(
            t.parts().stream().map(p -> (Val) Val.str(Literals.text(List.of(p)))).toList());
      }
      case NUMBER -> {
        i++;
        return new Val.Num(t.text());
      }
      case REGEX -> {
        i++;
        analysis.string(t.parts());
        return Val.unknown("regex");
      }
      case IDENT, VAR -> {
        i++;
        return t.kind() == Kind.IDENT && at("=>") ? Val.str(t.text()) : sem.name(t);
      }
      case PUNCT -> {
        return bracketed(t);
      }
    }
    return Val.unknown("expression");
  }

  private Val bracketed(Token t) {
    return switch (t.text()) {
      case "(" -> {
        i++;
        yield lists.group(")", true);
      }
      case "[" -> {
        i++;
        yield lists.group("]", false);
      }
      case "{" -> {
        i++;
        yield postfix.object();
      }
      default -> Val.unknown("expression");
    };
  }

  // ----------------------------------------------------------- used by Postfix, Lists, Statements

  Lists lists() {
    return lists;
  }

  Semantics semantics() {
    return sem;
  }

  Syntax syntax() {
    return syn;
  }

  Analysis analysis() {
    return analysis;
  }

  int position() {
    return i;
  }

  void skip(int n) {
    i = Math.min(i + n, toks.size());
  }
}
