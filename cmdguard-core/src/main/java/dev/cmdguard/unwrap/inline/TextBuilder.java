package dev.cmdguard.unwrap.inline;

/**
 * Builds a string value from pieces in linear time (folding {@code 'a' + 'b' + …} one {@link
 * Val#concat} at a time would copy the growing text each step), cut at {@link Val#MAX_TEXT}.
 */
final class TextBuilder {
  private final StringBuilder text = new StringBuilder();
  private boolean dynamic;

  /** Appends a value's text (a hole when it is not a string or number). */
  TextBuilder add(Val v) {
    Val.Str s = Val.asStr(v);
    dynamic |= s.dynamic();
    return append(s.text());
  }

  /** Appends literal text. */
  TextBuilder append(String literal) {
    int room = Val.MAX_TEXT - text.length();
    if (literal.length() > room) {
      text.append(literal, 0, Math.max(0, room));
      dynamic = true;
    } else {
      text.append(literal);
    }
    return this;
  }

  Val.Str build() {
    return new Val.Str(text.toString(), dynamic);
  }
}
