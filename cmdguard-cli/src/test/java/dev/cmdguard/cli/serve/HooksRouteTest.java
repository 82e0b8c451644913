package dev.cmdguard.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.audit.AuditSink;
import dev.cmdguard.cli.hook.HookAdapters;
import dev.cmdguard.cli.hook.HookContext;
import dev.cmdguard.cli.hook.Hooks;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code POST /v1/hooks/{agent}} answers exactly what {@code cmdguard hook AGENT} prints for the
 * same payload (the golden files of the hook tests), so an agent's HTTP hook can point at it.
 */
class HooksRouteTest {
  private static final Path GOLDEN = Path.of("src/test/resources/hooks");
  private GuardServer server;

  @BeforeEach
  void start() throws IOException {
    HookContext context = new HookContext("/home/dev", "dev", AuditSink.NONE);
    Backend backend =
        new Backend(
            Backends.GUARD::evaluate,
            Backends.GUARD::cacheStats,
            "/home/dev",
            "dev",
            System::nanoTime,
            (agent, payload) ->
                HookAdapters.byName(agent)
                    .map(a -> Hooks.handle(a, payload, Backends.GUARD, context)));
    server =
        GuardServer.start(
            ServeOptions.of(
                Optional.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)),
                Optional.empty()),
            backend);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @ParameterizedTest(name = "claude-code {0}")
  @ValueSource(strings = {"allow", "ask", "deny", "unknown-fields"})
  void theAnswerIsTheHookVerbsAnswer(String payload) throws IOException {
    Path dir = GOLDEN.resolve("claude-code");
    HttpResponse<String> r =
        Http.post(
            server, "/v1/hooks/claude-code", Files.readString(dir.resolve(payload + ".json")));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body().strip())
        .isEqualTo(Files.readString(dir.resolve(payload + ".stdout")).strip());
  }

  @Test
  void anUnknownAgentIs404AndAMalformedPayloadIsTheAgentsDeny() {
    HttpResponse<String> unknown = Http.post(server, "/v1/hooks/vim", "{}");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("no such agent: vim");
    HttpResponse<String> bad = Http.post(server, "/v1/hooks/claude-code", "{not json");
    assertThat(bad.body()).doesNotContain("\"allow\"");
    assertThat(bad.statusCode()).isIn(200, 400);
  }
}
