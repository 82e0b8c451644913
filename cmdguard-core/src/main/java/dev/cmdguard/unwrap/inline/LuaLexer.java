package dev.cmdguard.unwrap.inline;

import dev.cmdguard.unwrap.inline.Literals.Escapes;
import dev.cmdguard.unwrap.inline.Literals.Interpolation;
import dev.cmdguard.unwrap.inline.Token.Kind;
import java.util.List;

/** Lua tokens: {@code --} and {@code --[[ ]]} comments, long brackets {@code [==[ … ]==]}. */
final class LuaLexer {
  private static final List<String> PUNCT =
      List.of("...", "..", "==", "~=", "<=", ">=", "::", "//", "<<", ">>");

  private LuaLexer() {}

  static List<Token> lex(String src, int base) {
    Chars in = new Chars(src, base);
    if (in.looking("#!")) {
      in.skipLine();
    }
    while (!in.done()) {
      char c = in.at(0);
      if (Character.isWhitespace(c)) {
        in.pos++;
      } else if (in.looking("--")) {
        in.pos += 2;
        if (longBracket(in) < 0) {
          in.skipLine();
        }
      } else if (c == '[' && (in.at(1) == '[' || in.at(1) == '=')) {
        int start = in.pos;
        int[] body = longBody(in);
        if (body == null) {
          in.punct(PUNCT);
        } else {
          in.quoted(Kind.STRING, start, body, Escapes.NONE, Interpolation.NONE, ']');
        }
      } else if (Chars.isIdentStart(c)) {
        int start = in.pos;
        in.emit(Kind.IDENT, in.ident(), start);
      } else if (c == '\'' || c == '"') {
        in.quoted(Kind.STRING, in.pos, in.delimited(c, null), Escapes.LUA, Interpolation.NONE, c);
      } else if (Character.isDigit(c)) {
        in.number();
      } else {
        in.punct(PUNCT);
      }
    }
    return in.tokens();
  }

  /** Skips a long bracket at the cursor; its end index, or -1 when there is none. */
  private static int longBracket(Chars in) {
    int[] body = longBody(in);
    return body == null ? -1 : in.pos;
  }

  /** Reads {@code [=*[ … ]=*]} at the cursor: the body range, or null (cursor unchanged). */
  private static int[] longBody(Chars in) {
    if (in.at(0) != '[') {
      return null;
    }
    int level = 0;
    while (in.at(1 + level) == '=') {
      level++;
    }
    if (in.at(1 + level) != '[') {
      return null;
    }
    int bodyStart = in.pos + level + 2;
    String close = "]" + "=".repeat(level) + "]";
    int end = in.src.indexOf(close, bodyStart);
    int bodyEnd = end < 0 ? in.src.length() : end;
    in.pos = end < 0 ? in.src.length() : end + close.length();
    return new int[] {bodyStart, bodyEnd};
  }
}
