package dev.cmdguard.unwrap;

import dev.cmdguard.shell.BashParser;
import java.util.List;

/** Stage 2 entry point. Placeholder until the unwrapper lands. */
public final class Unwrap {
  private Unwrap() {}

  /**
   * Parses and unwraps a script.
   *
   * @param script bash source text
   * @param context cwd, home, limits
   * @return every invocation that would run, and the analysis gaps
   */
  public static UnwrapResult script(String script, ShellContext context) {
    return new UnwrapResult(BashParser.parse(script), List.of(), List.of());
  }

  /**
   * Unwraps an argv that would be executed directly (no shell parses it).
   *
   * @param argv the program and its arguments, each exactly as passed to execve
   */
  public static UnwrapResult argv(List<String> argv, ShellContext context) {
    return new UnwrapResult(BashParser.parse(""), List.of(), List.of());
  }
}
