package dev.cmdguard.shell;

import java.util.List;

/**
 * What the parser made of a script: the tree it could build and the errors it met. A result with
 * errors still holds every command that did parse; the parser never throws for bad input.
 *
 * @param source the text that was parsed
 * @param script the syntax tree, with {@link Command.Unparsed} where text could not be read
 * @param errors syntax errors in source order; empty when the text is valid bash
 */
public record ParseResult(String source, Script script, List<SyntaxError> errors) {
  public ParseResult {
    errors = List.copyOf(errors);
  }

  /** True when there was no syntax error. */
  public boolean ok() {
    return errors.isEmpty();
  }
}
