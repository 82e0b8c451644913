package dev.cmdguard.unwrap.windows;

import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import java.util.List;

/**
 * Text being parsed, with where each character came from in the original text and whether it is
 * known before the command runs: cmd.exe replaces {@code %VAR%} before it parses (a known value's
 * characters all map to the {@code %VAR%} they replaced), and the part of a command line after an
 * unknown expansion of the enclosing shell ({@code bash -c "cmd /c del $F"}) is unknown.
 */
final class Source {
  final String text;
  private final int[] start;
  private final int[] end;
  private final boolean[] unknown;

  private Source(String text, int[] start, int[] end, boolean[] unknown) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.unknown = unknown;
  }

  /** Text read as written; characters from {@code unknownFrom} on are unknown. */
  static Source of(String text, int unknownFrom) {
    int n = text.length();
    int[] s = new int[n];
    int[] e = new int[n];
    boolean[] u = new boolean[n];
    for (int i = 0; i < n; i++) {
      s[i] = i;
      e[i] = i + 1;
      u[i] = i >= unknownFrom;
    }
    return new Source(text, s, e, u);
  }

  /** Builds expanded text piece by piece. */
  static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private final java.util.ArrayList<int[]> marks = new java.util.ArrayList<>();

    /** Appends {@code piece}, all of it from {@code [from, to)} of the original. */
    void append(String piece, int from, int to, boolean unknown) {
      for (int i = 0; i < piece.length(); i++) {
        text.append(piece.charAt(i));
        marks.add(new int[] {from, to, unknown ? 1 : 0});
      }
    }

    Source build() {
      int n = text.length();
      int[] s = new int[n];
      int[] e = new int[n];
      boolean[] u = new boolean[n];
      for (int i = 0; i < n; i++) {
        s[i] = marks.get(i)[0];
        e[i] = marks.get(i)[1];
        u[i] = marks.get(i)[2] == 1;
      }
      return new Source(text.toString(), s, e, u);
    }
  }

  int length() {
    return text.length();
  }

  char at(int i) {
    return text.charAt(i);
  }

  boolean unknown(int i) {
    return unknown[i];
  }

  /** The original span of characters {@code [from, to)} of this text. */
  Span span(int from, int to) {
    if (from >= to || from >= text.length()) {
      int at = from < start.length ? start[from] : (end.length == 0 ? 0 : end[end.length - 1]);
      return new Span(at, at);
    }
    return new Span(start[from], end[Math.min(to, text.length()) - 1]);
  }

  /** True when any character of {@code [from, to)} is unknown. */
  boolean anyUnknown(int from, int to) {
    for (int i = from; i < to && i < unknown.length; i++) {
      if (unknown[i]) {
        return true;
      }
    }
    return false;
  }

  /**
   * An argument for a word whose value is {@code value}, made of characters {@code [from, to)}:
   * dynamic when any of them is unknown.
   */
  Arg arg(String value, int from, int to, boolean glob) {
    Span span = span(from, to);
    if (!anyUnknown(from, to)) {
      return new Arg(value, false, value, glob, List.of(), span);
    }
    int firstUnknown = from;
    while (firstUnknown < to && !unknown[firstUnknown]) {
      firstUnknown++;
    }
    int known = Math.min(value.length(), firstUnknown - from);
    return new Arg(value, true, value.substring(0, Math.max(0, known)), false, List.of(), span);
  }

  /** Characters {@code [from, to)} of this text, with their origins. */
  Source slice(int from, int to) {
    int f = Math.max(0, Math.min(from, length()));
    int t = Math.max(f, Math.min(to, length()));
    return new Source(
        text.substring(f, t),
        java.util.Arrays.copyOfRange(start, f, t),
        java.util.Arrays.copyOfRange(end, f, t),
        java.util.Arrays.copyOfRange(unknown, f, t));
  }

  /** Text that stands in the original command at {@code span} as a whole (decoded, built). */
  static Source fixed(String text, Span span, boolean unknown) {
    int n = text.length();
    int[] s = new int[n];
    int[] e = new int[n];
    boolean[] u = new boolean[n];
    java.util.Arrays.fill(s, span.start());
    java.util.Arrays.fill(e, span.end());
    java.util.Arrays.fill(u, unknown);
    return new Source(text, s, e, u);
  }
}
