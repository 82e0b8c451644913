package dev.cmdguard.cli;

import static dev.cmdguard.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cmdguard.cli.hook.HookAdapter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code hook} verb's command line: the agents, help, and the start-up shortcut. */
class HookCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          hook claude-code        | claude-code
          hook codex              | codex
          hook gemini             | gemini
          hook cursor             | cursor
          hook copilot            | copilot
          hook --help             | -
          hook Claude-Code        | -
          hook claude-code --json | -
          check claude-code       | -
          hook                    | -
          """)
  void onlyHookWithAKnownAgentSkipsPicocli(String line, String agent) {
    String shortcut = Entry.hookCall(line.split(" ")).map(HookAdapter::name).orElse("-");
    assertThat(shortcut).isEqualTo(agent);
  }

  @Test
  void anUnknownAgentIsAUsageErrorThatBlocks() {
    Cli.Result r = cli().run("hook", "aider");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith(
            "cmdguard: unknown agent 'aider' (expected one of: claude-code, codex, gemini, cursor,"
                + " copilot)");
  }

  @Test
  void helpListsTheAgentsAndWhatEachIsTold() {
    Cli.Result r = cli().run("hook", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("Usage: cmdguard hook")
        .contains("claude-code, codex, gemini, cursor, copilot")
        .contains("codex        PreToolUse: deny only");
  }

  @Test
  void everyAnswerIsInTheAuditLogWithTheAgentAndSession(@TempDir Path state) throws Exception {
    Cli cli = cli().env("CMDGUARD_STATE_DIR", state.toString());
    String judged =
        "{\"session_id\":\"s-41\",\"cwd\":\"/home/dev/project\",\"tool_name\":\"Bash\","
            + "\"tool_input\":{\"command\":\"rm -rf /\"}}";
    String unusable = "{\"session_id\":\"s-42\",\"tool_name\":\"Bash\"}";
    String otherTool = "{\"session_id\":\"s-43\",\"cwd\":\"/\",\"tool_name\":\"Read\"}";
    for (String payload : List.of(judged, unusable, otherTool)) {
      cli.stdin(payload.getBytes(StandardCharsets.UTF_8)).run("hook", "claude-code");
    }
    List<JsonNode> records = new ArrayList<>();
    for (String line : Files.readAllLines(state.resolve("audit.jsonl"))) {
      records.add(JSON.readTree(line));
    }
    assertThat(records).hasSize(2);
    assertThat(records.get(0).path("agent").asText()).isEqualTo("claude-code");
    assertThat(records.get(0).path("session").asText()).isEqualTo("s-41");
    assertThat(records.get(0).path("cwd").asText()).isEqualTo("/home/dev/project");
    assertThat(records.get(0).at("/decision/decision").asText()).isEqualTo("deny");
    assertThat(records.get(1).path("agent").asText()).isEqualTo("claude-code");
    assertThat(records.get(1).path("session").asText()).isEqualTo("s-42");
    assertThat(records.get(1).at("/decision/decision").asText()).isEqualTo("deny");
    assertThat(records.get(1).at("/decision/primaryReason").asText())
        .contains("tool_input.command is missing");
  }

  @Test
  void theTopLevelHelpNamesTheVerb() {
    Cli.Result r = cli().run("--help");
    assertThat(r.out()).contains("  hook ").doesNotContain("Planned verbs: exec, hook");
  }
}
