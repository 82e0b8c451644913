package dev.cmdguard.shell;

import java.util.List;

/**
 * A list of commands run one after another (bash manual, "Lists of Commands"): the whole input, or
 * the body of a subshell, group, loop, branch, function or command substitution. Commands separated
 * by {@code ;}, newline or {@code &} appear here in order; a command ended by {@code &} is wrapped
 * in {@link Command.Background}.
 *
 * @param commands the commands in source order, never null
 * @param span the text of the whole list
 */
public record Script(List<Command> commands, Span span) implements Node {
  public Script {
    commands = List.copyOf(commands);
  }

  /** An empty script (for example the body of {@code $()}). */
  public static Script empty(Span span) {
    return new Script(List.of(), span);
  }
}
