package dev.cmdguard.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.cli.HookRecordings;
import dev.cmdguard.cli.hook.HookAdapters;
import dev.cmdguard.cli.hook.Hooks;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code POST /v1/hooks/{agent}} over loopback HTTP answers every recorded payload of {@code
 * cmdguard hook AGENT} ({@code src/test/resources/hooks/AGENT/CASE.json}) with exactly the recorded
 * standard output, and answers the problems only HTTP has with the agent's deny.
 */
@Timeout(120)
class HookRouteTest {
  private static final Path ROOT = HookRecordings.ROOT;
  private static final String CLAUDE_LS =
      "{\"session_id\":\"s-1\",\"cwd\":\"/home/dev/project\",\"hook_event_name\":\"PreToolUse\","
          + "\"tool_name\":\"Bash\",\"tool_input\":{\"command\":\"ls\"}}";

  private static GuardServer server;

  @BeforeAll
  static void start() throws IOException {
    InetSocketAddress any = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    server = GuardServer.start(ServeOptions.of(Optional.of(any), Optional.empty()), Backends.of());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0}/{1}")
  @MethodSource("dev.cmdguard.cli.HookRecordings#cases")
  void answersWhatTheHookVerbPrints(String agent, String name) throws IOException {
    byte[] payload = Files.readAllBytes(ROOT.resolve(agent).resolve(name + ".json"));
    HttpResponse<String> reply =
        Http.send(
            HttpRequest.newBuilder(Http.uri(server, "/v1/hooks/" + agent))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(payload))
                .build());
    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.body())
        .as("%s/%s", agent, name)
        .isEqualTo(Files.readString(ROOT.resolve(agent).resolve(name + ".stdout")));
  }

  static List<String> agents() {
    return HookAdapters.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("agents")
  void anOversizedPayloadIsTheAgentsDenyNot413(String agent) throws IOException {
    String body = "{\"command\":\"ls " + "a".repeat(Hooks.MAX_PAYLOAD_BYTES) + "\"}";
    HttpResponse<String> reply = Http.post(server, "/v1/hooks/" + agent, body);
    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.body())
        .isEqualTo(Files.readString(ROOT.resolve(agent).resolve("oversized.stdout")));
  }

  @Test
  void aCrossSiteContentTypeOrAForeignHostIsTheAgentsDeny() throws IOException {
    HttpResponse<String> form =
        Http.send(
            HttpRequest.newBuilder(Http.uri(server, "/v1/hooks/claude-code"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(CLAUDE_LS))
                .build());
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body())
        .contains("\"permissionDecision\":\"deny\"")
        .contains("cmdguard: Content-Type must be application/json, not text/plain; the command");

    InetSocketAddress at = server.tcpAddress().orElseThrow();
    String foreign =
        Http.raw(at, Http.rawPost("evil.example:" + at.getPort(), "/v1/hooks/cursor", CLAUDE_LS));
    assertThat(foreign)
        .startsWith("HTTP/1.1 200 ")
        .contains("\"permission\":\"deny\"")
        .contains("Host 'evil.example:" + at.getPort() + "' is not a loopback name");
  }

  @Test
  void anUnknownAgentIs404AndAGetIs405() {
    HttpResponse<String> unknown = Http.post(server, "/v1/hooks/aider", CLAUDE_LS);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body())
        .startsWith("{\"error\":\"no such agent 'aider' (expected claude-code");
    HttpResponse<String> get = Http.get(server, "/v1/hooks/claude-code");
    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(get.headers().firstValue("Allow")).contains("POST");
  }

  @Test
  void hookDecisionsAreCountedAndTimed() {
    String before = Http.get(server, "/metrics").body();
    Http.post(server, "/v1/hooks/claude-code", CLAUDE_LS);
    Http.post(server, "/v1/hooks/claude-code", CLAUDE_LS.replace("\"ls\"", "\"rm -rf /\""));
    String after = Http.get(server, "/metrics").body();
    assertThat(count(after, "cmdguard_decisions_total{decision=\"allow\"}"))
        .isEqualTo(count(before, "cmdguard_decisions_total{decision=\"allow\"}") + 1);
    assertThat(count(after, "cmdguard_decisions_total{decision=\"deny\"}"))
        .isEqualTo(count(before, "cmdguard_decisions_total{decision=\"deny\"}") + 1);
    assertThat(count(after, "cmdguard_request_duration_seconds_count{route=\"hooks\"}"))
        .isEqualTo(count(before, "cmdguard_request_duration_seconds_count{route=\"hooks\"}") + 2);
  }

  private static long count(String metrics, String sample) {
    return metrics
        .lines()
        .filter(l -> l.startsWith(sample + " "))
        .mapToLong(l -> Long.parseLong(l.substring(sample.length() + 1)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + sample));
  }
}
