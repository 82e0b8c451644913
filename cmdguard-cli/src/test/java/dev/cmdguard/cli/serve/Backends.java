package dev.cmdguard.cli.serve;

import dev.cmdguard.CommandGuard;
import dev.cmdguard.Decision;
import dev.cmdguard.EvaluationRequest;
import dev.cmdguard.cli.hook.HookContext;
import dev.cmdguard.cli.hook.Hooks;
import java.util.function.Function;

/** Backends for the service tests: a guard with the built-in policy, or any evaluator. */
final class Backends {
  private Backends() {}

  /** A guard with the built-in policy, shared by tests that do not count its decisions. */
  static final CommandGuard GUARD = CommandGuard.builder().clock(System::nanoTime).build();

  /** A backend whose own guard (built-in policy) reports its decisions to the backend's tally. */
  static Backend of() {
    DecisionTally tally = new DecisionTally();
    return of(CommandGuard.builder().clock(System::nanoTime).audit(tally).build(), tally);
  }

  /** A backend for {@code guard}, which should report to {@code tally}. */
  static Backend of(CommandGuard guard, DecisionTally tally) {
    HookContext context = new HookContext("/home/dev", "dev", tally);
    return new Backend(
        guard::evaluate,
        (adapter, payload) -> Hooks.handle(adapter, payload, guard, context),
        tally,
        guard::cacheStats,
        "/home/dev",
        "dev",
        System::nanoTime);
  }

  /** A backend that evaluates with {@code evaluator}; hooks and the cache are {@link #GUARD}'s. */
  static Backend of(Function<EvaluationRequest, Decision> evaluator) {
    Backend shared = of(GUARD, new DecisionTally());
    return new Backend(
        evaluator,
        shared.hooks(),
        shared.tally(),
        shared.cacheStats(),
        shared.home(),
        shared.user(),
        shared.nanos());
  }
}
