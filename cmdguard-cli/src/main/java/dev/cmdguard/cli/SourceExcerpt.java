package dev.cmdguard.cli;

/**
 * One line of the original command with a span marked under it, as compilers show errors:
 *
 * <pre>
 * sudo bash -c "rm -rf /"
 *               ^^^^^^^^
 * </pre>
 *
 * @param line 1-based line of the span's start
 * @param column 1-based column of the span's start, in characters (UTF-16 code units)
 * @param text the line as shown: hidden characters replaced, cut to {@link #WIDTH} columns with
 *     {@code …} where cut
 * @param caretStart the display column (0-based) where the mark starts
 * @param caretWidth how many columns the mark covers, at least 1
 */
record SourceExcerpt(int line, int column, String text, int caretStart, int caretWidth) {
  /** The widest line shown, in columns. */
  static final int WIDTH = 100;

  private static final int LEAD = 24;

  /**
   * The excerpt for {@code span} in a line of text.
   *
   * @param line 1-based number of the line
   * @param raw the line's text, without its newline
   * @param from offset of the span's start within the line, in characters
   * @param to offset of the span's end within the line (clamped to its length), in characters
   */
  static SourceExcerpt of(int line, String raw, int from, int to) {
    int first = raw.codePointCount(0, from);
    int width = Math.max(1, raw.codePointCount(0, to) - first);
    return window(line, from + 1, ShellQuote.visible(raw), first, width);
  }

  private static SourceExcerpt window(int line, int column, String shown, int from, int width) {
    int[] cps = shown.codePoints().toArray();
    if (cps.length <= WIDTH) {
      return new SourceExcerpt(line, column, shown, from, width);
    }
    int first = from + Math.min(width, WIDTH / 2) < WIDTH - 1 ? 0 : from - LEAD;
    int last = Math.min(cps.length, first + WIDTH);
    StringBuilder text = new StringBuilder();
    if (first > 0) {
      text.append('…');
    }
    text.append(new String(cps, first, last - first));
    if (last < cps.length) {
      text.append('…');
    }
    int caret = from - first + (first > 0 ? 1 : 0);
    int caretWidth = Math.max(1, Math.min(width, last - from));
    return new SourceExcerpt(line, column, text.toString(), caret, caretWidth);
  }

  /** The marker line: spaces up to {@link #caretStart}, then {@code ^} for the width. */
  String carets() {
    return "^".repeat(caretWidth);
  }
}
