package dev.cmdguard.unwrap.inline;

import dev.cmdguard.unwrap.inline.Literals.Escapes;
import dev.cmdguard.unwrap.inline.Literals.Interpolation;
import dev.cmdguard.unwrap.inline.Token.Kind;
import java.util.List;
import java.util.Locale;

/**
 * Python tokens: comments, string literals with their prefixes ({@code r b u f} and combinations),
 * triple quotes, f-string fields (Python Language Reference, "Lexical analysis").
 */
final class PythonLexer {
  private static final List<String> PUNCT =
      List.of(
          "**=", "//=", ">>=", "<<=", "...", "**", "//", "==", "!=", "<=", ">=", "->", "+=", "-=",
          "*=", "/=", "%=", ":=", "<<", ">>", "|=", "&=", "^=");

  private PythonLexer() {}

  static List<Token> lex(String src, int base) {
    Chars in = new Chars(src, base);
    while (!in.done()) {
      char c = in.at(0);
      if (Character.isWhitespace(c) || c == '\\') {
        in.pos++;
      } else if (c == '#') {
        in.skipLine();
      } else if (Chars.isIdentStart(c)) {
        identOrString(in);
      } else if (c == '\'' || c == '"') {
        string(in, in.pos, "");
      } else if (Character.isDigit(c) || c == '.' && Character.isDigit(in.at(1))) {
        in.number();
      } else {
        in.punct(PUNCT);
      }
    }
    return in.tokens();
  }

  private static void identOrString(Chars in) {
    int start = in.pos;
    String word = in.ident();
    char q = in.at(0);
    String prefix = word.toLowerCase(Locale.ROOT);
    if ((q == '\'' || q == '"') && prefix.matches("[rbuf]{1,2}")) {
      string(in, start, prefix);
    } else {
      in.emit(Kind.IDENT, word, start);
    }
  }

  private static void string(Chars in, int start, String prefix) {
    char q = in.at(0);
    boolean triple = in.at(1) == q && in.at(2) == q;
    int bodyStart = in.pos + (triple ? 3 : 1);
    int bodyEnd = triple ? tripleEnd(in.src, bodyStart, q) : in.close(bodyStart, q, q, null);
    in.pos = Math.min(bodyEnd + (triple ? 3 : 1), in.src.length());
    Escapes escapes = prefix.contains("r") ? Escapes.NONE : Escapes.PYTHON;
    Interpolation interp = prefix.contains("f") ? Interpolation.PYTHON_F : Interpolation.NONE;
    in.quoted(Kind.STRING, start, new int[] {bodyStart, bodyEnd}, escapes, interp, q);
  }

  private static int tripleEnd(String src, int from, char q) {
    String close = String.valueOf(q).repeat(3);
    int i = from;
    while (i < src.length()) {
      if (src.charAt(i) == '\\') {
        i += 2;
      } else if (src.startsWith(close, i)) {
        return i;
      } else {
        i++;
      }
    }
    return src.length();
  }
}
