package dev.cmdguard.cli;

import static dev.cmdguard.cli.Results.arg;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cmdguard.Finding;
import dev.cmdguard.FindingCode;
import dev.cmdguard.Risk;
import dev.cmdguard.shell.Span;
import dev.cmdguard.shell.SyntaxError;
import dev.cmdguard.unwrap.AnalysisMarker;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.ResolvedRedirect;
import dev.cmdguard.unwrap.Stdin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code explain --json} document: field names, order and values. */
class ExplainJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode written(Explanation e) throws Exception {
    StringWriter out = new StringWriter();
    ExplainJson.write(e, new PrintWriter(out));
    return JSON.readTree(out.toString());
  }

  @Test
  void sudoBashRm() throws Exception {
    JsonNode doc = written(Results.sudoBashRm());
    assertThat(doc.get("invocations")).hasSize(3);
    JsonNode rm = doc.get("invocations").get(2);
    assertThat(fieldNames(rm))
        .containsExactly(
            "program", "argv", "cwd", "origin", "span", "stdin", "redirects", "traits");
    assertThat(rm.get("program").asText()).isEqualTo("rm");
    assertThat(rm.get("origin").toString()).isEqualTo("[\"sudo\",\"bash -c\"]");
    assertThat(rm.get("span").toString()).isEqualTo("{\"start\":13,\"end\":23}");
    assertThat(rm.get("stdin").toString()).isEqualTo("{\"kind\":\"inherited\"}");
    assertThat(rm.get("traits").toString()).isEqualTo("[\"ELEVATED\"]");
    assertThat(rm.get("cwd").asText()).isEqualTo("/home/dev/project");
    assertThat(rm.get("argv").get(1).toString())
        .isEqualTo(
            "{\"value\":\"-rf\",\"dynamic\":false,\"knownPrefix\":\"-rf\",\"glob\":false,"
                + "\"producers\":[],\"span\":{\"start\":17,\"end\":20}}");
  }

  static Stream<Arguments> stdinKinds() {
    Arg word = arg("ls", 3, 5);
    return Stream.of(
        Arguments.of(new Stdin.Inherited(), "{\"kind\":\"inherited\"}"),
        Arguments.of(
            new Stdin.Pipe(0, "curl"), "{\"kind\":\"pipe\",\"producer\":0,\"program\":\"curl\"}"),
        Arguments.of(
            new Stdin.Heredoc("ls\n", true, false),
            "{\"kind\":\"heredoc\",\"body\":\"ls\\n\",\"expanded\":true,\"dynamic\":false}"),
        Arguments.of(
            new Stdin.HereString(word),
            "{\"kind\":\"hereString\",\"word\":" + ExplainJson.arg(word) + "}"),
        Arguments.of(
            new Stdin.File(word), "{\"kind\":\"file\",\"path\":" + ExplainJson.arg(word) + "}"));
  }

  @ParameterizedTest
  @MethodSource("stdinKinds")
  void everyStdinKind(Stdin stdin, String json) {
    assertThat(ExplainJson.stdin(stdin).toString()).isEqualTo(json);
  }

  @Test
  void redirectsMarkersAndSyntaxErrors() {
    ResolvedRedirect r = new ResolvedRedirect(2, ">&", arg("1", 4, 5), true, new Span(2, 5));
    assertThat(ExplainJson.redirect(r).toString())
        .startsWith("{\"fd\":2,\"operator\":\">&\",\"target\":{\"value\":\"1\"")
        .endsWith("\"toDescriptor\":true,\"span\":{\"start\":2,\"end\":5}}");
    AnalysisMarker m =
        new AnalysisMarker(AnalysisMarker.Kind.DEPTH_LIMIT, "too deep", new Span(0, 3));
    assertThat(ExplainJson.marker(m).toString())
        .isEqualTo(
            "{\"kind\":\"DEPTH_LIMIT\",\"message\":\"too deep\",\"span\":{\"start\":0,\"end\":3}}");
    SyntaxError e = new SyntaxError(new Span(4, 4), 1, 5, "missing 'fi'");
    assertThat(ExplainJson.syntaxError(e).toString())
        .isEqualTo(
            "{\"line\":1,\"column\":5,\"message\":\"missing 'fi'\",\"span\":{\"start\":4,\"end\":4}}");
  }

  @Test
  void topLevelFieldsInOrder() throws Exception {
    JsonNode doc = written(Results.explanation("", List.of(), List.of(), List.of()));
    assertThat(fieldNames(doc))
        .containsExactly(
            "command",
            "argv",
            "cwd",
            "home",
            "user",
            "invocations",
            "findings",
            "markers",
            "syntaxErrors");
  }

  @Test
  void aFindingNamesItsInvocationByIndex() throws Exception {
    Finding f =
        new Finding(
            FindingCode.GIT_FORCE_PUSH,
            Risk.HIGH,
            "git push --force overwrites main",
            new Span(0, 16),
            List.of("git", "push", "-f"),
            2,
            Optional.of("git push --force-with-lease"));
    JsonNode doc =
        written(
            Results.explanation("git push -f", List.of(), List.of(), List.of())
                .withFindings(List.of(f)));
    assertThat(doc.get("findings").toString())
        .isEqualTo(
            "[{\"code\":\"GIT_FORCE_PUSH\",\"severity\":\"high\","
                + "\"message\":\"git push --force overwrites main\","
                + "\"span\":{\"start\":0,\"end\":16},\"invocation\":[\"git\",\"push\",\"-f\"],"
                + "\"invocationIndex\":2,\"saferAlternative\":\"git push --force-with-lease\"}]");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
