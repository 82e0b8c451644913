package dev.cmdguard.shell;

/**
 * Decodes the text of {@code $'…'} (bash manual, "ANSI-C Quoting"): {@code \a \b \e \E \f \n \r \t
 * \v \\ \' \" \?}, {@code \nnn} (octal, one to three digits), {@code \xHH} (one or two hex digits),
 * <code>&#92;uHHHH</code> and <code>&#92;UHHHHHHHH</code> (Unicode, one to four or eight hex
 * digits) and {@code \cX} (control-X). Other backslashes stay. Like bash, the value ends at a NUL
 * character.
 */
final class AnsiC {
  private AnsiC() {}

  static String decode(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c != '\\' || i + 1 >= raw.length()) {
        out.append(c);
        i++;
        continue;
      }
      char e = raw.charAt(i + 1);
      i += 2;
      int value;
      switch (e) {
        case 'a' -> value = 7;
        case 'b' -> value = 8;
        case 'e', 'E' -> value = 27;
        case 'f' -> value = 12;
        case 'n' -> value = '\n';
        case 'r' -> value = '\r';
        case 't' -> value = '\t';
        case 'v' -> value = 11;
        case '\\', '\'', '"', '?' -> value = e;
        case 'c' -> {
          if (i >= raw.length()) {
            out.append("\\c");
            continue;
          }
          char x = raw.charAt(i++);
          value = x == '?' ? 0x7f : Character.toUpperCase(x) & 0x1f;
        }
        case 'x', 'u', 'U' -> {
          int max = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          int digits = digits(raw, i, max, 16);
          if (digits == 0) {
            out.append('\\').append(e);
            continue;
          }
          value = (int) Long.parseLong(raw.substring(i, i + digits), 16);
          i += digits;
          if (e == 'x') {
            value &= 0xff;
          }
        }
        default -> {
          if (e >= '0' && e <= '7') {
            int digits = 1 + digits(raw, i, 2, 8);
            value = Integer.parseInt(raw.substring(i - 1, i - 1 + digits), 8) & 0xff;
            i += digits - 1;
          } else {
            out.append('\\').append(e);
            continue;
          }
        }
      }
      if (value == 0) {
        break;
      }
      boolean valid = Character.isValidCodePoint(value) && (value < 0xD800 || value > 0xDFFF);
      out.appendCodePoint(valid ? value : 0xFFFD);
    }
    return out.toString();
  }

  private static int digits(String raw, int from, int max, int radix) {
    int n = 0;
    while (n < max && from + n < raw.length() && isDigit(raw.charAt(from + n), radix)) {
      n++;
    }
    return n;
  }

  private static boolean isDigit(char c, int radix) {
    return c < 0x80 && Character.digit(c, radix) >= 0;
  }
}
