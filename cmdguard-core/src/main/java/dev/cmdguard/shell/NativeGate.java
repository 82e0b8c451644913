package dev.cmdguard.shell;

import java.util.Set;

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
 * #MAX_DEPTH} levels in one parse, so no recursion in it (tree-sitter has some, such as the one that
 * prints a node; a native stack overflow is a crash like any other) can go deeper than that, and
 * what comes before and after a blanked region is still parsed ({@code rm -rf /} next to it is
 * still found). The blanked region is also left out of what tree-sitter reads ({@link
 * NativeParse}). Should the native parser crash anyway, the process that answers must end as a
 * deny: {@code check} exits with a status other than 0, and the launcher turns any failed {@code
 * hook} run into a block.
 *
 * <p>A level is what the scan tracks exactly, quoting and here-documents included: its frames
 * (quotes, {@code $(}, {@code ${}, {@code $((}, backquotes, {@code <(}), parentheses (subshells,
 * arithmetic), and compound commands, by their reserved words in command position ({@code {} …
 * {@code }}, {@code if} … {@code fi}, {@code while}/{@code until}/{@code for}/{@code select} …
 * {@code done}, {@code case} … {@code esac}; bash manual, "Compound Commands"). Compound commands are
 * counted in the frame that holds them: a closing word without an open compound in its frame is
 * ignored, and compounds a frame leaves open end with it, so a miscount never spreads past a frame.
 * Before they were counted, one evaluation of 10,000 nested groups took 190 ms and of 5,000 nested
 * {@code if} 200 ms (JMH, warm); now 6 and 11 ms.
 */
final class NativeGate {
  /** Twice the converter's limit: nothing this deep is ever converted. */
  static final int MAX_DEPTH = 2 * Conversion.MAX_DEPTH;

  /** Reserved words that open a compound command; {@code case} is counted by its own state. */
  private static final Set<String> OPENING = Set.of("{", "if", "while", "until", "for", "select");

  /** Reserved words that close one; {@code esac} is counted by the {@code case} state. */
  private static final Set<String> CLOSING = Set.of("}", "fi", "done");

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

  /**
   * A reserved word in command position, {@code [start, end)} in frame {@code f}: counts the
   * compound commands it opens or closes.
   */
  void reservedWord(LexFrame f, String word, int start, int end) {
    if (OPENING.contains(word)) {
      openCompound(f, start);
    } else if (CLOSING.contains(word)) {
      closeCompound(f, end);
    }
  }

  /**
   * A compound command of frame {@code f} opens at {@code at}; when it is a function's body, a cut
   * starts at the function's header (a header without its body throws tree-sitter's recovery off,
   * and the commands after it were misread).
   */
  void openCompound(LexFrame f, int at) {
    f.compounds++;
    open(f.functionStart >= 0 ? f.functionStart : at);
    f.functionStart = -1;
  }

  /** A compound command of frame {@code f} closes before {@code end}; ignored when none is open. */
  void closeCompound(LexFrame f, int end) {
    if (f.compounds > 0) {
      f.compounds--;
      close(end);
    }
  }

  /**
   * Frame {@code f} closes before {@code end}: the compound commands it left open close with it.
   */
  void closeFrame(LexFrame f, int end) {
    for (; f.compounds > 0; f.compounds--) {
      close(end);
    }
    close(end);
  }

  /** The text ended: a deep region still open runs to its end. */
  void finish() {
    if (deepStart >= 0) {
      cut(deepStart, lx.n);
      deepStart = -1;
    }
  }

  private void cut(int from, int to) {
    lx.hide(from, to);
    lx.problem(from, to, "nesting too deep (more than " + MAX_DEPTH + " levels): not parsed");
  }
}
