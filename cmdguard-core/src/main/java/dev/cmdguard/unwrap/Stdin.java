package dev.cmdguard.unwrap;

import java.util.Optional;

/**
 * Where an {@link Invocation}'s standard input comes from. Used to see scripts piped or fed into
 * shells and interpreters ({@code curl … | sh}, {@code sh <<< …}, {@code bash <<EOF}).
 */
public sealed interface Stdin {

  /**
   * The input written in the command itself: a here-document's body (expanded as far as known), a
   * here-string's word (without the newline the shell adds); empty for a pipe, a file or the
   * inherited input.
   */
  default Optional<String> text() {
    if (this instanceof Heredoc h) {
      return Optional.of(h.body());
    }
    return this instanceof HereString h ? Optional.of(h.word().value()) : Optional.empty();
  }

  /** Inherited from the caller (the agent's terminal or nothing): no known data. */
  record Inherited() implements Stdin {}

  /**
   * The output of another invocation through a pipe.
   *
   * @param producer index in {@link UnwrapResult#invocations()} of the pipeline stage writing into
   *     the pipe (its outermost invocation, such as {@code sudo} for {@code sudo cat x | sh})
   * @param program that stage's resolved program name, for example {@code curl}
   */
  record Pipe(int producer, String program) implements Stdin {}

  /**
   * A here-document.
   *
   * @param body the body text; when {@code expanded}, with the expansions that could be resolved
   * @param expanded true when the delimiter was unquoted, so the body undergoes expansion
   * @param dynamic true when the body holds expansions whose value is unknown
   */
  record Heredoc(String body, boolean expanded, boolean dynamic) implements Stdin {}

  /** A here-string {@code <<< word}; the shell adds a trailing newline. */
  record HereString(Arg word) implements Stdin {}

  /** A file named by {@code < path} (or a process substitution {@code < <(…)}). */
  record File(Arg path) implements Stdin {}
}
