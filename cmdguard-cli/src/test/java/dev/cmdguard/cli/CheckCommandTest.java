package dev.cmdguard.cli;

import static dev.cmdguard.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * End-to-end runs of {@code cmdguard check} through picocli. The commands are chosen so that the
 * verdict does not depend on rule families still being written: {@code ls} is read-only, the
 * paranoid profile asks for anything below high, {@code cmdguard trust add} is a high {@code
 * GUARD_SELF_MODIFY} (denied when paranoid), and a syntax error is a {@code PARSE_ERROR}, which
 * never allows.
 */
class CheckCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "medium   | ls -la                 | 0 | ALLOW  low risk (profile medium)",
        "paranoid | ls -la                 | 3 | ASK  low risk (profile paranoid)",
        "medium   | if then fi (           | 3 | ASK  medium risk (profile medium)",
        "paranoid | cmdguard trust add x   | 4 | DENY  high risk (profile paranoid)",
        "medium   | cmdguard trust add x   | 3 | ASK  high risk (profile medium)",
      })
  void exitStatusFollowsTheDecision(String profile, String script, int exit, String first) {
    Cli.Result r = cli().run("check", "--profile", profile, "-c", script);
    assertThat(r.exit()).isEqualTo(exit);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith(first + "\n").doesNotContain("\u001b[");
  }

  @Test
  void aFindingIsUnderlinedInTheCommand() {
    Cli.Result r = cli().run("check", "--profile", "paranoid", "-c", "cmdguard trust add x");
    assertThat(r.out())
        .contains(
            """
            GUARD_SELF_MODIFY (high): 'cmdguard trust add' changes what the guard allows; \
            only a human should run it
               cmdguard trust add x
               ^^^^^^^^^^^^^^^^^^^^
            """)
        .endsWith("1 finding (1 high) in 1 invocation; profile paranoid; exit status 4 (deny)\n");
  }

  @Test
  void aMultiLineScriptShowsWhereAndThroughWhat() {
    Cli.Result r =
        cli().run("check", "-c", "echo hi\nsudo bash -c 'cmdguard trust add x'", "--profile=high");
    assertThat(r.exit()).isEqualTo(ExitCodes.ASK);
    assertThat(r.out())
        .contains(
            """
               2:15  sudo bash -c 'cmdguard trust add x'
                                   ^^^^^^^^^^^^^^^^^^^^
               in #4 sudo → bash -c → cmdguard
            """);
  }

  @Test
  void anArgvRunsWithoutAShell() throws Exception {
    Cli.Result r = cli().run("check", "--json", "--", "ls", "-la", "a b");
    assertThat(r.exit()).isZero();
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.get("decision").asText()).isEqualTo("allow");
    assertThat(doc.at("/invocations/0/argv/2/value").asText()).isEqualTo("a b");
  }

  @Test
  void jsonHasTheSpecFieldsInOrder() throws Exception {
    Cli.Result r =
        cli().run("check", "--json", "--profile", "paranoid", "-c", "cmdguard trust add x");
    assertThat(r.exit()).isEqualTo(ExitCodes.DENY);
    JsonNode doc = JSON.readTree(r.out());
    assertThat(names(doc))
        .containsExactly(
            "decision",
            "risk",
            "profile",
            "findings",
            "invocations",
            "primaryReason",
            "secondaryReasons",
            "policySources",
            "sandbox",
            "cacheHit",
            "durationMicros");
    assertThat(doc.get("decision").asText()).isEqualTo("deny");
    assertThat(doc.get("risk").asText()).isEqualTo("high");
    assertThat(doc.get("profile").asText()).isEqualTo("paranoid");
    JsonNode finding = doc.at("/findings/0");
    assertThat(names(finding))
        .containsExactly("code", "severity", "message", "span", "invocation", "saferAlternative");
    assertThat(finding.get("code").asText()).isEqualTo("GUARD_SELF_MODIFY");
    assertThat(finding.get("span").toString()).isEqualTo("{\"start\":0,\"end\":20}");
    assertThat(finding.get("invocation").toString())
        .isEqualTo("[\"cmdguard\",\"trust\",\"add\",\"x\"]");
    assertThat(doc.at("/invocations/0/program").asText()).isEqualTo("cmdguard");
    assertThat(doc.get("policySources").toString()).contains("profile paranoid");
    assertThat(doc.get("sandbox").asText()).isEqualTo("none");
    assertThat(doc.get("cacheHit").asBoolean()).isFalse();
    assertThat(doc.get("durationMicros").isIntegralNumber()).isTrue();
  }

  @Test
  void coloursOnATerminal() {
    Cli.Result r = cli().terminal(true).env("TERM", "xterm").run("check", "-c", "ls");
    assertThat(r.out()).startsWith("\u001b[1m\u001b[32mALLOW");
    assertThat(cli().run("check", "--color=always", "-c", "ls").out()).contains("\u001b[");
  }

  @Test
  void readsAScriptFromStandardInput() {
    Cli.Result r =
        cli()
            .stdin("ls\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .run("check", "-f", "-");
    assertThat(r.exit()).isZero();
  }

  @Test
  void helpTeachesExamplesAndExitStatuses() {
    Cli.Result r = cli().run("check", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("-c, --command=SCRIPT", "--profile=LEVEL", "Examples:", "Exit status:")
        .contains("3  ask", "4  deny", "paranoid  low ask");
  }

  @Test
  void topLevelHelpListsTheVerbs() {
    String help = cli().run("--help").out();
    assertThat(help)
        .contains("  check ", "  scan ", "  explain ", "  exec ", "  hook ", "  install ")
        .contains("  serve ", "  policy ", "  trust ", "  audit ");
    assertThat(help).doesNotContain("Planned verbs");
  }

  static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
