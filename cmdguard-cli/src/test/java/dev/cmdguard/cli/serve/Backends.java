package dev.cmdguard.cli.serve;

import dev.cmdguard.CommandGuard;
import dev.cmdguard.Decision;
import dev.cmdguard.EvaluationRequest;
import java.util.function.Function;

/** Backends for the service tests: a real guard, a short decision JSON, a clock that counts. */
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
    return new Backend(
        evaluator, GUARD::cacheStats, Backends::write, "/home/dev", "dev", System::nanoTime);
  }

  /** decision, risk, profile, the finding codes, cacheHit: enough to tell decisions apart. */
  static void write(Decision d, com.fasterxml.jackson.core.JsonGenerator json)
      throws java.io.IOException {
    json.writeStartObject();
    json.writeStringField("decision", d.decision().label());
    json.writeStringField("risk", d.risk().label());
    json.writeStringField("profile", d.profile().label());
    json.writeArrayFieldStart("codes");
    for (var f : d.findings()) {
      json.writeString(f.code().name());
    }
    json.writeEndArray();
    json.writeStringField("primaryReason", d.primaryReason());
    json.writeEndObject();
  }
}
