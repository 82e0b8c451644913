package dev.cmdguard.cli.serve;

import dev.cmdguard.CacheStats;
import dev.cmdguard.Decision;
import dev.cmdguard.EvaluationRequest;
import dev.cmdguard.cli.hook.HookOutput;
import java.util.Objects;
import java.util.Optional;
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
 * @param cacheStats the decision cache's statistics, for {@code /metrics}
 * @param home the absolute home directory of requests that name none
 * @param user the user name of requests that name none
 * @param nanos a monotonic clock in nanoseconds ({@code System::nanoTime}), for the latency
 *     histogram
 * @param hooks answers an agent's hook payload as {@code cmdguard hook AGENT} would ({@code
 *     Hooks.handle}); empty when there is no such agent. Must be thread-safe and never throw
 */
public record Backend(
    Function<EvaluationRequest, Decision> evaluator,
    Supplier<CacheStats> cacheStats,
    String home,
    String user,
    LongSupplier nanos,
    BiFunction<String, byte[], Optional<HookOutput>> hooks) {

  /**
   * @throws IllegalArgumentException when {@code home} is not absolute
   */
  public Backend {
    Objects.requireNonNull(evaluator, "evaluator");
    Objects.requireNonNull(cacheStats, "cacheStats");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(nanos, "nanos");
    Objects.requireNonNull(hooks, "hooks");
    if (!home.startsWith("/")) {
      throw new IllegalArgumentException("home must be an absolute path: " + home);
    }
  }

  /** A backend without hook adapters: {@code /v1/hooks/…} answers 404. */
  public Backend(
      Function<EvaluationRequest, Decision> evaluator,
      Supplier<CacheStats> cacheStats,
      String home,
      String user,
      LongSupplier nanos) {
    this(evaluator, cacheStats, home, user, nanos, (agent, payload) -> Optional.empty());
  }
}
