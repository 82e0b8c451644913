package dev.cmdguard.shell;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects syntax errors, with spans in the original text, across nested parses; and holds the
 * deadline they share.
 */
final class Diagnostics {
  /** One error; equals and hashCode written out, as in {@link Span}. */
  private record Entry(Span span, String message) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Entry other && span.equals(other.span) && message.equals(other.message);
    }

    @Override
    public int hashCode() {
      return 31 * span.hashCode() + message.hashCode();
    }
  }

  private final Set<Entry> entries = new LinkedHashSet<>();

  /** When every parse of this text (nested ones included) stops. */
  final Deadline deadline;

  Diagnostics(Deadline deadline) {
    this.deadline = deadline;
  }

  void add(Span span, String message) {
    entries.add(new Entry(span, message));
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The errors in source order, with 1-based line and column (in characters) of each start. */
  List<SyntaxError> toErrors(String source) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    List<SyntaxError> errors = new ArrayList<>(sorted.size());
    int line = 1;
    int lineStart = 0;
    int scanned = 0;
    for (Entry e : sorted) {
      int at = Math.min(e.span().start(), source.length());
      for (; scanned < at; scanned++) {
        if (source.charAt(scanned) == '\n') {
          line++;
          lineStart = scanned + 1;
        }
      }
      errors.add(new SyntaxError(e.span(), line, at - lineStart + 1, e.message()));
    }
    return errors;
  }

  /** A short quotation of source text for a message: at most 20 characters, one line. */
  static String quote(String text) {
    String oneLine = text.strip();
    int nl = oneLine.indexOf('\n');
    if (nl >= 0) {
      oneLine = oneLine.substring(0, nl).strip();
    }
    if (oneLine.length() > 20) {
      oneLine = oneLine.substring(0, Character.isHighSurrogate(oneLine.charAt(19)) ? 19 : 20) + "…";
    }
    return "'" + oneLine + "'";
  }
}
