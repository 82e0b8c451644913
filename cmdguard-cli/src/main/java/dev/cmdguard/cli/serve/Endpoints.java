package dev.cmdguard.cli.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cmdguard.Decision;
import dev.cmdguard.audit.DecisionJsonWriter;
import dev.cmdguard.cli.serve.ServiceMetrics.Route;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The service's routes (issue 7, SPEC section 9), independent of the server library:
 *
 * <pre>
 * POST /v1/evaluate       an EvaluationRequest ({@link EvaluateBody}) → the Decision JSON of
 *                         check --json (the core's {@link DecisionJsonWriter}, as the audit log's)
 * POST /v1/hooks/{agent}  the agent's hook payload → its answer, as cmdguard hook AGENT ({@link
 *                         HookRoute})
 * GET  /healthz       {"status":"ok"}
 * GET  /metrics       Prometheus text ({@link ServiceMetrics})
 * </pre>
 *
 * Errors are JSON {@code {"error": "…"}}: 400 unusable body, 404 unknown path, 405 wrong method
 * (with {@code Allow}), 413 body over the limit, 415 a {@code Content-Type} that is not JSON (a
 * browser's cross-site form or {@code text/plain} post), 421 a {@code Host} that is not a loopback
 * name on a loopback listener ({@link Refusal}), 500 a bug; the hook route answers most of them
 * with the agent's deny instead. No error is ever an allow: a request that is not answered with a
 * Decision has not been evaluated. Thread-safe.
 */
final class Endpoints {
  static final String EVALUATE = "/v1/evaluate";
  static final String HEALTHZ = "/healthz";
  static final String METRICS = "/metrics";

  private final Backend backend;
  private final ServiceMetrics metrics;
  private final HookRoute hooks;
  private final int maxBodyBytes;

  /**
   * @param maxBodyBytes the largest body accepted, in bytes (the limit named in a 413)
   */
  Endpoints(Backend backend, ServiceMetrics metrics, int maxBodyBytes) {
    this.backend = backend;
    this.metrics = metrics;
    this.hooks = new HookRoute(backend, maxBodyBytes);
    this.maxBodyBytes = maxBodyBytes;
  }

  /** Answers one request; never throws (a failure is a 500 reply). */
  Reply handle(Call call) {
    long start = backend.nanos().getAsLong();
    metrics.started();
    String route = route(call.path());
    Reply reply;
    try {
      reply = dispatch(route, call);
    } catch (RuntimeException | StackOverflowError e) {
      String message = e.getMessage() == null ? "" : ": " + e.getMessage().replace('\n', ' ');
      reply = Reply.error(500, "internal error: " + e.getClass().getSimpleName() + message);
    }
    metrics.finished(route, reply.status(), backend.nanos().getAsLong() - start);
    return reply;
  }

  private static String route(String path) {
    if (path.startsWith(HookRoute.PREFIX)) {
      return Route.HOOKS;
    }
    return switch (path) {
      case EVALUATE -> Route.EVALUATE;
      case HEALTHZ -> Route.HEALTHZ;
      case METRICS -> Route.METRICS;
      default -> Route.OTHER;
    };
  }

  private Reply dispatch(String route, Call call) {
    return switch (route) {
      case Route.EVALUATE -> refused(call, "POST").orElseGet(() -> evaluate(call.body()));
      case Route.HOOKS -> hooks.answer(call);
      case Route.HEALTHZ -> refused(call, "GET").orElseGet(Endpoints::healthz);
      case Route.METRICS -> refused(call, "GET").orElseGet(this::metrics);
      default -> Reply.error(404, "no such endpoint: " + call.method() + " " + call.path());
    };
  }

  private Optional<Reply> refused(Call call, String method) {
    return Refusal.of(call, method, maxBodyBytes).map(r -> r.reply(method));
  }

  private Reply evaluate(byte[] body) {
    return switch (EvaluateBody.parse(body, backend.home(), backend.user())) {
      case EvaluateBody.Invalid invalid -> Reply.error(400, invalid.problem());
      case EvaluateBody.Valid valid -> {
        Decision decision = backend.evaluator().apply(valid.request());
        yield Reply.json(decisionJson(decision));
      }
    };
  }

  private byte[] decisionJson(Decision decision) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
    try (JsonGenerator json = Reply.FACTORY.createGenerator(bytes)) {
      DecisionJsonWriter.write(decision, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static Reply healthz() {
    return Reply.json(Reply.write(json -> json.writeStringField("status", "ok")));
  }

  private Reply metrics() {
    byte[] text = metrics.render(backend.cacheStats().get()).getBytes(StandardCharsets.UTF_8);
    return new Reply(200, Reply.PROMETHEUS, text, Map.of());
  }
}
