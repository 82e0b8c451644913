package dev.cmdguard.unwrap.inline;

import dev.cmdguard.unwrap.inline.Token.Kind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names that take values at run time somewhere in the code: function and lambda parameters ({@code
 * def f(d)}, {@code (d) => …}, {@code d => …}, {@code |d|}), loop variables ({@code for d in …},
 * {@code foreach my $d}) and {@code as} bindings ({@code with … as d}, {@code foreach ($a as $d)}).
 * Such a name never keeps a literal assigned elsewhere: in {@code d = '/tmp/x'; dirs.forEach(d =>
 * rmSync(d))} the deleted path is not {@code /tmp/x}.
 *
 * <p>The scan is one pass over the tokens with a bounded look at each construct, so it stays
 * linear; it over-approximates (a hash key before {@code =>} may be taken for a parameter), which
 * only makes more values unknown.
 */
final class Shadowing {
  private static final int WINDOW = 64;
  private static final Set<String> FUNCTIONS = Set.of("def", "function", "sub", "fn", "catch");
  private static final Set<String> LOOPS = Set.of("for", "foreach");
  private static final Set<String> LOOP_SKIP =
      Set.of("(", "my", "our", "local", "const", "let", "var", "each", ",", "await");

  private Shadowing() {}

  static Set<String> names(List<Token> tokens) {
    Set<String> out = new HashSet<>();
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.kind() == Kind.IDENT && FUNCTIONS.contains(t.text())) {
        parameters(tokens, k + 1, out);
      } else if (t.isWord("lambda")) {
        until(tokens, k + 1, Set.of(":"), out);
      } else if (t.kind() == Kind.IDENT && LOOPS.contains(t.text())) {
        loop(tokens, k + 1, out);
      } else if (t.isWord("as")) {
        until(tokens, k + 1, Set.of(")", ":", ";"), out);
      } else if (t.is("=>")) {
        arrow(tokens, k, out);
      } else if (t.is("|")
          && k > 0
          && (tokens.get(k - 1).is("{") || tokens.get(k - 1).isWord("do"))) {
        until(tokens, k + 1, Set.of("|"), out);
      }
    }
    return out;
  }

  /** {@code [NAME] ( a, b = 1, *c )}: the names at the first level of the parentheses. */
  private static void parameters(List<Token> tokens, int from, Set<String> out) {
    int k = from;
    if (k < tokens.size() && tokens.get(k).kind() == Kind.IDENT) {
      k++;
    }
    if (k < tokens.size() && tokens.get(k).is("(")) {
      list(tokens, k, out);
    }
  }

  /** Names right after {@code (} or {@code ,} (or a spread) at depth one, up to the {@code )}. */
  private static void list(List<Token> tokens, int open, Set<String> out) {
    int depth = 0;
    for (int k = open; k < Math.min(tokens.size(), open + WINDOW); k++) {
      Token t = tokens.get(k);
      if (t.is("(") || t.is("[") || t.is("{")) {
        depth++;
      } else if (t.is(")") || t.is("]") || t.is("}")) {
        if (--depth == 0) {
          return;
        }
      } else if (depth == 1 && isName(t) && k > open && startsItem(tokens.get(k - 1))) {
        out.add(t.text());
      }
    }
  }

  private static boolean startsItem(Token before) {
    return before.is("(")
        || before.is(",")
        || before.is("*")
        || before.is("**")
        || before.is("...")
        || before.is("&");
  }

  /** {@code for (const a of …)}, {@code for a, b in …}, {@code foreach my $x (…)}. */
  private static void loop(List<Token> tokens, int from, Set<String> out) {
    for (int k = from; k < Math.min(tokens.size(), from + WINDOW); k++) {
      Token t = tokens.get(k);
      if (isName(t) && !LOOP_SKIP.contains(t.text())) {
        out.add(t.text());
      } else if (!LOOP_SKIP.contains(t.text()) && !t.is("[") && !t.is("]")) {
        return;
      }
    }
  }

  /** Names up to one of {@code stops}. */
  private static void until(List<Token> tokens, int from, Set<String> stops, Set<String> out) {
    for (int k = from; k < Math.min(tokens.size(), from + WINDOW); k++) {
      Token t = tokens.get(k);
      if (t.kind() == Kind.PUNCT && stops.contains(t.text())) {
        return;
      }
      if (isName(t)) {
        out.add(t.text());
      }
    }
  }

  /** {@code x => …} and {@code (a, b) => …}. */
  private static void arrow(List<Token> tokens, int at, Set<String> out) {
    Token before = at > 0 ? tokens.get(at - 1) : null;
    if (before != null && isName(before)) {
      out.add(before.text());
    } else if (before != null && before.is(")")) {
      int depth = 0;
      for (int k = at - 1; k >= Math.max(0, at - WINDOW); k--) {
        Token t = tokens.get(k);
        depth += t.is(")") ? 1 : t.is("(") ? -1 : 0;
        if (depth == 0) {
          list(tokens, k, out);
          return;
        }
      }
    }
  }

  private static boolean isName(Token t) {
    return t.kind() == Kind.IDENT || t.kind() == Kind.VAR;
  }
}
