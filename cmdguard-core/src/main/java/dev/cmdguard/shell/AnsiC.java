package dev.cmdguard.shell;

/**
 * Decodes the text of {@code $'…'} (bash manual, "ANSI-C Quoting"): {@code \a \b \e \E \f \n \r \t
 * \v \\ \' \" \?}, {@code \nnn} (octal, one to three digits), {@code \xHH} (one or two hex digits),
 * <code>&#92;uHHHH</code> and <code>&#92;UHHHHHHHH</code> (Unicode, one to four or eight hex
 * digits) and {@code \cX} (control-X). Other backslashes stay. Like bash, the value ends at a NUL
 * character.
 */
final class AnsiC {
  private final String raw;
  private final StringBuilder out;
  private int i;

  private AnsiC(String raw) {
    this.raw = raw;
    this.out = new StringBuilder(raw.length());
  }

  static String decode(String raw) {
    AnsiC decoder = new AnsiC(raw);
    boolean more = true;
    while (more && decoder.i < raw.length()) {
      more = decoder.next();
    }
    return decoder.out.toString();
  }

  /** Decodes one character or escape; false at a NUL, where the value ends. */
  private boolean next() {
    char c = raw.charAt(i);
    if (c != '\\' || i + 1 >= raw.length()) {
      out.append(c);
      i++;
      return true;
    }
    char e = raw.charAt(i + 1);
    i += 2;
    int value = escape(e);
    if (value == 0) {
      return false;
    }
    if (value > 0) {
      boolean valid = Character.isValidCodePoint(value) && (value < 0xD800 || value > 0xDFFF);
      out.appendCodePoint(valid ? value : 0xFFFD);
    }
    return true;
  }

  /** The code point of the escape {@code \e}; -1 when it was kept as written. */
  private int escape(char e) {
    return switch (e) {
      case 'a' -> 7;
      case 'b' -> 8;
      case 'e', 'E' -> 27;
      case 'f' -> 12;
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'v' -> 11;
      case '\\', '\'', '"', '?' -> e;
      case 'c' -> control();
      case 'x' -> hex(e, 2);
      case 'u' -> hex(e, 4);
      case 'U' -> hex(e, 8);
      default -> e >= '0' && e <= '7' ? octal() : kept(e);
    };
  }

  private int control() {
    if (i >= raw.length()) {
      return kept('c');
    }
    char x = raw.charAt(i++);
    return x == '?' ? 0x7f : Character.toUpperCase(x) & 0x1f;
  }

  private int hex(char e, int max) {
    int digits = digits(max, 16);
    if (digits == 0) {
      return kept(e);
    }
    long value = Long.parseLong(raw.substring(i, i + digits), 16);
    i += digits;
    return (int) (e == 'x' ? value & 0xff : Math.min(value, Integer.MAX_VALUE));
  }

  private int octal() {
    i--;
    int digits = digits(3, 8);
    int value = Integer.parseInt(raw.substring(i, i + digits), 8) & 0xff;
    i += digits;
    return value;
  }

  private int kept(char e) {
    out.append('\\').append(e);
    return -1;
  }

  private int digits(int max, int radix) {
    int n = 0;
    while (n < max && i + n < raw.length()) {
      char c = raw.charAt(i + n);
      if (c >= 0x80 || Character.digit(c, radix) < 0) {
        break;
      }
      n++;
    }
    return n;
  }
}
