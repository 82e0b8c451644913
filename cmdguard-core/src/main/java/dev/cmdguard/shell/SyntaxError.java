package dev.cmdguard.shell;

/**
 * Where and what the parser could not read.
 *
 * @param span the text in error (may be empty where something is missing)
 * @param line 1-based line of {@code span.start()}
 * @param column 1-based column (in characters) of {@code span.start()}
 * @param message what is wrong, for humans, for example {@code "missing 'fi'"} or {@code
 *     "unexpected ')'"}
 */
public record SyntaxError(Span span, int line, int column, String message) {}
