package dev.cmdguard.shell;

import dev.cmdguard.shell.WordPart.Quoting;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects a word's parts while it is decoded: neighbouring literal characters quoted alike become
 * one {@link WordPart.Literal} whose span covers their source text, quotes included.
 */
final class PartsBuilder {
  private final Offsets offsets;
  private final List<WordPart> parts = new ArrayList<>();
  private final StringBuilder lit = new StringBuilder();
  private Quoting litQuoting;
  private int litStart;
  private int litEnd;

  PartsBuilder(Offsets offsets) {
    this.offsets = offsets;
  }

  /** Adds literal text that came from the local source range {@code [rawStart, rawEnd)}. */
  void literal(String value, Quoting quoting, int rawStart, int rawEnd) {
    if (litQuoting == quoting && litEnd == rawStart) {
      lit.append(value);
      litEnd = rawEnd;
      return;
    }
    flush();
    litQuoting = quoting;
    litStart = rawStart;
    litEnd = rawEnd;
    lit.append(value);
  }

  /** Lets the current literal's span cover {@code [from, to)} (a line continuation). */
  void extendOver(int from, int to) {
    if (litQuoting != null && litEnd == from) {
      litEnd = to;
    }
  }

  void add(WordPart part) {
    flush();
    parts.add(part);
  }

  /** The parts so far, the pending literal included. */
  List<WordPart> parts() {
    flush();
    return parts;
  }

  private void flush() {
    if (litQuoting != null) {
      parts.add(new WordPart.Literal(lit.toString(), litQuoting, offsets.span(litStart, litEnd)));
      lit.setLength(0);
      litQuoting = null;
    }
  }

  /**
   * Drops the empty literals that quotes leave ({@code r''m}, {@code "$x"}) unless the word is
   * nothing else ({@code ''} is an empty argument), then joins neighbouring literals quoted alike.
   */
  static List<WordPart> compact(List<WordPart> parts) {
    List<WordPart> out = new ArrayList<>(parts.size());
    for (WordPart part : parts) {
      if (part instanceof WordPart.Literal l && l.value().isEmpty() && parts.size() > 1) {
        continue;
      }
      WordPart last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last instanceof WordPart.Literal a
          && part instanceof WordPart.Literal b
          && a.quoting() == b.quoting()) {
        out.set(
            out.size() - 1,
            new WordPart.Literal(a.value() + b.value(), a.quoting(), a.span().union(b.span())));
      } else {
        out.add(part);
      }
    }
    if (out.isEmpty() && !parts.isEmpty()) {
      out.add(parts.get(0));
    }
    return out;
  }
}
