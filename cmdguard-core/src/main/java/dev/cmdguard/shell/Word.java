package dev.cmdguard.shell;

import java.util.List;
import java.util.Optional;

/**
 * A word (bash manual, "Definitions": a sequence of characters treated as a unit by the shell) with
 * its quoting resolved into parts. Adjacent pieces without white space between them, such as {@code
 * r''m} or {@code "$HOME"/x}, are one word.
 *
 * @param parts the pieces in order; literal parts already have quotes and escapes removed
 * @param span where the word stands in the original text
 */
public record Word(List<WordPart> parts, Span span) implements Node {
  public Word {
    parts = List.copyOf(parts);
  }

  /** A word made of one unquoted literal (for tests and synthesized commands). */
  public static Word literal(String value, Span span) {
    return new Word(List.of(new WordPart.Literal(value, WordPart.Quoting.UNQUOTED, span)), span);
  }

  /**
   * The word's value when it contains no expansion at all, for example {@code r''m} gives {@code
   * rm} and {@code $'\x72\x6d'} gives {@code rm}. Tilde, glob characters and the like are not
   * expanded here: that needs the context, which the unwrap stage has.
   *
   * @return the value, or empty when any part is an expansion or substitution
   */
  public Optional<String> staticValue() {
    StringBuilder sb = new StringBuilder();
    for (WordPart part : parts) {
      if (!(part instanceof WordPart.Literal literal)) {
        return Optional.empty();
      }
      sb.append(literal.value());
    }
    return Optional.of(sb.toString());
  }
}
