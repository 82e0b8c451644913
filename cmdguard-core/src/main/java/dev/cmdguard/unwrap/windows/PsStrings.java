package dev.cmdguard.unwrap.windows;

import java.util.List;

/**
 * PowerShell string literals (about_Quoting_Rules): {@code '…'} is verbatim with {@code ''} for a
 * quote; {@code "…"} expands {@code $name}, {@code ${name}}, {@code $env:NAME} and {@code $( … )}
 * and reads {@code `} escapes ({@code `n}, {@code `t}, {@code `0}, {@code `$} …); here-strings
 * {@code @'…'@} and {@code @"…"@} span lines. The typographic quotes {@code ‘ ’ ‚ ‛} and {@code “ ”
 * „} count as {@code '} and {@code "}, as in PowerShell.
 */
final class PsStrings {
  private final PsParser p;
  private final PsCursor c;

  PsStrings(PsParser p) {
    this.p = p;
    this.c = p.c;
  }

  static boolean isQuote(char x) {
    return isSingle(x) || isDouble(x);
  }

  static boolean isSingle(char x) {
    return x == '\'' || x == '\u2018' || x == '\u2019' || x == '\u201a' || x == '\u201b';
  }

  static boolean isDouble(char x) {
    return x == '"' || x == '\u201c' || x == '\u201d' || x == '\u201e';
  }

  /** A quoted string at the cursor. */
  PsValue quoted() {
    int from = c.pos;
    boolean single = isSingle(c.peek());
    c.pos++;
    if (single) {
      StringBuilder sb = new StringBuilder();
      while (!c.end()) {
        char x = c.peek();
        if (isSingle(x)) {
          if (isSingle(c.peek(1))) {
            sb.append('\'');
            c.pos += 2;
            continue;
          }
          c.pos++;
          return known(sb.toString(), from);
        }
        sb.append(x);
        c.pos++;
      }
      p.out.problem("powershell: a quoted string is not closed");
      return known(sb.toString(), from);
    }
    return expandable(from, false);
  }

  /** A here-string at the cursor ({@code @'} or {@code @"}). */
  PsValue hereString() {
    int from = c.pos;
    boolean single = isSingle(c.peek(1));
    c.pos += 2;
    while (!c.end() && c.peek() != '\n') {
      c.pos++;
    }
    c.pos++;
    if (single) {
      int close = findHereEnd('\'');
      String text = c.src.text.substring(Math.min(c.pos, c.src.length()), close);
      c.pos = Math.min(c.src.length(), close + 3);
      return known(stripNewline(text), from);
    }
    return expandable(from, true);
  }

  private int findHereEnd(char quote) {
    for (int i = c.pos; i + 1 < c.src.length(); i++) {
      if (c.src.at(i) == '\n'
          && c.src.at(i + 1) == quote
          && i + 2 < c.src.length()
          && c.src.at(i + 2) == '@') {
        return i;
      }
    }
    p.out.problem("powershell: a here-string is not closed");
    return c.src.length();
  }

  private static String stripNewline(String s) {
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }

  /** The body of {@code "…"} (or a {@code @"…"@} here-string), the cursor after the opening. */
  private PsValue expandable(int from, boolean here) {
    PsValue value = null;
    StringBuilder sb = new StringBuilder();
    int pieceFrom = c.pos;
    while (!c.end()) {
      char x = c.peek();
      if (!here && isDouble(x)) {
        if (isDouble(c.peek(1))) {
          sb.append('"');
          c.pos += 2;
          continue;
        }
        c.pos++;
        return done(value, sb, pieceFrom, from);
      }
      if (here && x == '\n' && isDouble(c.peek(1)) && c.peek(2) == '@') {
        c.pos += 3;
        return done(value, sb, pieceFrom, from);
      }
      if (x == '`' && c.peek(1) != '\0') {
        sb.append(escape(c.peek(1)));
        c.pos += 2;
        continue;
      }
      if (x == '$'
          && (c.peek(1) == '('
              || c.peek(1) == '{'
              || Character.isLetterOrDigit(c.peek(1))
              || c.peek(1) == '_'
              || c.peek(1) == '?'
              || c.peek(1) == '$')) {
        value = flush(value, sb, pieceFrom);
        int at = c.pos;
        PsValue piece;
        if (c.peek(1) == '(') {
          piece = p.expressions.primary();
        } else {
          c.pos++;
          piece = p.variable(c.variableName(), c.span(at));
        }
        value = value == null ? piece : value.concat(piece, value.span().union(piece.span()));
        pieceFrom = c.pos;
        continue;
      }
      sb.append(x);
      c.pos++;
    }
    p.out.problem("powershell: a quoted string is not closed");
    return done(value, sb, pieceFrom, from);
  }

  private PsValue flush(PsValue value, StringBuilder sb, int pieceFrom) {
    if (sb.isEmpty()) {
      return value;
    }
    PsValue lit = PsValue.text(sb.toString(), c.src.span(pieceFrom, c.pos));
    sb.setLength(0);
    return value == null ? lit : value.concat(lit, value.span().union(lit.span()));
  }

  private PsValue done(PsValue value, StringBuilder sb, int pieceFrom, int from) {
    PsValue v = flush(value, sb, pieceFrom);
    if (v == null) {
      v = PsValue.text("", c.span(from));
    }
    if (c.src.anyUnknown(from, c.pos)) {
      return PsValue.unknown(c.text(from), v.producers(), c.span(from));
    }
    return v.withShown(c.text(from), c.span(from));
  }

  private PsValue known(String text, int from) {
    if (c.src.anyUnknown(from, c.pos)) {
      return PsValue.unknown(c.text(from), List.of(), c.span(from));
    }
    return PsValue.text(text, c.span(from)).withShown(c.text(from), c.span(from));
  }

  private static String escape(char x) {
    return switch (x) {
      case 'n' -> "\n";
      case 't' -> "\t";
      case 'r' -> "\r";
      case '0' -> "\0";
      case 'a' -> "\u0007";
      case 'b' -> "\b";
      case 'f' -> "\f";
      case 'v' -> "\u000b";
      case 'e' -> "\u001b";
      default -> String.valueOf(x);
    };
  }
}
