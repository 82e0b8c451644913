package dev.cmdguard.cli;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Shows text the way a shell user would type it, and keeps characters that could fool a terminal
 * from reaching it: control characters (ANSI escape sequences could rewrite what is shown) and
 * invisible format characters (bidirectional overrides, zero-width spaces: the "Trojan Source"
 * trick, CVE-2021-42574).
 */
public final class ShellQuote {
  /** Stands for a character that must not be printed as is. */
  static final char REPLACEMENT = '\uFFFD';

  private ShellQuote() {}

  /**
   * Quotes one argument so that bash would read it back as the same word.
   *
   * @return the value unchanged when it needs no quoting, {@code 'single quoted'} when it has no
   *     hidden characters, else ANSI-C quoted {@code $'…'} with escapes
   */
  public static String quote(String value) {
    if (value.isEmpty()) {
      return "''";
    }
    if (value.codePoints().allMatch(ShellQuote::isPlain)) {
      return value;
    }
    if (value.codePoints().anyMatch(ShellQuote::isHidden)) {
      return ansiC(value);
    }
    return "'" + value.replace("'", "'\\''") + "'";
  }

  /** The words quoted and joined by single spaces, as one would type the command. */
  public static String join(List<String> argv) {
    return argv.stream().map(ShellQuote::quote).collect(Collectors.joining(" "));
  }

  /**
   * The text with every hidden character replaced by {@link #REPLACEMENT} and tabs by spaces, so
   * that each code point stays one column wide (carets stay aligned).
   */
  public static String visible(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (cp == '\t') {
                out.append(' ');
              } else if (isHidden(cp)) {
                out.append(REPLACEMENT);
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  /** True for control characters, format characters (Cf), separators and lone surrogates. */
  static boolean isHidden(int cp) {
    int type = Character.getType(cp);
    return Character.isISOControl(cp)
        || type == Character.FORMAT
        || type == Character.SURROGATE
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  private static boolean isPlain(int cp) {
    if (cp < 0x80) {
      return Character.isLetterOrDigit(cp) || "_@%+=:,./-".indexOf(cp) >= 0;
    }
    return Character.isLetterOrDigit(cp);
  }

  private static String ansiC(String value) {
    StringBuilder out = new StringBuilder("$'");
    value
        .codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case 0x1b -> out.append("\\e");
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                default -> appendEscaped(out, cp);
              }
            });
    return out.append('\'').toString();
  }

  private static void appendEscaped(StringBuilder out, int cp) {
    if (!isHidden(cp)) {
      out.appendCodePoint(cp);
    } else if (cp < 0x80) {
      out.append(String.format("\\x%02x", cp));
    } else {
      out.append(String.format("\\u%04x", cp));
    }
  }
}
