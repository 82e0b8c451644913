package dev.cmdguard.shell;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSInputEncoding;
import org.treesitter.TSParseState;
import org.treesitter.TSParser;
import org.treesitter.TSParserProgress;
import org.treesitter.TSPoint;
import org.treesitter.TSRange;
import org.treesitter.TSReader;
import org.treesitter.TSTree;

/**
 * One call of the native parser, bounded in time and in what it reads:
 *
 * <ul>
 *   <li>it stops when the {@link Deadline} passes: tree-sitter calls back every few hundred parse
 *       operations (about every 70 µs on a megabyte of commands). Texts up to {@value
 *       #UNCHECKED_CHARS} characters are parsed without the callbacks: at most a few milliseconds,
 *       and about 10 µs (10 %) less per command;
 *   <li>it skips the hidden ranges: text the scan blanked (here-document bodies, nesting {@link
 *       NativeGate} cut) is left out through tree-sitter's included ranges, keeping one blank at
 *       each end so that the tokens around stay apart. Blanks cost tree-sitter-bash 0.1 to 0.3 µs
 *       each (its native library is built without optimization): 200 KB of cut subshells took 27
 *       ms, now 3 ms.
 * </ul>
 */
final class NativeParse {
  private static final int UNCHECKED_CHARS = 4096;

  /** Hidden ranges shorter than this are read: a range costs more than a few blanks. */
  private static final int MIN_HIDDEN = 64;

  /** Whether this thread's parser has included ranges set (they outlive a parse). */
  private static final ThreadLocal<boolean[]> RANGED =
      ThreadLocal.withInitial(() -> new boolean[1]);

  private NativeParse() {}

  /**
   * Parses text (no unpaired surrogate) as UTF-8 with this thread's parser.
   *
   * @param hidden ranges of blank text tree-sitter need not read, in order, not overlapping
   * @return the tree, which the caller closes; null when the deadline passed first (the parser is
   *     then reset, so that the next parse on this thread starts afresh instead of resuming this
   *     one)
   * @throws IllegalStateException when tree-sitter returned no tree for another reason, or reading
   *     the text or the clock failed (the failure is its cause)
   */
  static TSTree parse(String text, List<Span> hidden, Deadline deadline) {
    TSParser parser = Grammar.parser();
    include(parser, text, hidden);
    if (text.length() <= UNCHECKED_CHARS || deadline == Deadline.NONE) {
      return parser.parseString(null, text);
    }
    Input input = new Input(text.getBytes(StandardCharsets.UTF_8), deadline);
    TSTree tree = null;
    try {
      tree =
          parser.parseWithOptions(
              new byte[input.utf8.length], null, input, TSInputEncoding.TSInputEncodingUTF8, input);
    } finally {
      if (tree == null) {
        parser.reset();
      }
    }
    if (input.failure != null) {
      if (tree != null) {
        tree.close();
      }
      throw new IllegalStateException("a tree-sitter callback failed", input.failure);
    }
    if (tree == null && !input.outOfTime) {
      throw new IllegalStateException("tree-sitter returned no tree");
    }
    return tree;
  }

  /** Sets the parser's included ranges: all of the text but the long hidden ranges. */
  private static void include(TSParser parser, String text, List<Span> hidden) {
    boolean[] ranged = RANGED.get();
    List<Span> skipped = new ArrayList<>();
    for (Span h : hidden) {
      if (h.end() - h.start() >= MIN_HIDDEN) {
        skipped.add(new Span(h.start() + 1, h.end() - 1));
      }
    }
    if (skipped.isEmpty()) {
      if (ranged[0]) {
        parser.setIncludedRanges(new TSRange[0]);
        ranged[0] = false;
      }
      return;
    }
    ranged[0] = parser.setIncludedRanges(ranges(text, skipped));
    if (!ranged[0]) {
      parser.setIncludedRanges(new TSRange[0]); // refused: read everything, as before
    }
  }

  /** The ranges between the skipped ones, in UTF-8 bytes and points (row, byte column). */
  private static TSRange[] ranges(String text, List<Span> skipped) {
    List<TSRange> ranges = new ArrayList<>();
    Position at = new Position(text);
    TSPoint startPoint = at.point();
    int startByte = 0;
    for (Span s : skipped) {
      at.advanceTo(s.start());
      ranges.add(new TSRange(startPoint, at.point(), startByte, at.bytes));
      at.advanceTo(s.end());
      startPoint = at.point();
      startByte = at.bytes;
    }
    at.advanceTo(text.length());
    ranges.add(new TSRange(startPoint, at.point(), startByte, at.bytes));
    return ranges.toArray(TSRange[]::new);
  }

  /** Walks a text once, keeping the UTF-8 byte offset, row and byte column of a char offset. */
  private static final class Position {
    private final String text;
    private int chars;
    int bytes;
    private int row;
    private int lineStartByte;

    Position(String text) {
      this.text = text;
    }

    void advanceTo(int offset) {
      for (; chars < offset; chars++) {
        char c = text.charAt(chars);
        if (c == '\n') {
          bytes++;
          row++;
          lineStartByte = bytes;
        } else if (c < 0x80) {
          bytes++;
        } else if (c < 0x800) {
          bytes += 2;
        } else if (Character.isHighSurrogate(c)) {
          bytes += 4;
          chars++;
        } else {
          bytes += 3;
        }
      }
    }

    TSPoint point() {
      return new TSPoint(row, bytes - lineStartByte);
    }
  }

  /**
   * The text as tree-sitter reads it, and its progress check. Both are called from native code, so
   * neither may throw (a pending Java exception during further JNI calls is undefined behaviour): a
   * failure is kept and stops the parse, and the caller throws it afterwards.
   */
  private static final class Input implements TSReader, TSParserProgress {
    final byte[] utf8;
    private final Deadline deadline;
    boolean outOfTime;
    Throwable failure;

    Input(byte[] utf8, Deadline deadline) {
      this.utf8 = utf8;
      this.deadline = deadline;
    }

    /** Copies the text from byte {@code offset} on into {@code buffer}; returns the count. */
    @Override
    public int read(byte[] buffer, int offset, TSPoint position) {
      try {
        if (failure != null || offset < 0 || offset >= utf8.length) {
          return 0;
        }
        int count = Math.min(buffer.length, utf8.length - offset);
        System.arraycopy(utf8, offset, buffer, 0, count);
        return count;
      } catch (RuntimeException | Error e) {
        failure = e;
        return 0;
      }
    }

    /** True (stop) once the deadline passed or reading failed. */
    @Override
    public boolean progress(TSParseState state) {
      try {
        outOfTime |= deadline.passed();
      } catch (RuntimeException | Error e) {
        failure = e;
      }
      return outOfTime || failure != null;
    }
  }
}
