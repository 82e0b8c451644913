package dev.cmdguard.unwrap.inline;

import dev.cmdguard.unwrap.inline.Token.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the body of a quoted literal: backslash escapes, and interpolated expressions which are
 * kept as source for the language's parser ({@code f"{x}"}, {@code `${x}`}, {@code "#{x}"}, Perl
 * and PHP {@code "$x"}).
 */
final class Literals {
  /** How backslashes are read. */
  enum Escapes {
    /** No escapes: raw strings, long brackets. */
    NONE,
    /** Only {@code \\} and the escaped delimiter: single quotes in Perl, Ruby, PHP. */
    SINGLE,
    PYTHON,
    JS,
    PERL,
    RUBY,
    PHP,
    LUA
  }

  /** Which interpolation syntax the literal has. */
  enum Interpolation {
    NONE,
    PYTHON_F,
    JS_TEMPLATE,
    PERL,
    RUBY,
    PHP
  }

  private Literals() {}

  /**
   * The segments of a literal body.
   *
   * @param raw the text between the delimiters
   * @param offset where {@code raw} starts in the analysed code
   * @param delim the closing delimiter, which {@link Escapes#SINGLE} lets be escaped
   */
  static List<Segment> decode(
      String raw, int offset, Escapes escapes, Interpolation interpolation, char delim) {
    List<Segment> parts = new ArrayList<>();
    StringBuilder lit = new StringBuilder();
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '\\' && escapes != Escapes.NONE) {
        i =
            escapes == Escapes.SINGLE
                ? single(raw, i, delim, lit)
                : Escape.read(raw, i, escapes, lit);
        continue;
      }
      int[] interp = Interpolations.find(raw, i, interpolation);
      if (interp == null) {
        lit.append(c);
        i++;
      } else if (interp[0] < 0) {
        lit.append(c);
        i = interp[2];
      } else {
        flush(lit, parts);
        parts.add(new Segment.Interp(raw.substring(interp[0], interp[1]), offset + interp[0]));
        i = interp[2];
      }
    }
    flush(lit, parts);
    return parts;
  }

  /** The literal text of segments, interpolations left out. */
  static String text(List<Segment> parts) {
    StringBuilder b = new StringBuilder();
    for (Segment s : parts) {
      if (s instanceof Segment.Lit lit) {
        b.append(lit.text());
      }
    }
    return b.toString();
  }

  private static void flush(StringBuilder lit, List<Segment> parts) {
    if (!lit.isEmpty()) {
      parts.add(new Segment.Lit(lit.toString()));
      lit.setLength(0);
    }
  }

  private static int single(String raw, int i, char delim, StringBuilder lit) {
    char next = i + 1 < raw.length() ? raw.charAt(i + 1) : Chars.END;
    if (next == '\\' || next == delim) {
      lit.append(next);
      return i + 2;
    }
    lit.append('\\');
    return i + 1;
  }
}
