package dev.cmdguard.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndpointsTest {
  private final Backend backend = Backends.of();
  private final ServiceMetrics metrics = new ServiceMetrics(backend.tally());
  private final Endpoints endpoints = new Endpoints(backend, metrics, 64);

  private static Call call(String method, String path, String contentType, String body) {
    return new Call(
        method,
        path,
        Optional.ofNullable(contentType),
        Optional.of("localhost:7311"),
        true,
        body.getBytes(StandardCharsets.UTF_8),
        false);
  }

  private Reply post(String body) {
    return endpoints.handle(call("POST", "/v1/evaluate", "application/json", body));
  }

  @Test
  void evaluateAnswersTheDecision() {
    Reply reply = post("{\"script\":\"rm -rf /\",\"cwd\":\"/tmp\"}");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).isEqualTo("application/json");
    assertThat(reply.text())
        .startsWith("{\"decision\":\"deny\",\"risk\":\"critical\"")
        .contains("DANGEROUS_DELETE_ROOT");
  }

  @ParameterizedTest(name = "{0} {1} [{2}] → {4}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      nullValues = "-",
      textBlock =
          """
          POST   | /v1/evaluate  | application/json                | `{"script":"ls","cwd":"/"}` | 200 | `"decision":"allow"`
          POST   | /v1/evaluate  | application/json; charset=utf-8 | `{"script":"ls","cwd":"/"}` | 200 | `"decision":"allow"`
          POST   | /v1/evaluate  | application/vnd.cmdguard+json   | `{"script":"ls","cwd":"/"}` | 200 | `"decision":"allow"`
          POST   | /v1/evaluate  | -                               | `{"script":"ls","cwd":"/"}` | 200 | `"decision":"allow"`
          GET    | /healthz      | -                               | ``                          | 200 | `{"status":"ok"}`
          GET    | /metrics      | -                               | ``                          | 200 | `# TYPE cmdguard_decisions_total counter`
          POST   | /v1/evaluate  | application/json                | `{"script":"ls"}`           | 400 | `{"error":"cwd is missing`
          POST   | /v1/evaluate  | application/json                | `not json`                  | 400 | `{"error":"not valid JSON at column 1`
          POST   | /v1/evaluate  | text/plain                      | `{"script":"ls","cwd":"/"}` | 415 | `Content-Type must be application/json, not text/plain`
          POST   | /v1/evaluate  | application/x-www-form-urlencoded | `script=ls`               | 415 | `not application/x-www-form-urlencoded`
          GET    | /v1/evaluate  | -                               | ``                          | 405 | `GET is not allowed on /v1/evaluate; use POST`
          POST   | /healthz      | application/json                | `{}`                        | 405 | `use GET`
          DELETE | /metrics      | -                               | ``                          | 405 | `use GET`
          GET    | /             | -                               | ``                          | 404 | `no such endpoint: GET /`
          POST   | /v1/evaluate/ | application/json                | `{}`                        | 404 | `no such endpoint`
          POST   | /v1/hooks/nobody | application/json             | `{}`                        | 404 | `no such agent 'nobody' (expected claude-code, codex, gemini, cursor, copilot)`
          GET    | /v1/hooks/claude-code | -                       | ``                          | 405 | `GET is not allowed on /v1/hooks/claude-code; use POST`
          """)
  void routes(String method, String path, String type, String body, int status, String text) {
    Reply reply = endpoints.handle(call(method, path, type, body == null ? "" : body));
    assertThat(reply.status()).isEqualTo(status);
    assertThat(reply.text()).contains(text);
    assertThat(reply.headers().containsKey("Allow")).isEqualTo(status == 405);
  }

  @Test
  void aBodyOverTheLimitIs413AndClosesTheConnection() {
    Call big =
        new Call(
            "POST", "/v1/evaluate", Optional.empty(), Optional.empty(), true, new byte[0], true);
    Reply reply = endpoints.handle(big);
    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.text()).isEqualTo("{\"error\":\"request body larger than 64 bytes\"}");
    assertThat(reply.headers()).containsEntry("Connection", "close");
  }

  @ParameterizedTest(name = "Host {0}, loopback only {1} → {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          localhost:7311     | true  | 200
          127.0.0.1:7311     | true  | 200
          -                  | true  | 200
          evil.example:7311  | true  | 421
          evil.example:7311  | false | 200
          """)
  void aForeignHostIsRefusedOnALoopbackListener(String host, boolean loopbackOnly, int status) {
    Call c =
        new Call(
            "GET",
            "/healthz",
            Optional.empty(),
            Optional.ofNullable(host),
            loopbackOnly,
            new byte[0],
            false);
    Reply reply = endpoints.handle(c);
    assertThat(reply.status()).isEqualTo(status);
    if (status == 421) {
      assertThat(reply.text()).contains("Host 'evil.example:7311' is not a loopback name");
    }
  }

  @Test
  void anEvaluatorThatFailsGives500NeverADecision() {
    Endpoints failing =
        new Endpoints(
            Backends.of(
                r -> {
                  throw new IllegalStateException("boom");
                }),
            metrics,
            1024);
    Reply reply =
        failing.handle(call("POST", "/v1/evaluate", null, "{\"script\":\"ls\",\"cwd\":\"/\"}"));
    assertThat(reply.status()).isEqualTo(500);
    assertThat(reply.text())
        .isEqualTo("{\"error\":\"internal error: IllegalStateException: boom\"}");
  }

  @Test
  void everyAnswerIsCountedByRouteAndStatus() {
    post("{\"script\":\"rm -rf /\",\"cwd\":\"/tmp\"}");
    post("{\"script\":\"ls\",\"cwd\":\"/tmp\"}");
    post("{}");
    endpoints.handle(call("GET", "/nope", null, ""));
    String text = endpoints.handle(call("GET", "/metrics", null, "")).text();
    assertThat(text)
        .contains("cmdguard_decisions_total{decision=\"deny\"} 1\n")
        .contains("cmdguard_decisions_total{decision=\"allow\"} 1\n")
        .contains("cmdguard_decisions_total{decision=\"ask\"} 0\n")
        .contains("cmdguard_decisions_by_code_total{code=\"DANGEROUS_DELETE_ROOT\"} 1\n")
        .contains("cmdguard_requests_total{route=\"evaluate\",status=\"200\"} 2\n")
        .contains("cmdguard_requests_total{route=\"evaluate\",status=\"400\"} 1\n")
        .contains("cmdguard_requests_total{route=\"other\",status=\"404\"} 1\n")
        .contains("cmdguard_request_duration_seconds_count{route=\"evaluate\"} 3\n")
        .contains("cmdguard_requests_in_flight 1\n");
  }
}
