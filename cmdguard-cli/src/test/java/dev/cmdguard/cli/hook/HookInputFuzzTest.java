package dev.cmdguard.cli.hook;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cmdguard.CommandGuard;
import dev.cmdguard.audit.AuditSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of each agent's hook input (Jazzer, issue 9): any bytes on standard input
 * are read without an exception ({@link HookAdapter#parse}), and {@link Hooks#handle} answers every
 * payload with exit status 0 or 2, JSON or nothing on standard output, and a refusal for a payload
 * that cannot be used (never silence, which the agent would take as "go ahead"). Seeded with the
 * recorded payloads of {@code HookGoldenTest} (read in place) and, per agent, the recorded allow
 * payload carrying commands of the shared corpora. {@code ./fuzz hook-claude-code} and so on.
 */
class HookInputFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CommandGuard GUARD = CommandGuard.builder().build();
  private static final HookContext CONTEXT = new HookContext("/home/dev", "dev", AuditSink.NONE);

  static Stream<byte[]> claudeCode() {
    return seeds("claude-code");
  }

  static Stream<byte[]> codex() {
    return seeds("codex");
  }

  static Stream<byte[]> gemini() {
    return seeds("gemini");
  }

  static Stream<byte[]> cursor() {
    return seeds("cursor");
  }

  static Stream<byte[]> copilot() {
    return seeds("copilot");
  }

  @MethodSource("claudeCode")
  @FuzzTest
  void claudeCode(byte[] payload) {
    check("claude-code", payload);
  }

  @MethodSource("codex")
  @FuzzTest
  void codex(byte[] payload) {
    check("codex", payload);
  }

  @MethodSource("gemini")
  @FuzzTest
  void gemini(byte[] payload) {
    check("gemini", payload);
  }

  @MethodSource("cursor")
  @FuzzTest
  void cursor(byte[] payload) {
    check("cursor", payload);
  }

  @MethodSource("copilot")
  @FuzzTest
  void copilot(byte[] payload) {
    check("copilot", payload);
  }

  private static void check(String agent, byte[] payload) {
    HookAdapter adapter = HookAdapters.byName(agent).orElseThrow();
    HookInput input = adapter.parse(payload);
    assertThat(input).isNotNull();

    HookOutput out = Hooks.handle(adapter, payload, GUARD, CONTEXT);

    assertThat(out.exitCode()).isIn(0, HookOutput.BLOCK);
    if (!out.stdout().isEmpty()) {
      assertThat(json(out.stdout())).as("stdout of %s", agent).isNotNull();
    }
    if (input instanceof HookInput.Malformed bad) {
      assertThat(out.stdout() + out.stderr()).as("refusal of %s", bad).isNotEmpty();
    }
    if (out.exitCode() == HookOutput.BLOCK) {
      assertThat(out.stderr()).isNotBlank();
    }
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  /** The recorded payloads of the agent, then its allow payload with corpus commands. */
  static Stream<byte[]> seeds(String agent) {
    List<byte[]> out = new ArrayList<>();
    try {
      Path dir =
          Path.of(
              Objects.requireNonNull(HookInputFuzzTest.class.getResource("/hooks/" + agent))
                  .toURI());
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
          out.add(Files.readAllBytes(f));
        }
      }
      JsonNode allow = JSON.readTree(dir.resolve("allow.json").toFile());
      for (String command : corpusSample()) {
        out.add(JSON.writeValueAsBytes(withCommand(allow.deepCopy(), command)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return out.stream();
  }

  /** The payload with its shell command replaced, wherever this agent keeps it. */
  private static JsonNode withCommand(JsonNode payload, String command) throws IOException {
    ObjectNode root = (ObjectNode) payload;
    if (root.has("toolArgs")) { // copilot: the arguments are a JSON string
      ObjectNode args = (ObjectNode) JSON.readTree(root.get("toolArgs").asText());
      args.put("command", command);
      root.put("toolArgs", JSON.writeValueAsString(args));
    } else if (root.has("tool_input")) {
      ((ObjectNode) root.get("tool_input")).put("command", command);
    } else {
      root.put("command", command);
    }
    return root;
  }

  /** Every 250th command of NL2Bash (about 50), read in place; every one when fuzzing. */
  private static List<String> corpusSample() throws IOException {
    Path file =
        Path.of(System.getProperty("cmdguard.shared", "../../shared"), "corpus", "nl2bash.cm");
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String fuzz = System.getenv("JAZZER_FUZZ");
    int step = fuzz != null && !fuzz.isEmpty() && !fuzz.equals("0") ? 1 : 250;
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i += step) {
      out.add(lines.get(i));
    }
    return out;
  }
}
