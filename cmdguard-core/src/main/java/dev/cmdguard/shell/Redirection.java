package dev.cmdguard.shell;

import java.util.Optional;

/** A redirection (bash manual, "Redirections"). */
public sealed interface Redirection extends Node {

  /**
   * A redirection to or from a file or a file descriptor: {@code >}, {@code >>}, {@code >|}, {@code
   * <}, {@code <>}, {@code &>}, {@code &>>}, {@code >&}, {@code <&}.
   *
   * @param fd the explicit descriptor number or {@code {varname}} text before the operator, if any
   * @param operator the operator exactly as written
   * @param target the file name, or the descriptor for {@code >&N}/{@code <&N} and {@code -} to
   *     close
   */
  record File(Optional<String> fd, String operator, Word target, Span span)
      implements Redirection {}

  /**
   * A here-document {@code <<DELIM} or {@code <<-DELIM} with its body.
   *
   * @param fd the explicit descriptor before the operator, if any
   * @param operator {@code "<<"} or {@code "<<-"}
   * @param delimiter the delimiter with quotes removed
   * @param quoted true when any part of the delimiter was quoted: the body is then taken literally
   * @param body the body; when not {@code quoted}, its expansions are parts of this word
   */
  record Heredoc(
      Optional<String> fd, String operator, String delimiter, boolean quoted, Word body, Span span)
      implements Redirection {}

  /**
   * A here-string {@code <<< word}: the word, expanded, followed by a newline, is standard input.
   *
   * @param fd the explicit descriptor before the operator, if any
   */
  record HereString(Optional<String> fd, Word word, Span span) implements Redirection {}
}
