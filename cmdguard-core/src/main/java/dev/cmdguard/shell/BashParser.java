package dev.cmdguard.shell;

import java.util.List;

/** Parses bash source text into the project's syntax tree. Placeholder until the parser lands. */
public final class BashParser {
  private BashParser() {}

  /**
   * Parses {@code source} as bash. Never throws for bad input: syntax errors are in the result.
   *
   * @param source the script text
   * @return the tree and errors
   */
  public static ParseResult parse(String source) {
    Span all = new Span(0, source.length());
    return new ParseResult(source, Script.empty(all), List.of());
  }
}
