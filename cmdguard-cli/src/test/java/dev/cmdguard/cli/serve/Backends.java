package dev.cmdguard.cli.serve;

import dev.cmdguard.CommandGuard;
import dev.cmdguard.Decision;
import dev.cmdguard.EvaluationRequest;
import java.util.function.Function;

/** Backends for the service tests: the built-in policy's guard, or any evaluator. */
final class Backends {
  private Backends() {}

  /** The built-in policy's guard. */
  static final CommandGuard GUARD = CommandGuard.builder().clock(System::nanoTime).build();

  /** A backend that evaluates with {@link #GUARD}. */
  static Backend of() {
    return of(GUARD::evaluate);
  }

  /** A backend that evaluates with {@code evaluator} and counts cache statistics of the guard. */
  static Backend of(Function<EvaluationRequest, Decision> evaluator) {
    return new Backend(evaluator, GUARD::cacheStats, "/home/dev", "dev", System::nanoTime);
  }
}
