package dev.cmdguard.fuzz;

import java.util.Optional;
import java.util.Random;

/**
 * Ways to write one word so that bash reads the same value (bash manual, "Quoting"): the spellings
 * an agent, or text an agent copied, can use to hide a program or an argument from a guard that
 * compares strings. Each returns empty where it would change the value (a {@code ~} or a glob that
 * must stay unquoted, a character the form cannot hold).
 */
enum Spelling {
  /** As it is, when it needs no quoting. */
  PLAIN {
    @Override
    Optional<String> write(String v, Random r) {
      return v.matches("[A-Za-z0-9_./=:@%+,~*-]+") ? Optional.of(v) : Optional.empty();
    }
  },
  /** {@code 'rm'}. */
  SINGLE {
    @Override
    Optional<String> write(String v, Random r) {
      return quotable(v) ? Optional.of(single(v)) : Optional.empty();
    }
  },
  /** {@code "rm"}. */
  DOUBLE {
    @Override
    Optional<String> write(String v, Random r) {
      return quotable(v) ? Optional.of(doubleQuoted(v)) : Optional.empty();
    }
  },
  /** {@code r''m}, {@code r""m}: an empty quoted string inside the word. */
  SPLIT {
    @Override
    Optional<String> write(String v, Random r) {
      if (!quotable(v) || v.length() < 2 || !PLAIN.write(v, r).isPresent()) {
        return Optional.empty();
      }
      int at = 1 + r.nextInt(v.length() - 1);
      return Optional.of(v.substring(0, at) + (r.nextBoolean() ? "''" : "\"\"") + v.substring(at));
    }
  },
  /** {@code "r"'m'}: the word cut in two, each half quoted its own way. */
  CONCAT {
    @Override
    Optional<String> write(String v, Random r) {
      if (!quotable(v) || v.length() < 2) {
        return Optional.empty();
      }
      int at = 1 + r.nextInt(v.length() - 1);
      return Optional.of(doubleQuoted(v.substring(0, at)) + single(v.substring(at)));
    }
  },
  /** {@code \r\m}: a backslash before every character (a quoted letter is the letter). */
  BACKSLASHES {
    @Override
    Optional<String> write(String v, Random r) {
      if (!quotable(v) || v.contains("\n")) {
        return Optional.empty();
      }
      StringBuilder out = new StringBuilder();
      for (char c : v.toCharArray()) {
        out.append('\\').append(c);
      }
      return Optional.of(out.toString());
    }
  },
  /** {@code $'\x72\x6d'}: ANSI-C quoting with hexadecimal escapes. */
  ANSI_C_HEX {
    @Override
    Optional<String> write(String v, Random r) {
      return ansiC(v, "\\x%02x");
    }
  },
  /** {@code $'\162\155'}: ANSI-C quoting with octal escapes. */
  ANSI_C_OCTAL {
    @Override
    Optional<String> write(String v, Random r) {
      return ansiC(v, "\\%03o");
    }
  },
  /** {@code $'\u0072\u006d'}: ANSI-C quoting with Unicode escapes. */
  ANSI_C_UNICODE {
    @Override
    Optional<String> write(String v, Random r) {
      return ansiC(v, "\\u%04x");
    }
  },
  /** {@code $"rm"}: a locale-translated string, which is the string itself without a catalog. */
  LOCALE {
    @Override
    Optional<String> write(String v, Random r) {
      return quotable(v) ? Optional.of("$" + doubleQuoted(v)) : Optional.empty();
    }
  };

  /** The word in this spelling, or empty when this spelling cannot hold {@code value}. */
  abstract Optional<String> write(String value, Random random);

  /** The value quoted for any context: {@code 'it'\''s'}. */
  static String single(String v) {
    return "'" + v.replace("'", "'\\''") + "'";
  }

  static String doubleQuoted(String v) {
    return "\"" + v.replaceAll("([\\\\\"$`])", "\\\\$1") + "\"";
  }

  /**
   * True when quoting keeps the value: no {@code ~} at the start and no glob character, which the
   * shell expands only unquoted.
   */
  static boolean quotable(String v) {
    return !v.isEmpty() && !v.startsWith("~") && !v.matches(".*[*?\\[].*");
  }

  private static Optional<String> ansiC(String v, String format) {
    if (!quotable(v) || v.chars().anyMatch(c -> c > 0x7e)) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder("$'");
    for (char c : v.toCharArray()) {
      out.append(String.format(format, (int) c));
    }
    return Optional.of(out.append('\'').toString());
  }
}
