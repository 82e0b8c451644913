package dev.cmdguard.cli;

import dev.cmdguard.shell.Span;
import java.util.Arrays;
import java.util.Optional;

/**
 * The original command text split into lines once, so that spans can be shown as line and column
 * with an {@link SourceExcerpt} without rescanning the text for each one.
 */
final class SourceLines {
  private final String source;
  private final int[] starts;

  /**
   * @param source the text that spans refer to
   */
  SourceLines(String source) {
    this.source = source;
    this.starts = lineStarts(source);
  }

  /** The number of lines; a final newline does not start another line. */
  int count() {
    int n = starts.length;
    return n > 1 && starts[n - 1] == source.length() ? n - 1 : n;
  }

  /**
   * The text of a line without its newline (nor a carriage return before it).
   *
   * @param index 0-based line index, less than {@link #count()}
   */
  String line(int index) {
    int end = index + 1 < starts.length ? starts[index + 1] - 1 : source.length();
    String text = source.substring(starts[index], end);
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }

  /** The excerpt showing {@code span}, or empty when it lies outside the text. */
  Optional<SourceExcerpt> excerpt(Span span) {
    if (span.start() > source.length()) {
      return Optional.empty();
    }
    int index = Arrays.binarySearch(starts, span.start());
    if (index < 0) {
      index = -index - 2;
    }
    String raw = line(index);
    int from = Math.min(span.start() - starts[index], raw.length());
    int to = Math.min(Math.max(span.end() - starts[index], from), raw.length());
    return Optional.of(SourceExcerpt.of(index + 1, raw, from, to));
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int n = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
      }
      starts[n++] = i + 1;
    }
    return Arrays.copyOf(starts, n);
  }
}
