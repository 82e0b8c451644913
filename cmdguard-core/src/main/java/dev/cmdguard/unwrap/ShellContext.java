package dev.cmdguard.unwrap;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * What the shell would know before the command starts: where it runs, whose home {@code ~} is, and
 * the limits of the analysis. The core never reads the environment or the clock itself; they come
 * in here so that every result is a pure function of (command, context).
 *
 * @param cwd absolute working directory the command starts in (the workspace)
 * @param home absolute home directory of the user ({@code ~}, {@code $HOME})
 * @param user the user's login name ({@code $USER}, {@code ~user} of the same user)
 * @param variables variables known before the command starts, by name; names not here are unknown
 *     (dynamic), never empty
 * @param maxDepth how deep nested scripts may go ({@code bash -c} in {@code eval} in …); SPEC: 16
 * @param maxScriptChars the largest script analysed, in characters; SPEC: 1 MiB
 * @param budget the time the analysis of one command may take
 * @param nanoClock a monotonic clock in nanoseconds (normally {@code System::nanoTime})
 */
public record ShellContext(
    String cwd,
    String home,
    String user,
    Map<String, String> variables,
    int maxDepth,
    int maxScriptChars,
    Duration budget,
    LongSupplier nanoClock) {

  /** SPEC section 2: recursion depth 16. */
  public static final int DEFAULT_MAX_DEPTH = 16;

  /** SPEC section 2: script size 1 MiB. */
  public static final int DEFAULT_MAX_SCRIPT_CHARS = 1 << 20;

  /** Default time budget for one analysis. */
  public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(1);

  /**
   * @throws IllegalArgumentException when {@code cwd} or {@code home} is not absolute, or a limit
   *     is not positive
   */
  public ShellContext {
    Objects.requireNonNull(cwd, "cwd");
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(nanoClock, "nanoClock");
    if (!cwd.startsWith("/")) {
      throw new IllegalArgumentException("cwd must be absolute: " + cwd);
    }
    if (!home.startsWith("/")) {
      throw new IllegalArgumentException("home must be absolute: " + home);
    }
    if (maxDepth < 1 || maxScriptChars < 1) {
      throw new IllegalArgumentException(
          "limits must be positive: " + maxDepth + ", " + maxScriptChars);
    }
    variables = Map.copyOf(variables);
  }

  /**
   * A context with the default limits and a clock that never advances (deterministic, for tests and
   * callers that enforce time elsewhere).
   */
  public static ShellContext of(String cwd, String home, String user) {
    return new ShellContext(
        cwd,
        home,
        user,
        Map.of(),
        DEFAULT_MAX_DEPTH,
        DEFAULT_MAX_SCRIPT_CHARS,
        DEFAULT_BUDGET,
        () -> 0L);
  }

  /** This context with another clock. */
  public ShellContext withClock(LongSupplier clock) {
    return new ShellContext(cwd, home, user, variables, maxDepth, maxScriptChars, budget, clock);
  }

  /** This context with these known variables. */
  public ShellContext withVariables(Map<String, String> known) {
    return new ShellContext(cwd, home, user, known, maxDepth, maxScriptChars, budget, nanoClock);
  }
}
