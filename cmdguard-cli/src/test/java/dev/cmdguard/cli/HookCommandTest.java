package dev.cmdguard.cli;

import static dev.cmdguard.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.cli.hook.HookAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code hook} verb's command line: the agents, help, and the start-up shortcut. */
class HookCommandTest {
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
    String shortcut = Main.hookCall(line.split(" ")).map(HookAdapter::name).orElse("-");
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
  void theTopLevelHelpNamesTheVerb() {
    Cli.Result r = cli().run("--help");
    assertThat(r.out()).contains("  hook ").doesNotContain("Planned verbs: exec, hook");
  }
}
