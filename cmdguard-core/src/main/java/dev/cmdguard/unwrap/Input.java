package dev.cmdguard.unwrap;

import java.util.Optional;

/**
 * An invocation's standard input as the engine tracks it: where it comes from and, when the data is
 * statically known (a heredoc, a here-string, the output of {@code echo}), the data itself.
 *
 * @param stdin where it comes from
 * @param text the data when statically known
 * @param mapping how {@code text} maps back to the script being walked, for nested-script spans
 */
record Input(Stdin stdin, Optional<String> text, Frame.SpanMapping mapping) {
  static final Input INHERITED =
      new Input(new Stdin.Inherited(), Optional.empty(), Frame.SpanMapping.verbatim(0));
}
