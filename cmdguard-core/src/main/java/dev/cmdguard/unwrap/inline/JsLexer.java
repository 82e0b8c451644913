package dev.cmdguard.unwrap.inline;

import dev.cmdguard.unwrap.inline.Literals.Escapes;
import dev.cmdguard.unwrap.inline.Literals.Interpolation;
import dev.cmdguard.unwrap.inline.Token.Kind;
import java.util.List;
import java.util.Set;

/**
 * JavaScript tokens: comments, strings, template literals with {@code ${…}}, regular expression
 * literals told from division by the token before them (ECMA-262, "Lexical Grammar").
 */
final class JsLexer {
  private static final List<String> PUNCT =
      List.of(
          ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=", "=>", "==",
          "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "**",
          "<<", ">>", "&=", "|=", "^=");
  private static final Set<String> BEFORE_REGEX =
      Set.of(
          "return",
          "typeof",
          "case",
          "do",
          "else",
          "in",
          "of",
          "new",
          "delete",
          "void",
          "throw",
          "yield",
          "await",
          "instanceof");

  private JsLexer() {}

  static List<Token> lex(String src, int base) {
    Chars in = new Chars(src, base);
    if (in.looking("#!")) {
      in.skipLine();
    }
    while (!in.done()) {
      char c = in.at(0);
      if (Character.isWhitespace(c)) {
        in.pos++;
      } else if (in.looking("//")) {
        in.skipLine();
      } else if (in.looking("/*")) {
        in.skipPast("*/");
      } else if (Chars.isIdentStart(c) || c == '$' || c == '#') {
        int start = in.pos;
        in.pos++;
        in.emit(Kind.IDENT, c + in.ident("$"), start);
      } else if (c == '\'' || c == '"') {
        int start = in.pos;
        in.quoted(Kind.STRING, start, in.delimited(c, null), Escapes.JS, Interpolation.NONE, c);
      } else if (c == '`') {
        int start = in.pos;
        int[] body = in.delimited('`', "${");
        in.quoted(Kind.TEMPLATE, start, body, Escapes.JS, Interpolation.JS_TEMPLATE, c);
      } else if (Character.isDigit(c) || c == '.' && Character.isDigit(in.at(1))) {
        in.number();
      } else if (c == '/' && in.operandExpected(BEFORE_REGEX)) {
        regex(in);
      } else {
        in.punct(PUNCT);
      }
    }
    return in.tokens();
  }

  /** A regular expression literal: up to the unescaped {@code /} outside a class, then flags. */
  static void regex(Chars in) {
    int start = in.pos;
    int i = start + 1;
    boolean inClass = false;
    while (i < in.src.length()) {
      char c = in.src.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      } else if (c == '/' && !inClass || c == '\n') {
        break;
      }
      i++;
    }
    in.pos = Math.min(i + 1, in.src.length());
    in.ident();
    in.emit(Kind.REGEX, in.src.substring(start, in.pos), start);
  }
}
