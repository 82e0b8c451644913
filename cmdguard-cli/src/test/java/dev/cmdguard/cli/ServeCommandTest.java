package dev.cmdguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code cmdguard serve}: its options in-process, and the whole verb as a separate process. */
@Timeout(60)
class ServeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          serve --bind 0.0.0.0                        | --bind 0.0.0.0 is not a loopback address; the service has no authentication
          serve --bind 0.0.0.0 --port 0 --socket /x/s | --bind 0.0.0.0 is not a loopback address
          serve --port 70000                          | --port must be between 0 and 65535: 70000
          serve --port -1                             | --port must be between 0 and 65535: -1
          """)
  void unusableListenersAreUsageErrors(String args, String message) {
    Cli.Result r = Cli.cli().run(args.split(" "));
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("cmdguard: " + message);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aSocketInAMissingDirectoryIsAUsageError() {
    Path missing = dir.resolve("missing");
    Cli.Result r = Cli.cli().run("serve", "--socket", missing.resolve("s.sock").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).isEqualTo("cmdguard: socket directory " + missing + " does not exist\n");
  }

  @Test
  void helpNamesTheEndpointsAndMainListsTheVerb() {
    Cli.Result help = Cli.cli().run("serve", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out())
        .contains("POST /v1/evaluate", "GET  /healthz", "GET  /metrics", "--allow-remote")
        .contains("127.0.0.1:" + ServeCommand.DEFAULT_PORT);
    Cli.Result main = Cli.cli().run("--help");
    assertThat(main.out()).contains("  serve ").doesNotContain("install, serve");
  }

  /**
   * Starts {@code cmdguard serve} as its own JVM, asks it for a decision and a hook answer,
   * compares them with {@code check --json} and {@code hook claude-code}, stops it with SIGTERM,
   * and finds both decisions in its audit log with their agent and session.
   */
  @Test
  @Timeout(180)
  void aRealProcessAnswersLikeCheckAndStopsCleanlyOnSigterm() throws Exception {
    Path socket = dir.resolve("cmdguard.sock");
    Process process = serve("--port", "0", "--socket", socket.toString());
    try {
      BufferedReader out = process.inputReader(StandardCharsets.UTF_8);
      String tcp = out.readLine();
      String unix = out.readLine();
      assertThat(tcp).as(stderr()).matches("listening on http://127\\.0\\.0\\.1:\\d+");
      assertThat(unix).isEqualTo("listening on unix:" + socket);

      String script = "sudo bash -c \"rm -rf /*\"; git push --force origin main";
      String body =
          JSON.writeValueAsString(
              Map.of(
                  "script",
                  script,
                  "cwd",
                  Cli.CWD.toString(),
                  "agent",
                  "claude-code",
                  "session",
                  "s-42"));
      HttpResponse<String> served =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(tcp.substring(13) + "/v1/evaluate"))
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(served.statusCode()).isEqualTo(200);
      Cli.Result check = Cli.cli().run("check", "--json", "-c", script);
      assertThat(withoutTimings(served.body())).isEqualTo(withoutTimings(check.out()));

      String hook =
          "{\"session_id\":\"s-43\",\"cwd\":\"/home/dev/project\",\"hook_event_name\":"
              + "\"PreToolUse\",\"tool_name\":\"Bash\",\"tool_input\":{\"command\":\"ls\"}}";
      Cli.Result viaHookVerb =
          Cli.cli().stdin(hook.getBytes(StandardCharsets.UTF_8)).run("hook", "claude-code");
      HttpResponse<String> viaService =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(tcp.substring(13) + "/v1/hooks/claude-code"))
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString(hook))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(viaService.body()).isEqualTo(viaHookVerb.out()).contains("\"allow\"");
      HttpResponse<String> metrics =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(tcp.substring(13) + "/metrics")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(metrics.body())
          .contains("cmdguard_decisions_total{decision=\"deny\"} 1\n")
          .contains("cmdguard_decisions_total{decision=\"allow\"} 1\n")
          .contains("cmdguard_decisions_by_code_total{code=\"PROTECTED_BRANCH\"} 1\n");

      process.destroy(); // SIGTERM
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isEqualTo(143);
      assertThat(stderr()).isEqualTo("cmdguard serve: stopped\n");
      assertThat(socket).doesNotExist();

      List<String> audit = Files.readAllLines(dir.resolve("state/audit.jsonl"));
      assertThat(audit).hasSize(2);
      JsonNode evaluated = JSON.readTree(audit.get(0));
      assertThat(evaluated.get("agent").asText()).isEqualTo("claude-code");
      assertThat(evaluated.get("session").asText()).isEqualTo("s-42");
      assertThat(evaluated.get("command").asText()).isEqualTo(script);
      assertThat(evaluated.get("decision").get("decision").asText()).isEqualTo("deny");
      JsonNode hooked = JSON.readTree(audit.get(1));
      assertThat(hooked.get("agent").asText()).isEqualTo("claude-code");
      assertThat(hooked.get("session").asText()).isEqualTo("s-43");
      assertThat(hooked.get("command").asText()).isEqualTo("ls");
    } finally {
      process.destroyForcibly();
    }
  }

  private Process serve(String... args) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-Xss8m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(dir.resolve("err").toFile());
    Map<String, String> env = builder.environment();
    env.put("HOME", "/home/dev");
    env.put("USER", "dev");
    env.put("CMDGUARD_SYSTEM_POLICY", "/nonexistent/cmdguard/policy.yaml");
    env.put("CMDGUARD_USER_POLICY", "/nonexistent/cmdguard/user-policy.yaml");
    env.put("CMDGUARD_STATE_DIR", dir.resolve("state").toString());
    return builder.start();
  }

  private String stderr() throws java.io.IOException {
    return Files.readString(dir.resolve("err"));
  }

  /** The decision as a tree, without the two fields that differ between runs. */
  private static JsonNode withoutTimings(String json) throws Exception {
    ObjectNode tree = (ObjectNode) JSON.readTree(json);
    assertThat(tree.has("durationMicros") && tree.has("cacheHit")).isTrue();
    tree.remove(List.of("durationMicros", "cacheHit"));
    return tree;
  }
}
