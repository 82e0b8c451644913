package dev.cmdguard.unwrap;

import java.util.List;

/**
 * Stage 2 of the pipeline (SPEC section 2): turns a command into the list of invocations that would
 * run, after removing wrappers and descending into nested code.
 *
 * <p>Pure: the result depends only on the text and the context. Never throws for bad input: a
 * syntax error, an over-deep nesting, an oversized script or a spent time budget becomes an {@link
 * AnalysisMarker}, and what was understood up to there is returned.
 */
public final class Unwrap {
  private Unwrap() {}

  /**
   * Parses and unwraps a script.
   *
   * @param script bash source text
   * @param context working directory, home, known variables and limits
   * @return every invocation that would run, and the analysis gaps
   */
  public static UnwrapResult script(String script, ShellContext context) {
    return new Engine(context).run(script);
  }

  /**
   * Unwraps an argv that would be executed directly (no shell parses it): {@code ["sudo", "rm",
   * "-rf", "/"]}.
   *
   * @param argv the program and its arguments, each exactly as passed to execve
   * @param context working directory, home, known variables and limits
   */
  public static UnwrapResult argv(List<String> argv, ShellContext context) {
    return new Engine(context).runArgv(List.copyOf(argv));
  }
}
