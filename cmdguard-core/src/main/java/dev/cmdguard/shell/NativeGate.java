package dev.cmdguard.shell;

/**
 * Keeps deep nesting away from the native parser: while {@link Prelexer} scans a text, every region
 * nested deeper than {@link #MAX_DEPTH} levels is blanked in what tree-sitter will read (spaces,
 * same length, newlines kept) and reported as a syntax error, so it is never taken as harmless.
 *
 * <p>Why (issue 9): a crash in native code (a segmentation fault, or tree-sitter's {@code abort()}
 * when an allocation fails) ends the JVM and no Java code can catch it, so the input must be kept
 * within what the native parser is known to handle, before it sees it. Size was already bounded
 * ({@link BashParser#MAX_SOURCE_CHARS}, 1 MiB) and the text sanitized ({@link Sanitizer}: no NUL,
 * no unpaired surrogate); nesting was not. In our measurements tree-sitter-bash survived a million
 * nested parentheses on a 256 KiB thread stack (its parser is iterative), but spent about 10 µs per
 * level, seconds for a deep megabyte, all of it wasted: the converter keeps nothing deeper than
 * {@link Conversion#MAX_DEPTH} levels. With the gate, native code never sees more than {@value
 * #MAX_DEPTH} levels of parentheses, substitutions and quotes in one parse, and what comes before
 * and after a blanked region is still parsed ({@code rm -rf /} next to it is still found). Should
 * the native parser crash anyway, the process that answers must end as a deny: {@code check} exits
 * with a status other than 0, and the launcher turns any failed {@code hook} run into a block.
 *
 * <p>Depth is what the scan tracks exactly, quoting and here-documents included: its frames
 * (quotes, {@code $(}, {@code ${}, {@code $((}, backquotes, {@code <(}) and parentheses (subshells,
 * arithmetic). Nested braces and compound commands ({@code { { …}, {@code if if …}) are not counted:
 * tree-sitter handles them the same way, and their cost is bounded by the size limit like that of
 * any long text.
 */
final class NativeGate {
  /** Twice the converter's limit: nothing this deep is ever converted. */
  static final int MAX_DEPTH = 2 * Conversion.MAX_DEPTH;

  private final Prelexer lx;
  private int depth;
  private int deepStart = -1;

  NativeGate(Prelexer lexer) {
    this.lx = lexer;
  }

  /** A construct opens at {@code at}. */
  void open(int at) {
    depth++;
    if (depth == MAX_DEPTH + 1) {
      deepStart = at;
    }
  }

  /** The innermost open construct closed; {@code end} is the offset after its closing character. */
  void close(int end) {
    if (depth == 0) {
      return;
    }
    depth--;
    if (depth == MAX_DEPTH && deepStart >= 0) {
      cut(deepStart, end);
      deepStart = -1;
    }
  }

  /** The text ended: a deep region still open runs to its end. */
  void finish() {
    if (deepStart >= 0) {
      cut(deepStart, lx.n);
      deepStart = -1;
    }
  }

  private void cut(int from, int to) {
    lx.blank(from, to);
    lx.problem(from, to, "nesting too deep (more than " + MAX_DEPTH + " levels): not parsed");
  }
}
