package dev.cmdguard.unwrap.inline;

import dev.cmdguard.unwrap.inline.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/** Statements every language shares: definitions, and assignments to several names at once. */
final class Statements {
  private Statements() {}

  /**
   * {@code def NAME}, {@code function NAME}, {@code sub NAME}: the name being defined is not a call
   * ({@code function exec() {…}}); the parameters and body are read as usual.
   */
  static boolean definition(Parser p) {
    Token t = p.peek();
    Token name = p.peek(1);
    boolean keyword = t.isWord("def") || t.isWord("function") || t.isWord("sub");
    if (keyword && name != null && name.kind() == Kind.IDENT) {
      p.skip(2);
      return true;
    }
    return false;
  }

  /** {@code a, b = x, y} and {@code my ($a, $b) = (…)}: binds each name; false when not one. */
  static boolean multiAssignment(Parser p) {
    int j = 0;
    Token first = p.peek();
    if (first.kind() == Kind.IDENT && p.syntax().prefix().contains(first.text())) {
      j++;
    }
    boolean bracket = p.peek(j) != null && (p.peek(j).is("(") || p.peek(j).is("["));
    if (bracket) {
      j++;
    }
    List<String> names = new ArrayList<>();
    while (p.peek(j) != null && Parser.isName(p.peek(j))) {
      names.add(p.peek(j).text());
      j++;
      if (p.peek(j) == null || !p.peek(j).is(",")) {
        break;
      }
      j++;
    }
    if (bracket && p.peek(j) != null && (p.peek(j).is(")") || p.peek(j).is("]"))) {
      j++;
    }
    if (names.size() < (bracket ? 1 : 2) || p.peek(j) == null || !p.peek(j).is("=")) {
      return false;
    }
    p.skip(j + 1);
    bind(p, names, values(p));
    return true;
  }

  private static List<Val> values(Parser p) {
    List<Val> values = new ArrayList<>();
    do {
      values.add(p.expression());
    } while (p.at(",") && p.next() != null);
    return values.size() == 1 && values.get(0) instanceof Val.Lst l ? l.items() : values;
  }

  /** Binds names to values pairwise; when the counts differ nothing is known. */
  private static void bind(Parser p, List<String> names, List<Val> values) {
    for (int k = 0; k < names.size(); k++) {
      boolean paired = values.size() == names.size();
      p.semantics().bind(names.get(k), paired ? values.get(k) : Val.unknown(names.get(k)));
    }
  }
}
