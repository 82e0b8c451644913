package dev.cmdguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cmdguard.Decision;
import dev.cmdguard.Finding;
import dev.cmdguard.FindingCode;
import dev.cmdguard.Profile;
import dev.cmdguard.Risk;
import dev.cmdguard.Sandbox;
import dev.cmdguard.Verdict;
import dev.cmdguard.shell.Span;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Decision JSON of SPEC section 5: field names, order and values, exactly. */
class DecisionJsonTest {
  static final Finding FORCE_PUSH =
      new Finding(
          FindingCode.GIT_FORCE_PUSH,
          Risk.HIGH,
          "git push --force overwrites the remote branch main",
          new Span(0, 25),
          List.of("git", "push", "--force", "origin", "main"),
          0,
          Optional.of("git push --force-with-lease origin main"));

  static Decision decision(List<Finding> findings) {
    return new Decision(
        Verdict.ASK,
        Risk.HIGH,
        Profile.MEDIUM,
        findings,
        List.of(),
        "git push --force overwrites the remote branch main",
        List.of("second reason"),
        List.of("built-in rules", "profile medium (default)"),
        Sandbox.RECOMMENDED,
        false,
        1234);
  }

  private static String compact(Decision d, Optional<DecisionJson.Id> id) throws Exception {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JsonOutput.compact(out)) {
      DecisionJson.write(d, id, json);
    }
    return out.toString();
  }

  @Test
  void everyFieldInSpecOrder() throws Exception {
    assertThat(compact(decision(List.of(FORCE_PUSH)), Optional.empty()))
        .isEqualTo(
            "{\"decision\":\"ask\",\"risk\":\"high\",\"profile\":\"medium\","
                + "\"findings\":[{\"code\":\"GIT_FORCE_PUSH\",\"severity\":\"high\","
                + "\"message\":\"git push --force overwrites the remote branch main\","
                + "\"span\":{\"start\":0,\"end\":25},"
                + "\"invocation\":[\"git\",\"push\",\"--force\",\"origin\",\"main\"],"
                + "\"saferAlternative\":\"git push --force-with-lease origin main\"}],"
                + "\"invocations\":[],"
                + "\"primaryReason\":\"git push --force overwrites the remote branch main\","
                + "\"secondaryReasons\":[\"second reason\"],"
                + "\"policySources\":[\"built-in rules\",\"profile medium (default)\"],"
                + "\"sandbox\":\"recommended\",\"cacheHit\":false,\"durationMicros\":1234}");
  }

  @Test
  void noSaferAlternativeIsNull() throws Exception {
    Finding plain =
        new Finding(
            FindingCode.PARSE_ERROR, Risk.MEDIUM, "x", Span.NONE, List.of(), -1, Optional.empty());
    assertThat(compact(decision(List.of(plain)), Optional.empty()))
        .contains("\"invocation\":[],\"saferAlternative\":null}");
  }

  @Test
  void theIdComesFirstAsGiven() throws Exception {
    Decision d = decision(List.of());
    assertThat(compact(d, Optional.of(new DecisionJson.Id("a\"b", false))))
        .startsWith("{\"id\":\"a\\\"b\",\"decision\":\"ask\",");
    assertThat(compact(d, Optional.of(new DecisionJson.Id("1.50", true))))
        .startsWith("{\"id\":1.50,\"decision\":");
  }

  @Test
  void checkJsonIsOneIndentedDocument() {
    StringWriter out = new StringWriter();
    DecisionJson.writeDocument(decision(List.of()), new java.io.PrintWriter(out, true));
    assertThat(out.toString()).startsWith("{\n  \"decision\": \"ask\",\n").endsWith("}\n");
  }
}
