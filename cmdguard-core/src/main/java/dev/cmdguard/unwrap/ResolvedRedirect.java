package dev.cmdguard.unwrap;

import dev.cmdguard.shell.Span;

/**
 * A redirection of an {@link Invocation} with its target expanded.
 *
 * @param fd the descriptor redirected: 0 for input, 1 for output unless given; for {@code &>} and
 *     {@code &>>}, 1 (standard error follows it)
 * @param operator the operator as written ({@code >}, {@code >>}, {@code >|}, {@code <}, {@code
 *     <>}, {@code &>}, {@code &>>}, {@code >&}, {@code <&})
 * @param target the file or descriptor after expansion; tilde and static variables resolved,
 *     relative paths left relative (resolve them against {@link Invocation#cwd()})
 * @param toDescriptor true when the target is a descriptor ({@code 2>&1}, {@code >&-}), not a file
 */
public record ResolvedRedirect(
    int fd, String operator, Arg target, boolean toDescriptor, Span span) {

  /** True when this writes to a file (not a descriptor duplication and not input only). */
  public boolean writesFile() {
    return !toDescriptor && !operator.equals("<");
  }
}
