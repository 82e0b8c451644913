package dev.cmdguard.unwrap.inline;

import java.util.List;

/**
 * One lexical token of interpreter code.
 *
 * @param kind what it is
 * @param text identifiers, variables ({@code $x}, {@code @x}), numbers and punctuation as written;
 *     for quoted kinds the literal text with interpolations left out
 * @param start character offset in the analysed code
 * @param parts for {@link Kind#STRING}, {@link Kind#TEMPLATE} and {@link Kind#SHELL}: the decoded
 *     text and interpolations in order; for {@link Kind#WORDS} one literal per word; for {@link
 *     Kind#REGEX} the code of a Perl {@code s///e} replacement, if any
 */
record Token(Kind kind, String text, int start, List<Segment> parts) {

  Token {
    parts = List.copyOf(parts);
  }

  /** Token kinds shared by all languages. */
  enum Kind {
    IDENT,
    /** A sigiled variable: Perl {@code $x @x %x}, PHP {@code $x}, Ruby {@code @x $x}. */
    VAR,
    STRING,
    /** A JavaScript template literal (which may be tagged: {@code $`cmd`}). */
    TEMPLATE,
    /** Text run by a shell: backticks, Perl {@code qx}, Ruby {@code %x}. */
    SHELL,
    /** A literal word list: Perl {@code qw()}, Ruby {@code %w()} and {@code %i()}. */
    WORDS,
    NUMBER,
    REGEX,
    PUNCT
  }

  /** A piece of a quoted token. */
  sealed interface Segment {
    /** Literal text, escapes decoded. */
    record Lit(String text) implements Segment {}

    /**
     * An interpolated expression.
     *
     * @param source its source code, in the token's language
     * @param offset where that source starts in the analysed code
     */
    record Interp(String source, int offset) implements Segment {}
  }

  static Token punct(String text, int start) {
    return new Token(Kind.PUNCT, text, start, List.of());
  }

  static Token simple(Kind kind, String text, int start) {
    return new Token(kind, text, start, List.of());
  }

  /** True when this is the punctuation {@code p}. */
  boolean is(String p) {
    return kind == Kind.PUNCT && text.equals(p);
  }

  /** True when this is the identifier or keyword {@code w}. */
  boolean isWord(String w) {
    return kind == Kind.IDENT && text.equals(w);
  }

  /** True for a value that can end an expression: the next {@code /} divides, {@code %} is mod. */
  boolean endsOperand() {
    return switch (kind) {
      case IDENT, VAR, STRING, TEMPLATE, SHELL, WORDS, NUMBER, REGEX -> true;
      case PUNCT -> text.equals(")") || text.equals("]") || text.equals("}");
    };
  }
}
