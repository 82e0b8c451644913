package dev.cmdguard.unwrap.inline;

import dev.cmdguard.unwrap.inline.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Comma-separated forms of {@link Parser}: parenthesized groups and tuples, list literals, call
 * arguments with and without parentheses, keyword arguments, spreads and {@code =>} pairs.
 */
final class Lists {
  private final Parser p;
  private boolean bare;

  Lists(Parser p) {
    this.p = p;
  }

  /** True while reading arguments written without parentheses. */
  boolean inBareArguments() {
    return bare;
  }

  /**
   * A parenthesized expression, tuple or list, after its opening bracket; unknown when it holds
   * something else (a comprehension), which is still scanned.
   */
  Val group(String close, boolean paren) {
    List<Val> items = new ArrayList<>();
    boolean comma = false;
    boolean clean = true;
    while (p.peek() != null && !p.at(close)) {
      int before = p.position();
      items.add(p.expression());
      pair(items);
      if (p.at(",")) {
        p.skip(1);
        comma = true;
      } else if (!p.at(close)) {
        clean = false;
        junk(close);
      }
      if (p.position() == before) {
        p.skip(1);
      }
    }
    p.skip(1);
    if (!clean) {
      return Val.unknown("expression");
    }
    return paren && items.size() == 1 && !comma ? items.get(0) : new Val.Lst(items);
  }

  /** {@code k => v} in a list: both items in Perl, the value elsewhere. */
  private void pair(List<Val> items) {
    if (p.at("=>")) {
      p.skip(1);
      Val value = p.expression();
      if (p.syntax().fatComma()) {
        items.add(value);
      } else {
        items.set(items.size() - 1, value);
      }
    }
  }

  /** Skips to the next comma or {@code close}, finding calls on the way, and past the comma. */
  private void junk(String close) {
    p.scanUntil(Set.of(",", close));
    if (p.at(",")) {
      p.skip(1);
    }
  }

  /** Reads call arguments up to {@code close}, after the opening bracket. */
  Args arguments(String close) {
    Args.Builder b = new Args.Builder();
    while (p.peek() != null && !p.at(close)) {
      int before = p.position();
      argument(b);
      if (p.at(",") || p.at("=>")) {
        p.skip(1);
        continue;
      }
      if (!p.at(close)) {
        junk(close);
      }
      if (p.position() == before) {
        p.skip(1);
      }
    }
    p.skip(1);
    return b.build();
  }

  /** Arguments without parentheses, up to the end of the statement or a modifier keyword. */
  Args bareArguments() {
    Args.Builder b = new Args.Builder();
    boolean outer = bare;
    bare = true;
    try {
      while (p.peek() != null && canStartBareArgument(p.peek())) {
        argument(b);
        if (!(p.at(",") || p.at("=>"))) {
          break;
        }
        p.skip(1);
      }
    } finally {
      bare = outer;
    }
    return b.build();
  }

  /** True when {@code t} can start an argument of a call written without parentheses. */
  boolean canStartBareArgument(Token t) {
    Syntax syn = p.syntax();
    return switch (t.kind()) {
      case STRING, TEMPLATE, SHELL, WORDS, NUMBER, VAR -> true;
      case IDENT -> !syn.stops().contains(t.text()) && !syn.binary().contains(t.text());
      case REGEX -> false;
      case PUNCT -> t.is("[") || t.is("\\");
    };
  }

  private void argument(Args.Builder b) {
    Token t = p.peek();
    Token t1 = p.peek(1);
    String keyword = p.syntax().keywordArg();
    if (t.kind() == Kind.IDENT && t1 != null && !keyword.isEmpty() && t1.is(keyword)) {
      p.skip(2);
      b.name(t.text(), p.expression());
      return;
    }
    if (t.is("*") || t.is("**") || t.is("...") || t.is("&") || t.is("@")) {
      p.skip(1);
      spread(b, t.text(), p.expression());
      return;
    }
    Val v = p.expression();
    if (p.at("=>") && !p.syntax().binary().contains("=>") && !p.syntax().fatComma()) {
      p.skip(1);
      b.name(Val.text(v), p.expression());
      return;
    }
    b.add(v);
  }

  private static void spread(Args.Builder b, String op, Val v) {
    // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
    if (v instanceof Val.Lst l) {
      l.items().forEach(b::add);
    } else if (v instanceof Val.Obj o && op.equals("**")) {
      o.fields().forEach(b::name);
    } else if (v instanceof Val.Unknown u) {
      b.add(u);
    } else {
      b.add(Val.unknown("spread"));
    }
  }
}
