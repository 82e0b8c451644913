package dev.cmdguard.cli.serve;

import dev.cmdguard.CacheStats;
import dev.cmdguard.Decision;
import dev.cmdguard.EvaluationRequest;
import dev.cmdguard.cli.hook.HookAdapter;
import dev.cmdguard.cli.hook.HookOutput;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What the service's endpoints need from the rest of cmdguard, passed in so that the server holds
 * no global state and tests can replace any part.
 *
 * @param evaluator evaluates one request (and audits it); must be thread-safe and must not throw
 *     for bad input ({@code CommandGuard::evaluate} never does)
 * @param hooks answers one hook call in the agent's protocol, as {@code cmdguard hook AGENT} would
 *     ({@code Hooks.handle} with the same guard); must be thread-safe and fail closed
 * @param tally the decisions the guard made, for {@code /metrics}; the guard reports to it
 * @param cacheStats the decision cache's statistics, for {@code /metrics}
 * @param home the absolute home directory of requests that name none
 * @param user the user name of requests that name none
 * @param nanos a monotonic clock in nanoseconds ({@code System::nanoTime}), for the latency
 *     histogram
 */
public record Backend(
    Function<EvaluationRequest, Decision> evaluator,
    BiFunction<HookAdapter, byte[], HookOutput> hooks,
    DecisionTally tally,
    Supplier<CacheStats> cacheStats,
    String home,
    String user,
    LongSupplier nanos) {

  /**
   * @throws IllegalArgumentException when {@code home} is not absolute
   */
  public Backend {
    Objects.requireNonNull(evaluator, "evaluator");
    Objects.requireNonNull(hooks, "hooks");
    Objects.requireNonNull(tally, "tally");
    Objects.requireNonNull(cacheStats, "cacheStats");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(nanos, "nanos");
    if (!home.startsWith("/")) {
      throw new IllegalArgumentException("home must be an absolute path: " + home);
    }
  }
}
