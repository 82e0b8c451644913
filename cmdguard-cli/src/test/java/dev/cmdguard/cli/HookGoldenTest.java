package dev.cmdguard.cli;

import static dev.cmdguard.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.cli.hook.HookAdapters;
import dev.cmdguard.cli.hook.Hooks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code cmdguard hook AGENT} against recorded payloads: for every {@code
 * src/test/resources/hooks/AGENT/CASE.json}, standard output must equal {@code CASE.stdout},
 * standard error {@code CASE.stderr}, and the exit status {@code CASE.exit}. The payloads are
 * shaped like the agents' own (field names and extras from their hook references), with each
 * decision, another tool or event, unknown fields, missing and mistyped fields, and broken JSON. An
 * oversized payload is generated per agent ({@code oversized.*}).
 *
 * <p>After a deliberate change of wording, rerun with {@code -Dhooks.golden.update=true} to rewrite
 * the expected files, and review the diff.
 */
class HookGoldenTest {
  private static final Path ROOT = HookRecordings.ROOT;
  private static final boolean UPDATE = Boolean.getBoolean("hooks.golden.update");

  @TempDir Path state;

  private Cli cliWithState() {
    return cli().env("CMDGUARD_STATE_DIR", state.toString());
  }

  @ParameterizedTest(name = "{0}/{1}")
  @MethodSource("dev.cmdguard.cli.HookRecordings#cases")
  void answersAsRecorded(String agent, String name) throws IOException {
    byte[] payload = Files.readAllBytes(ROOT.resolve(agent).resolve(name + ".json"));
    assertRecorded(agent, name, cliWithState().stdin(payload).run("hook", agent));
  }

  static List<String> agents() {
    return HookAdapters.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("agents")
  void refusesAnOversizedPayloadUnread(String agent) throws IOException {
    String command = "ls " + "a".repeat(Hooks.MAX_PAYLOAD_BYTES);
    String payload =
        "{\"tool_name\":\"Bash\",\"toolName\":\"bash\",\"cwd\":\"/home/dev/project\","
            + "\"tool_input\":{\"command\":\""
            + command
            + "\"},\"command\":\""
            + command
            + "\"}";
    assertRecorded(
        agent,
        "oversized",
        cli().stdin(payload.getBytes(StandardCharsets.UTF_8)).run("hook", agent));
  }

  @Test
  void everyAgentHasEveryKindOfCase() {
    for (String agent : HookAdapters.names()) {
      assertThat(ROOT.resolve(agent).resolve("allow.json")).exists();
      assertThat(ROOT.resolve(agent).resolve("ask.json")).exists();
      assertThat(ROOT.resolve(agent).resolve("deny.json")).exists();
      assertThat(ROOT.resolve(agent).resolve("unknown-fields.json")).exists();
    }
  }

  private static void assertRecorded(String agent, String name, Cli.Result r) throws IOException {
    Path dir = ROOT.resolve(agent);
    if (UPDATE) {
      Files.writeString(dir.resolve(name + ".stdout"), r.out());
      Files.writeString(dir.resolve(name + ".stderr"), r.err());
      Files.writeString(dir.resolve(name + ".exit"), r.exit() + "\n");
      return;
    }
    assertThat(r.out())
        .as("%s/%s standard output", agent, name)
        .isEqualTo(read(dir, name, "stdout"));
    assertThat(r.err())
        .as("%s/%s standard error", agent, name)
        .isEqualTo(read(dir, name, "stderr"));
    assertThat(r.exit())
        .as("%s/%s exit status", agent, name)
        .isEqualTo(Integer.parseInt(read(dir, name, "exit").strip()));
  }

  private static String read(Path dir, String name, String kind) throws IOException {
    return Files.readString(dir.resolve(name + "." + kind));
  }
}
