package dev.cmdguard.rules.filesystem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The expansions left in a dynamic argument's source-like text ({@code $X}, {@code ${X:-d}}, {@code
 * $(cmd)}, {@code `cmd`}, {@code $((…))}), as the unwrapper shows them (see {@code Arg#value}):
 * found by the bash manual's rules for where each form ends ("Shell Expansions"), so that a rule
 * can replace the known ones ({@code $TMPDIR}, {@code $PWD}) and reason about the rest.
 *
 * @param text the whole text
 * @param parts the expansions, in order, each as its start and end offset in {@code text}
 */
record Expansions(String text, List<int[]> parts) {

  Expansions {
    parts = List.copyOf(parts);
  }

  /** Finds the expansions of {@code text}; a lone {@code $} is a literal character. */
  static Expansions of(String text) {
    List<int[]> parts = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int end = end(text, i);
      if (end > i) {
        parts.add(new int[] {i, end});
        i = end;
      } else {
        i++;
      }
    }
    return new Expansions(text, parts);
  }

  /**
   * A text of which only {@code prefix} is known, for the placeholders the unwrapper writes where
   * no expansion syntax is left ({@code {items from stdin}}, find's {@code {}}).
   */
  static Expansions unknownAfter(String prefix) {
    String text = prefix + UNKNOWN;
    return new Expansions(text, List.of(new int[] {prefix.length(), text.length()}));
  }

  private static final String UNKNOWN = "{…}";

  /** True when nothing is left to expand. */
  boolean isStatic() {
    return parts.isEmpty();
  }

  /** The text before the first expansion. */
  String prefix() {
    return parts.isEmpty() ? text : text.substring(0, parts.get(0)[0]);
  }

  /** The text of expansion {@code n}. */
  String part(int n) {
    return text.substring(parts.get(n)[0], parts.get(n)[1]);
  }

  /** The text with each expansion replaced by what {@code replace} gives for it. */
  String replace(Function<String, String> replace) {
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (int[] part : parts) {
      out.append(text, from, part[0]).append(replace.apply(text.substring(part[0], part[1])));
      from = part[1];
    }
    return out.append(text.substring(from)).toString();
  }

  /**
   * True when the first expansion cannot be empty: {@code ${NAME:?message}} makes bash stop with an
   * error instead of expanding an unset or empty {@code NAME} (bash manual, "Shell Parameter
   * Expansion").
   */
  boolean firstIsGuarded() {
    return !parts.isEmpty() && part(0).matches("\\$\\{[A-Za-z_][A-Za-z0-9_]*:\\?[^}]*}");
  }

  /** Where the expansion starting at {@code i} ends, or {@code i} when none starts there. */
  private static int end(String s, int i) {
    char c = s.charAt(i);
    if (c == '`') {
      int close = s.indexOf('`', i + 1);
      return close < 0 ? s.length() : close + 1;
    }
    if (c != '$' || i + 1 >= s.length()) {
      return i;
    }
    char n = s.charAt(i + 1);
    if (n == '{') {
      return closing(s, i + 1, '{', '}');
    }
    if (n == '(') {
      return closing(s, i + 1, '(', ')');
    }
    if (Character.isLetter(n) || n == '_') {
      int j = i + 1;
      while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
        j++;
      }
      return j;
    }
    return "0123456789@*#?$!-".indexOf(n) >= 0 ? i + 2 : i;
  }

  /** The offset after the bracket that closes the one at {@code open}, nesting counted. */
  private static int closing(String s, int open, char left, char right) {
    int depth = 0;
    for (int j = open; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == left) {
        depth++;
      } else if (c == right && --depth == 0) {
        return j + 1;
      }
    }
    return s.length();
  }
}
