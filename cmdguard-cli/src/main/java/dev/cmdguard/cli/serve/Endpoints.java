package dev.cmdguard.cli.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cmdguard.Decision;
import dev.cmdguard.audit.DecisionJsonWriter;
import dev.cmdguard.cli.hook.HookOutput;
import dev.cmdguard.cli.serve.ServiceMetrics.Route;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The service's routes (issue 7, SPEC section 9), independent of the server library:
 *
 * <pre>
 * POST /v1/evaluate   an EvaluationRequest ({@link EvaluateBody}) → the Decision JSON of check --json
 *                     (written by the core's {@link DecisionJsonWriter}, as check and the audit log)
 * POST /v1/hooks/{agent}  the agent's hook payload → what cmdguard hook AGENT prints (its protocol's
 *                     JSON, or an empty body where the protocol says nothing); a payload the hook
 *                     refuses without an answer on standard output → 400 with the reason
 * GET  /healthz       {"status":"ok"}
 * GET  /metrics       Prometheus text ({@link ServiceMetrics})
 * </pre>
 *
 * Errors are JSON {@code {"error": "…"}}: 400 unusable body, 404 unknown path, 405 wrong method
 * (with {@code Allow}), 413 body over the limit, 415 a {@code Content-Type} that is not JSON (a
 * browser's cross-site form or {@code text/plain} post), 421 a {@code Host} that is not a loopback
 * name on a loopback listener, 500 a bug. No error is ever an allow: a request that is not answered
 * with a Decision has not been evaluated. Thread-safe.
 */
final class Endpoints {
  static final String EVALUATE = "/v1/evaluate";
  static final String HEALTHZ = "/healthz";
  static final String METRICS = "/metrics";
  static final String HOOKS = "/v1/hooks/";

  private final Backend backend;
  private final ServiceMetrics metrics;
  private final int maxBodyBytes;

  /**
   * @param maxBodyBytes the largest body accepted, in bytes (the limit named in a 413)
   */
  Endpoints(Backend backend, ServiceMetrics metrics, int maxBodyBytes) {
    this.backend = backend;
    this.metrics = metrics;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** Answers one request; never throws (a failure is a 500 reply). */
  Reply handle(Call call) {
    long start = backend.nanos().getAsLong();
    metrics.started();
    String route = route(call.path());
    Reply reply;
    try {
      reply = refusal(call).orElseGet(() -> dispatch(route, call));
    } catch (RuntimeException | StackOverflowError e) {
      String message = e.getMessage() == null ? "" : ": " + e.getMessage().replace('\n', ' ');
      reply = Reply.error(500, "internal error: " + e.getClass().getSimpleName() + message);
    }
    metrics.finished(route, reply.status(), backend.nanos().getAsLong() - start);
    return reply;
  }

  private static String route(String path) {
    return switch (path) {
      case EVALUATE -> Route.EVALUATE;
      case HEALTHZ -> Route.HEALTHZ;
      case METRICS -> Route.METRICS;
      default ->
          path.startsWith(HOOKS) && path.length() > HOOKS.length() ? Route.HOOKS : Route.OTHER;
    };
  }

  /** A reply that refuses the request before it reaches a route, if one is due. */
  private static Optional<Reply> refusal(Call call) {
    if (call.loopbackOnly() && call.host().isPresent() && !LoopbackHost.named(call.host().get())) {
      return Optional.of(
          Reply.error(
              421,
              "Host '"
                  + call.host().get()
                  + "' is not a loopback name; this service answers only localhost, 127.0.0.1"
                  + " and [::1]"));
    }
    return Optional.empty();
  }

  private Reply dispatch(String route, Call call) {
    return switch (route) {
      case Route.EVALUATE -> post(call).orElseGet(() -> evaluate(call.body()));
      case Route.HEALTHZ -> get(call).orElseGet(Endpoints::healthz);
      case Route.METRICS -> get(call).orElseGet(this::metrics);
      case Route.HOOKS ->
          post(call).orElseGet(() -> hook(call.path().substring(HOOKS.length()), call.body()));
      default -> Reply.error(404, "no such endpoint: " + call.method() + " " + call.path());
    };
  }

  /** A refusal of a request that is not a usable JSON POST, if it is not one. */
  private Optional<Reply> post(Call call) {
    if (!call.method().equals("POST")) {
      return Optional.of(methodNotAllowed(call, "POST"));
    }
    if (call.contentType().isPresent() && !json(call.contentType().get())) {
      return Optional.of(
          Reply.error(
              415, "Content-Type must be application/json, not " + call.contentType().get()));
    }
    if (call.tooLarge()) {
      return Optional.of(
          Reply.error(413, "request body larger than " + maxBodyBytes + " bytes")
              .with("Connection", "close"));
    }
    return Optional.empty();
  }

  private static Optional<Reply> get(Call call) {
    return call.method().equals("GET")
        ? Optional.empty()
        : Optional.of(methodNotAllowed(call, "GET"));
  }

  private static Reply methodNotAllowed(Call call, String allowed) {
    return Reply.error(
            405, call.method() + " is not allowed on " + call.path() + "; use " + allowed)
        .with("Allow", allowed);
  }

  /** {@code application/json}, {@code application/json; charset=utf-8}, {@code …+json}. */
  private static boolean json(String contentType) {
    int semicolon = contentType.indexOf(';');
    String media =
        (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
            .trim()
            .toLowerCase(Locale.ROOT);
    return media.equals("application/json")
        || (media.startsWith("application/") && media.endsWith("+json"));
  }

  private Reply evaluate(byte[] body) {
    return switch (EvaluateBody.parse(body, backend.home(), backend.user())) {
      case EvaluateBody.Invalid invalid -> Reply.error(400, invalid.problem());
      case EvaluateBody.Valid valid -> {
        Decision decision = backend.evaluator().apply(valid.request());
        metrics.decided(decision);
        yield Reply.json(decisionJson(decision));
      }
    };
  }

  private Reply hook(String agent, byte[] body) {
    Optional<HookOutput> answer = backend.hooks().apply(agent, body);
    if (answer.isEmpty()) {
      return Reply.error(
          404, "no such agent: " + agent + " (claude-code, codex, gemini, cursor, copilot)");
    }
    HookOutput out = answer.get();
    if (out.stdout().isEmpty() && out.exitCode() != 0) {
      return Reply.error(400, out.stderr().strip());
    }
    return Reply.json(out.stdoutBytes());
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
