package dev.cmdguard.cli;

import static dev.cmdguard.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end runs of {@code cmdguard scan}: one output line per input line, in order, ids echoed,
 * malformed lines denied (never skipped), a summary on standard error.
 */
class ScanCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Cli.Result scan(String input, String... args) {
    return scan(input.getBytes(StandardCharsets.UTF_8), args);
  }

  private static Cli.Result scan(byte[] input, String... args) {
    List<String> argv = new ArrayList<>(List.of("scan"));
    argv.addAll(Arrays.asList(args));
    return cli().stdin(input).run(argv.toArray(String[]::new));
  }

  private static List<JsonNode> lines(Cli.Result r) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.out().split("\n", -1)) {
      if (!line.isEmpty()) {
        out.add(JSON.readTree(line));
      }
    }
    assertThat(r.out()).endsWith("\n");
    return out;
  }

  @Test
  void oneDecisionPerLineInOrderWithIdsAsGiven() throws Exception {
    Cli.Result r =
        scan(
            """
            {"id": "a", "script": "ls"}
            {"script": "ls -la", "id": 7}
            {"id": 1.50, "script": "pwd"}
            {"script": "cat README.md"}
            """);
    assertThat(r.exit()).isZero();
    List<JsonNode> out = lines(r);
    assertThat(out).hasSize(4);
    assertThat(r.out().lines().toList())
        .satisfiesExactly(
            l -> assertThat(l).startsWith("{\"id\":\"a\",\"decision\":\"allow\","),
            l -> assertThat(l).startsWith("{\"id\":7,\"decision\":"),
            l -> assertThat(l).startsWith("{\"id\":1.50,\"decision\":"),
            l -> assertThat(l).startsWith("{\"decision\":"));
    assertThat(out.get(3).at("/invocations/0/program").asText()).isEqualTo("cat");
    assertThat(CheckCommandTest.names(out.get(0)))
        .containsExactly(
            "id",
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
  }

  @Test
  void argvProfileAndPerLineContext() throws Exception {
    Cli.Result r =
        scan(
            """
            {"id": 1, "argv": ["ls", "a b"], "cwd": "/srv/app"}
            {"id": 2, "script": "ls", "cwd": "sub/../other"}
            {"id": 3, "script": "ls"}
            {"id": 4, "script": "cmdguard trust add x", "profile": "medium"}
            {"id": 5, "script": "echo ~", "home": "/h", "user": "u"}
            """,
            "--profile",
            "paranoid",
            "--cwd",
            "/work");
    List<JsonNode> out = lines(r);
    assertThat(out.get(0).at("/invocations/0/argv/1/value").asText()).isEqualTo("a b");
    assertThat(out.get(0).at("/invocations/0/cwd").asText()).isEqualTo("/srv/app");
    assertThat(out.get(1).at("/invocations/0/cwd").asText()).isEqualTo("/work/other");
    assertThat(out.get(2).at("/invocations/0/cwd").asText()).isEqualTo("/work");
    assertThat(out.get(2).get("decision").asText()).isEqualTo("ask");
    assertThat(out.get(2).get("profile").asText()).isEqualTo("paranoid");
    assertThat(out.get(3).get("profile").asText()).isEqualTo("medium");
    assertThat(out.get(3).get("decision").asText()).isEqualTo("ask");
    assertThat(out.get(4).at("/invocations/0/argv/1/value").asText()).isEqualTo("/h");
  }

  @Test
  void linesModeReadsAHistory() throws Exception {
    Cli.Result r = scan("ls\r\ncmdguard trust add x\n\n{\"script\": \"ls\"}", "--lines");
    List<JsonNode> out = lines(r);
    assertThat(out).hasSize(4);
    assertThat(out.get(0).get("decision").asText()).isEqualTo("allow");
    assertThat(out.get(0).has("id")).isFalse();
    assertThat(out.get(1).at("/findings/0/code").asText()).isEqualTo("GUARD_SELF_MODIFY");
    assertThat(out.get(2).get("invocations")).isEmpty();
    assertThat(out.get(3).get("policySources").toString()).doesNotContain("malformed");
  }

  @Test
  void malformedLinesAreDeniedNeverSkipped() throws Exception {
    String[] input = {
      "{\"id\": 1, \"script\": \"ls\"}",
      "not json",
      "{\"id\": 3}",
      "{\"id\": 4, \"script\": \"ls\", \"argv\": [\"ls\"]}",
      "{\"id\": 5, \"script\": 5}",
      "{\"id\": 6, \"argv\": [\"ls\", 1]}",
      "{\"id\": 7, \"argv\": []}",
      "{\"id\": 8, \"script\": \"a\\u0000b\"}",
      "{\"id\": 9, \"script\": \"ls\", \"script\": \"rm\"}",
      "{\"id\": [10], \"script\": \"ls\"}",
      "[\"ls\"]",
      "",
      "{\"id\": 13, \"script\": \"ls\"} {}",
      "{\"id\": 14, \"script\": \"ls\", \"profile\": \"lax\"}",
      "{\"id\": 15, \"script\": \"ls\", \"cwd\": \"\"}",
      "{\"id\": 16, \"script\": \"ls\"}",
    };
    Cli.Result r = scan(String.join("\n", input) + "\n");
    assertThat(r.exit()).isZero();
    List<JsonNode> out = lines(r);
    assertThat(out).hasSize(input.length);
    assertThat(out.get(0).get("decision").asText()).isEqualTo("allow");
    assertThat(out.get(15).get("decision").asText()).isEqualTo("allow");
    String[] reasons = {
      "input line 2: not valid JSON at column 1",
      "input line 3: neither script nor argv",
      "input line 4: both script and argv",
      "input line 5: script must be a string",
      "input line 6: argv must be an array of strings",
      "input line 7: argv is empty",
      "input line 8: script contains a NUL character",
      "input line 9: not valid JSON at column 35: Duplicate field 'script'",
      "input line 10: id must be a string or a number",
      "input line 11: not a JSON object",
      "input line 12: empty line",
      "input line 13: more than one JSON value",
      "input line 14: unknown profile 'lax'",
      "input line 15: cwd must be a non-empty string",
    };
    for (int i = 0; i < reasons.length; i++) {
      JsonNode d = out.get(i + 1);
      assertThat(d.get("decision").asText()).as(reasons[i]).isEqualTo("deny");
      assertThat(d.get("risk").asText()).isEqualTo("high");
      assertThat(d.get("primaryReason").asText()).startsWith(reasons[i]);
      assertThat(d.get("findings")).isEmpty();
    }
    assertThat(out.get(2).get("id").asInt()).isEqualTo(3);
    assertThat(out.get(9).has("id")).isFalse();
    assertThat(r.err()).contains("16 commands", "2 allow, 0 ask, 14 deny", "14 malformed lines");
  }

  @Test
  void badBytesMakeOnlyTheirLineMalformed() throws Exception {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    in.write("{\"id\": 1, \"script\": \"ls\"}\n".getBytes(StandardCharsets.UTF_8));
    in.write("{\"id\": 2, \"script\": \"echo caf".getBytes(StandardCharsets.UTF_8));
    in.write(new byte[] {(byte) 0xE9, '"', '}', '\n'});
    in.write("{\"id\": 3, \"script\": \"a\0b\"}\n".getBytes(StandardCharsets.UTF_8));
    in.write("{\"id\": 4, \"script\": \"echo café\"}".getBytes(StandardCharsets.UTF_8));
    List<JsonNode> out = lines(scan(in.toByteArray()));
    assertThat(out).hasSize(4);
    assertThat(out.get(0).get("decision").asText()).isEqualTo("allow");
    assertThat(out.get(1).get("id").asInt()).isEqualTo(2);
    assertThat(out.get(1).get("decision").asText()).isEqualTo("deny");
    assertThat(out.get(1).get("primaryReason").asText())
        .startsWith("input line 2: is not valid UTF-8: byte 0xE9 at byte 30");
    assertThat(out.get(2).get("primaryReason").asText())
        .startsWith("input line 3: contains a NUL byte at byte 23");
    assertThat(out.get(3).at("/invocations/0/argv/1/value").asText()).isEqualTo("café");
  }

  @Test
  void anOverlongLineIsDeniedAndTheNextLineStillRead() throws Exception {
    byte[] input = new byte[LineReader.MAX_BYTES + 100];
    Arrays.fill(input, (byte) 'x');
    byte[] tail = "\n{\"id\": 2, \"script\": \"ls\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = Arrays.copyOf(input, input.length + tail.length);
    System.arraycopy(tail, 0, all, input.length, tail.length);
    List<JsonNode> out = lines(scan(all));
    assertThat(out).hasSize(2);
    assertThat(out.get(0).get("primaryReason").asText())
        .startsWith("input line 1: is longer than the limit of 10 MiB");
    assertThat(out.get(1).get("id").asInt()).isEqualTo(2);
    assertThat(out.get(1).get("decision").asText()).isEqualTo("allow");
  }

  @Test
  void fiveThousandLinesFromAFile(@TempDir Path dir) throws Exception {
    StringBuilder input = new StringBuilder();
    String[] commands = {"ls -la", "git status", "grep -rn TODO src", "cat README.md | wc -l"};
    for (int i = 0; i < 5000; i++) {
      input.append("{\"id\":").append(i).append(",\"script\":\"");
      input.append(commands[i % commands.length]).append("\"}\n");
    }
    Files.writeString(dir.resolve("in.jsonl"), input);
    Cli.Result r = cli().in(dir).run("scan", "in.jsonl");
    assertThat(r.exit()).isZero();
    List<JsonNode> out = lines(r);
    assertThat(out).hasSize(5000);
    for (int i = 0; i < 5000; i++) {
      assertThat(out.get(i).get("id").asInt()).isEqualTo(i);
    }
    assertThat(r.err()).matches("scanned 5000 commands in \\d+\\.\\d\\d s: .*\n");
    assertThat(r.err()).contains("; risk: ").doesNotContain("malformed");
  }

  @Test
  void emptyInputScansNothing() {
    Cli.Result r = scan("");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("scanned 0 commands in ");
  }

  @Test
  void helpDescribesTheFormats() {
    Cli.Result r = cli().run("help", "scan");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("--lines", "\"script\"", "\"argv\"", "Exit status:");
  }
}
