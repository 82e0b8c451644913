package dev.cmdguard.unwrap.inline;

import dev.cmdguard.unwrap.inline.Token.Kind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The postfix forms of {@link Parser}: member access, calls with and without parentheses, element
 * access, tagged templates; and map or object literals.
 */
final class Postfix {
  private final Parser p;
  private boolean lastWasCall;

  Postfix(Parser p) {
    this.p = p;
  }

  boolean lastWasCall() {
    return lastWasCall;
  }

  /**
   * Applies one postfix form to {@code v}.
   *
   * @param offset where the whole expression starts, reported as the call's offset
   * @param subscriptable true when {@code {key}} is element access here (after a Perl variable)
   * @return the new value, or null when no postfix form follows
   */
  Val step(Val v, int offset, boolean subscriptable) {
    Token t = p.peek();
    Syntax syn = p.syntax();
    Semantics sem = p.semantics();
    lastWasCall = false;
    if (t.kind() == Kind.PUNCT && syn.member().contains(t.text())) {
      return member(v, t, offset);
    }
    if (t.is("(")) {
      p.skip(1);
      lastWasCall = true;
      return sem.call(v, p.lists().arguments(")"), offset);
    }
    if (t.is("[")) {
      p.skip(1);
      return index(v, "]", offset);
    }
    if (t.is("{") && syn.braceSubscripts() && subscriptable) {
      p.skip(1);
      return index(v, "}", offset);
    }
    if (t.kind() == Kind.TEMPLATE && syn.taggedTemplates()) {
      p.skip(1);
      lastWasCall = true;
      return sem.call(v, Args.of(p.analysis().string(t.parts())), offset);
    }
    if (sem.bareCall(v) && p.lists().canStartBareArgument(t)) {
      lastWasCall = true;
      return sem.call(v, p.lists().bareArguments(), offset);
    }
    return null;
  }

  private Val member(Val v, Token op, int offset) {
    Token n = p.peek(1);
    if (n == null) {
      return null;
    }
    String normalized = op.text().equals("?.") || op.text().equals("&.") ? "." : op.text();
    if (n.kind() == Kind.IDENT) {
      p.skip(2);
      return p.semantics().member(v, normalized, n.text(), offset);
    }
    if (n.is("(")) {
      p.skip(2);
      lastWasCall = true;
      return p.semantics().call(v, p.lists().arguments(")"), offset);
    }
    if (n.is("[") || n.is("{")) {
      p.skip(2);
      return index(v, n.is("[") ? "]" : "}", offset);
    }
    if (n.kind() == Kind.VAR) {
      p.skip(2);
      p.analysis().opaque("member named by a variable (" + op.text() + n.text() + ")");
      return Val.unknown(n.text());
    }
    return null;
  }

  private Val index(Val base, String close, int offset) {
    if (close.equals("]") && reversedSlice()) {
      return p.semantics().call(new Val.Method(base, "__reversed__"), Args.NONE, offset);
    }
    Token k = p.peek();
    Token k1 = p.peek(1);
    Val key;
    if (close.equals("}") && k != null && k.kind() == Kind.IDENT && k1 != null && k1.is("}")) {
      p.skip(1);
      key = Val.str(k.text());
    } else {
      key = p.expression();
    }
    if (!p.at(close)) {
      p.scanUntil(Set.of(close));
      key = Val.unknown("key");
    }
    p.skip(1);
    return p.semantics().index(base, key);
  }

  /** Python's {@code [::-1]}. */
  private boolean reversedSlice() {
    boolean split = p.peek() != null && p.peek().is(":") && p.peek(1) != null && p.peek(1).is(":");
    int k = split ? 2 : p.peek() != null && p.peek().is("::") ? 1 : -1;
    if (k < 0) {
      return false;
    }
    Token minus = p.peek(k);
    Token one = p.peek(k + 1);
    Token close = p.peek(k + 2);
    boolean match =
        minus != null
            && minus.is("-")
            && one != null
            && one.text().equals("1")
            && close != null
            && close.is("]");
    if (match) {
      p.skip(k + 3);
    }
    return match;
  }

  /**
   * A map or object literal after its {@code {}: {@code {k: v}}, {@code {'k': v}}, {@code {k =>
   * v}}, {@code {k}}, {@code {...o}}. Anything else (a block) is scanned for calls and gives an
   * unknown value.
   */
  Val object() {
    Map<String, Val> fields = new LinkedHashMap<>();
    boolean clean = true;
    while (p.peek() != null && !p.at("}")) {
      int before = position();
      clean &= entry(fields);
      if (p.at(",")) {
        p.skip(1);
      } else if (!p.at("}")) {
        clean = false;
        p.scanUntil(Set.of(",", "}"));
        if (p.at(",")) {
          p.skip(1);
        }
      }
      if (position() == before) {
        p.skip(1);
      }
    }
    p.skip(1);
    return clean ? new Val.Obj(fields) : Val.unknown("object");
  }

  private boolean entry(Map<String, Val> fields) {
    Token k = p.peek();
    Token k1 = p.peek(1);
    boolean keyed = k1 != null && (k1.is(":") || k1.is("=>"));
    boolean literalKey =
        k.kind() == Kind.IDENT || k.kind() == Kind.STRING || k.kind() == Kind.NUMBER;
    if (literalKey && keyed) {
      p.skip(2);
      fields.put(k.kind() == Kind.STRING ? Literals.text(k.parts()) : k.text(), p.expression());
      return true;
    }
    if (k.kind() == Kind.IDENT && k1 != null && (k1.is(",") || k1.is("}"))) {
      p.skip(1);
      fields.put(k.text(), p.semantics().name(k));
      return true;
    }
    if (k.is("...") || k.is("**")) {
      p.skip(1);
      if (p.expression() instanceof Val.Obj o) {
        fields.putAll(o.fields());
        return true;
      }
      return false;
    }
    p.expression();
    if (p.at(":") || p.at("=>")) {
      p.skip(1);
      p.expression();
    }
    return false;
  }

  private int position() {
    return p.position();
  }
}
