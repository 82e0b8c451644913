package dev.cmdguard.unwrap;

import java.util.ArrayList;
import java.util.List;

/**
 * Brace expansion (bash manual, "Brace Expansion"): {@code {a,b}c} gives {@code ac bc} and {@code
 * {1..3}} gives {@code 1 2 3}, before any other expansion and only for unquoted braces. It is how
 * {@code {rm,-rf,/}} spells {@code rm -rf /}. Results are capped at {@link #MAX_RESULTS}; a word
 * that would give more is left as it is.
 */
final class BraceExpansion {
  static final int MAX_RESULTS = 256;

  private BraceExpansion() {}

  /**
   * @param text the word's characters
   * @param active for each character, true when it is unquoted (may take part in an expansion)
   * @return the expanded words in order; {@code [text]} when there is nothing to expand
   */
  static List<String> expand(String text, boolean[] active) {
    List<String> out = new ArrayList<>();
    if (!expandInto(text, active, out)) {
      return List.of(text);
    }
    return out;
  }

  private static boolean expandInto(String text, boolean[] active, List<String> out) {
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      if (!active[i] || text.charAt(i) != '{' || (i > 0 && text.charAt(i - 1) == '$')) {
        continue;
      }
      int close = matching(text, active, i);
      if (close < 0) {
        continue;
      }
      List<String> alternatives = alternatives(text, active, i, close);
      if (alternatives != null) {
        open = i;
        String prefix = text.substring(0, open);
        String suffix = text.substring(close + 1);
        boolean[] suffixActive = java.util.Arrays.copyOfRange(active, close + 1, active.length);
        for (String alt : alternatives) {
          List<String> rest = new ArrayList<>();
          if (!expandInto(suffix, suffixActive, rest)) {
            rest.add(suffix);
          }
          for (String r : rest) {
            if (out.size() >= MAX_RESULTS) {
              return false;
            }
            out.add(prefix + alt + r);
          }
        }
        return true;
      }
    }
    return false;
  }

  private static int matching(String text, boolean[] active, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      if (!active[i]) {
        continue;
      }
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The alternatives of {@code {…}} between open and close, or null when it is not a brace list.
   */
  private static List<String> alternatives(String text, boolean[] active, int open, int close) {
    String inner = text.substring(open + 1, close);
    List<String> sequence = sequence(inner);
    if (sequence != null) {
      return sequence;
    }
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = open + 1;
    for (int i = open + 1; i < close; i++) {
      char c = text.charAt(i);
      if (!active[i]) {
        continue;
      }
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    parts.add(text.substring(start, close));
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      boolean[] pa = new boolean[p.length()];
      java.util.Arrays.fill(pa, true);
      out.addAll(expand(p, pa));
    }
    return out;
  }

  /** {@code 1..5}, {@code a..e}, {@code 1..10..2}: the sequence, or null. */
  private static List<String> sequence(String inner) {
    String[] parts = inner.split("\\.\\.", -1);
    if (parts.length < 2 || parts.length > 3) {
      return null;
    }
    try {
      long from = Long.parseLong(parts[0]);
      long to = Long.parseLong(parts[1]);
      long step = parts.length == 3 ? Math.abs(Long.parseLong(parts[2])) : 1;
      if (step == 0 || Math.abs(to - from) / step >= MAX_RESULTS) {
        return null;
      }
      List<String> out = new ArrayList<>();
      for (long v = from; from <= to ? v <= to : v >= to; v += from <= to ? step : -step) {
        out.add(Long.toString(v));
      }
      return out;
    } catch (NumberFormatException notNumbers) {
      if (parts.length == 2 && parts[0].length() == 1 && parts[1].length() == 1) {
        char a = parts[0].charAt(0);
        char b = parts[1].charAt(0);
        List<String> out = new ArrayList<>();
        for (char c = a; a <= b ? c <= b : c >= b; c += a <= b ? 1 : -1) {
          out.add(String.valueOf(c));
        }
        return out;
      }
      return null;
    }
  }
}
