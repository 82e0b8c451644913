package dev.cmdguard.shell;

/**
 * A here-document found by {@link Prelexer} (bash manual, "Here Documents"), in character offsets
 * of the text that was scanned.
 *
 * @param operatorStart where {@code <<} or {@code <<-} starts (after any descriptor number)
 * @param operator {@code "<<"} or {@code "<<-"}
 * @param delimiterEnd just after the delimiter word
 * @param delimiter the delimiter with quotes removed
 * @param quoted whether any part of the delimiter was quoted (the body is then literal)
 * @param bodyStart first character of the body
 * @param bodyEnd just after the body (the start of the terminating line)
 * @param end just after the terminating line, not counting its newline
 * @param terminated false when the input ended before the delimiter line
 */
record HeredocSite(
    int operatorStart,
    String operator,
    int delimiterEnd,
    String delimiter,
    boolean quoted,
    int bodyStart,
    int bodyEnd,
    int end,
    boolean terminated) {

  /** {@code <<-}: leading tabs are removed from body lines and the delimiter line. */
  boolean stripTabs() {
    return operator.equals("<<-");
  }
}
