package dev.cmdguard.unwrap.inline;

import dev.cmdguard.unwrap.inline.Literals.Interpolation;

/**
 * Finds interpolated expressions in literal bodies: Python f-string fields, JavaScript {@code
 * ${…}}, Ruby {@code #{…}}, Perl {@code $x}, {@code $h{k}}, {@code @{[ … ]}}, PHP {@code $x},
 * {@code {$x->y}}.
 */
final class Interpolations {
  private Interpolations() {}

  /**
   * The interpolation starting at {@code raw[i]}.
   *
   * @return null when none starts there; else {@code {sourceStart, sourceEnd, next}}, where a
   *     negative {@code sourceStart} means the character at {@code i} is literal text and the
   *     literal continues at {@code next} (an escaped brace such as {@code {{})
   */
  static int[] find(String raw, int i, Interpolation kind) {
    return switch (kind) {
      case NONE -> null;
      case PYTHON_F -> python(raw, i);
      case JS_TEMPLATE -> raw.startsWith("${", i) ? braced(raw, i + 1) : null;
      case RUBY -> ruby(raw, i);
      case PERL -> perl(raw, i);
      case PHP -> php(raw, i);
    };
  }

  private static int[] braced(String raw, int brace) {
    int end = Chars.skipBraces(raw, brace);
    int close = raw.charAt(end - 1) == '}' ? end - 1 : end;
    return new int[] {brace + 1, Math.max(brace + 1, close), end};
  }

  private static int[] python(String raw, int i) {
    char c = raw.charAt(i);
    char next = i + 1 < raw.length() ? raw.charAt(i + 1) : Chars.END;
    if ((c == '{' || c == '}') && next == c) {
      return new int[] {-1, -1, i + 2};
    }
    if (c != '{') {
      return null;
    }
    int[] field = braced(raw, i);
    field[1] = fieldEnd(raw, field[0], field[1]);
    return field;
  }

  /** Where an f-string field's expression ends: before {@code !r}, {@code :spec} or {@code =}. */
  private static int fieldEnd(String raw, int start, int end) {
    int depth = 0;
    for (int j = start; j < end; j++) {
      char c = raw.charAt(j);
      char next = j + 1 < end ? raw.charAt(j + 1) : Chars.END;
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (c == '\'' || c == '"') {
        j = Chars.skipQuoted(raw, j) - 1;
      } else if (depth == 0 && (c == ':' || c == '!' && next != '=')) {
        return j;
      } else if (depth == 0 && c == '=' && next == Chars.END && j > start) {
        return j;
      }
    }
    return end;
  }

  private static int[] ruby(String raw, int i) {
    if (raw.startsWith("#{", i)) {
      return braced(raw, i + 1);
    }
    if (raw.startsWith("#@", i) || raw.startsWith("#$", i)) {
      int j = i + 2;
      while (j < raw.length() && (raw.charAt(j) == '@' || Chars.isIdentPart(raw.charAt(j)))) {
        j++;
      }
      return j > i + 2 ? new int[] {i + 1, j, j} : null;
    }
    return null;
  }

  private static int[] perl(String raw, int i) {
    char c = raw.charAt(i);
    char next = i + 1 < raw.length() ? raw.charAt(i + 1) : Chars.END;
    if (c == '@' && next == '{') {
      return braced(raw, i + 1);
    }
    if (c == '$' && next == '{') {
      int[] inner = braced(raw, i + 1);
      String name = raw.substring(inner[0], inner[1]).strip();
      return isName(name) ? new int[] {i, inner[2], inner[2]} : inner;
    }
    if ((c == '$' || c == '@')
        && (Chars.isIdentStart(next) || c == '$' && Character.isDigit(next))) {
      int j = name(raw, i + 1);
      j = subscripts(raw, j);
      return new int[] {i, j, j};
    }
    return null;
  }

  private static int[] php(String raw, int i) {
    char c = raw.charAt(i);
    char next = i + 1 < raw.length() ? raw.charAt(i + 1) : Chars.END;
    if (c == '{' && next == '$') {
      return braced(raw, i);
    }
    if (c == '$' && next == '{') {
      return braced(raw, i + 1);
    }
    if (c != '$' || !Chars.isIdentStart(next)) {
      return null;
    }
    int j = name(raw, i + 1);
    if (j < raw.length() && raw.charAt(j) == '[') {
      int close = Chars.indexWithin(raw, ']', j, 256);
      j = close < 0 ? j : close + 1;
    } else if (raw.startsWith("->", j)
        && j + 2 < raw.length()
        && Chars.isIdentStart(raw.charAt(j + 2))) {
      j = name(raw, j + 2);
    }
    return new int[] {i, j, j};
  }

  /** The end of a name with {@code ::} package separators starting at {@code i}. */
  private static int name(String raw, int i) {
    int j = i;
    while (j < raw.length()) {
      if (Chars.isIdentPart(raw.charAt(j))) {
        j++;
      } else if (raw.startsWith("::", j)
          && j + 2 < raw.length()
          && Chars.isIdentStart(raw.charAt(j + 2))) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * Perl element access after a variable: {@code [i]}, {@code {k}}, {@code ->[i]}, {@code ->{k}}.
   */
  private static int subscripts(String raw, int i) {
    int j = i;
    while (j < raw.length()) {
      int k = raw.startsWith("->", j) ? j + 2 : j;
      if (k < raw.length() && (raw.charAt(k) == '[' || raw.charAt(k) == '{')) {
        char close = raw.charAt(k) == '[' ? ']' : '}';
        int end = Chars.indexWithin(raw, close, k, 256);
        if (end < 0) {
          return j;
        }
        j = end + 1;
      } else {
        return j;
      }
    }
    return j;
  }

  private static boolean isName(String s) {
    if (s.isEmpty() || !Chars.isIdentStart(s.charAt(0))) {
      return false;
    }
    return s.chars().allMatch(ch -> Chars.isIdentPart((char) ch) || ch == ':');
  }
}
