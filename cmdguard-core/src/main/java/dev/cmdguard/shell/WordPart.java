package dev.cmdguard.shell;

import java.util.Optional;

/** One piece of a {@link Word}: literal text or an expansion (bash manual, "Shell Expansions"). */
public sealed interface WordPart extends Node {

  /** How a literal piece was quoted; anything but {@code UNQUOTED} is not subject to globbing. */
  enum Quoting {
    /** Plain text: tilde expansion, word splitting and globbing apply. */
    UNQUOTED,
    /** A character made literal by a backslash outside quotes, such as {@code \*}. */
    ESCAPED,
    /** {@code '…'}. */
    SINGLE,
    /** Literal text inside {@code "…"}. */
    DOUBLE,
    /** {@code $'…'}, with its backslash escapes decoded (bash manual, "ANSI-C Quoting"). */
    ANSI_C,
    /** {@code $"…"} (bash manual, "Locale-Specific Translation"), taken as its text. */
    LOCALE
  }

  /**
   * Literal text with quotes and escapes removed.
   *
   * @param value the characters the shell sees
   */
  record Literal(String value, Quoting quoting, Span span) implements WordPart {}

  /**
   * A parameter expansion: {@code $NAME}, {@code ${NAME}}, {@code $1}, {@code $@}, {@code
   * ${NAME:-word}}, {@code ${#NAME}}, {@code ${NAME/pat/rep}} and so on.
   *
   * @param name the parameter: a variable name, a digit or a special parameter ({@code @ * # ? - $
   *     ! 0})
   * @param operator the operator text between the name and the closing brace, or before the name
   *     for prefix forms ({@code "#"} for length, {@code "!"} for indirection); both, prefix first,
   *     when there are both ({@code ${!pre*}} gives {@code "!*"}); empty for a plain expansion. For
   *     {@code ${a[i]}} the name is {@code "a[i]"}; command substitutions inside the subscript
   *     follow the parameter as extra parts of the word, since bash runs them
   * @param argument the word after the operator, such as the default value of {@code ${X:-/tmp}} or
   *     the pattern and replacement {@code a/b} of {@code ${X/a/b}}; empty when nothing follows the
   *     operator
   * @param quoted true when inside double quotes (no word splitting, no globbing)
   */
  record Parameter(String name, String operator, Optional<Word> argument, boolean quoted, Span span)
      implements WordPart {}

  /**
   * {@code $(list)} or {@code `list`}: the list runs and its output replaces the expansion.
   *
   * @param body the parsed list, with spans in the original text
   * @param backquoted true for the {@code `…`} form
   * @param quoted true when inside double quotes
   */
  record CommandSubstitution(Script body, boolean backquoted, boolean quoted, Span span)
      implements WordPart {}

  /**
   * {@code <(list)} or {@code >(list)}: the list runs with a pipe, whose path replaces the
   * expansion.
   *
   * @param input true for {@code <(…)} (the command reads the list's output)
   */
  record ProcessSubstitution(Script body, boolean input, Span span) implements WordPart {}

  /**
   * {@code $(( expression ))}.
   *
   * @param expression the text between the parentheses, without surrounding blanks
   * @param substitutions command substitutions found inside the expression
   */
  record ArithmeticExpansion(
      String expression, java.util.List<Script> substitutions, boolean quoted, Span span)
      implements WordPart {
    public ArithmeticExpansion {
      substitutions = java.util.List.copyOf(substitutions);
    }
  }
}
