package dev.cmdguard.unwrap.inline;

import dev.cmdguard.unwrap.inline.Literals.Escapes;

/**
 * Backslash escapes of double-quoted literals: the union of what Python, JavaScript, Perl, Ruby,
 * PHP and Lua accept (backslash n, t, xHH, x{H…}, uHHHH, u{H…}, UHHHHHHHH, octal NNN, N{NAME}, e,
 * cX), so that {@code '\x72\x6d -rf /'} reads as {@code rm -rf /}.
 */
final class Escape {
  private Escape() {}

  /**
   * Decodes the escape at {@code raw[i] == '\\'} into {@code out}.
   *
   * @return the index after the escape
   */
  static int read(String raw, int i, Escapes style, StringBuilder out) {
    if (i + 1 >= raw.length()) {
      out.append('\\');
      return i + 1;
    }
    char c = raw.charAt(i + 1);
    int j = i + 2;
    switch (c) {
      case 'n' -> out.append('\n');
      case 't' -> out.append('\t');
      case 'r' -> out.append('\r');
      case 'f' -> out.append('\f');
      case 'b' -> out.append('\b');
      case 'v' -> out.append('\u000B');
      case 'a' -> out.append('\u0007');
      case 'e' -> out.append('\u001B');
      case 's' -> out.append(style == Escapes.RUBY ? " " : "\\s");
      case '\n' -> {
        // a line continuation
      }
      case 'x' -> j = hex(raw, j, 2, out);
      case 'u' -> j = style == Escapes.PERL ? j : hex(raw, j, 4, out);
      case 'U' -> j = style == Escapes.PYTHON ? hex(raw, j, 8, out) : j;
      case 'N' -> j = named(raw, j, out);
      case 'c' -> j = style == Escapes.PERL ? control(raw, j, out) : append(out, "c", j);
      case 'z' -> j = style == Escapes.LUA ? skipSpace(raw, j) : append(out, "\\z", j);
      case 'l', 'L', 'Q', 'E' -> j = style == Escapes.PERL ? j : append(out, unknown(style, c), j);
      default -> {
        if (c >= '0' && c <= '9' && (c <= '7' || style == Escapes.LUA)) {
          j = number(raw, i + 1, style == Escapes.LUA ? 10 : 8, out);
        } else if (Character.isLetterOrDigit(c)) {
          out.append(unknown(style, c));
        } else {
          out.append(c);
        }
      }
    }
    return j;
  }

  private static String unknown(Escapes style, char c) {
    return style == Escapes.PYTHON || style == Escapes.PHP ? "\\" + c : String.valueOf(c);
  }

  private static int append(StringBuilder out, String s, int j) {
    out.append(s);
    return j;
  }

  /** Backslash xHH, x{H…}, u{H…}: up to {@code max} hex digits, or braced. */
  private static int hex(String raw, int j, int max, StringBuilder out) {
    boolean braced = j < raw.length() && raw.charAt(j) == '{';
    int start = braced ? j + 1 : j;
    int end = start;
    while (end < raw.length()
        && Character.digit(raw.charAt(end), 16) >= 0
        && (braced || end - start < max)) {
      end++;
    }
    if (end == start) {
      out.append(braced ? "" : "\\x");
      return braced ? Math.min(end + 1, raw.length()) : j;
    }
    appendCodePoint(out, raw.substring(start, Math.min(end, start + 8)), 16);
    return braced && end < raw.length() && raw.charAt(end) == '}' ? end + 1 : end;
  }

  /** Octal {@code \NNN} (or Lua's decimal {@code \ddd}), at most three digits. */
  private static int number(String raw, int start, int radix, StringBuilder out) {
    int end = start;
    while (end < raw.length() && end - start < 3 && Character.digit(raw.charAt(end), radix) >= 0) {
      end++;
    }
    appendCodePoint(out, raw.substring(start, end), radix);
    return end;
  }

  /** {@code \N{U+263A}} (Perl) or {@code \N{DIGIT ONE}} (Python, Perl). */
  private static int named(String raw, int j, StringBuilder out) {
    int close = j < raw.length() && raw.charAt(j) == '{' ? Chars.indexWithin(raw, '}', j, 256) : -1;
    if (close < 0) {
      out.append("\\N");
      return j;
    }
    String name = raw.substring(j + 1, close);
    if (name.startsWith("U+")) {
      appendCodePoint(out, name.substring(2), 16);
    } else {
      try {
        out.appendCodePoint(Character.codePointOf(name));
      } catch (IllegalArgumentException unknownName) {
        // an unknown character name decodes to nothing
      }
    }
    return close + 1;
  }

  private static int control(String raw, int j, StringBuilder out) {
    if (j < raw.length()) {
      out.append((char) (Character.toUpperCase(raw.charAt(j)) ^ 64));
      return j + 1;
    }
    return j;
  }

  private static int skipSpace(String raw, int j) {
    int k = j;
    while (k < raw.length() && Character.isWhitespace(raw.charAt(k))) {
      k++;
    }
    return k;
  }

  private static void appendCodePoint(StringBuilder out, String digits, int radix) {
    try {
      int cp = Integer.parseInt(digits, radix);
      if (Character.isValidCodePoint(cp)) {
        out.appendCodePoint(cp);
      }
    } catch (NumberFormatException tooLong) {
      // not a character
    }
  }
}
