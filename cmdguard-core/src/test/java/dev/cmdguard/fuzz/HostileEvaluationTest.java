package dev.cmdguard.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.CommandGuard;
import dev.cmdguard.Decision;
import dev.cmdguard.EvaluationRequest;
import dev.cmdguard.Risk;
import dev.cmdguard.Verdict;
import dev.cmdguard.policy.Layer;
import dev.cmdguard.policy.Policies;
import dev.cmdguard.policy.PolicyLayer;
import dev.cmdguard.policy.PolicyLoader;
import dev.cmdguard.policy.PolicyLocations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9's hostile input through {@link CommandGuard#evaluate}, with the real clock and the
 * default time budget: each gets an answer that is not allow (or, for harmless look-alikes, not
 * low), with a reason that says what happened, and no exception. Times and allocations are written
 * to {@code target/fuzz/hostile.txt} and printed, never asserted: one evaluation each, after a
 * warm-up that loads the native parser, so mostly before the JIT compiler has caught up (like a
 * one-shot CLI call); {@code ./bench HostileInput} measures the same inputs warm. Bytes that are
 * not UTF-8 and hook payloads only exist at the CLI; their tests are there.
 */
class HostileEvaluationTest {
  private static final CommandGuard GUARD = CommandGuard.builder().clock(System::nanoTime).build();
  private static final Measurements MEASURED = new Measurements("hostile");

  @BeforeAll
  static void loadTheParser() {
    GUARD.evaluate(EvaluationRequest.script("ls; echo $(pwd)", "/home/dev", "/home/dev", "dev"));
  }

  @Test
  void tenMegabyteCommandIsNotAnalysedAndNotAllowed() {
    Decision d = evaluate("10 MB command", "rm -rf /; " + "echo a; ".repeat(10 << 17));

    assertThat(d.decision()).isNotEqualTo(Verdict.ALLOW);
    assertThat(d.primaryReason()).contains("characters, over the 1048576 analysed");
  }

  @Test
  void hundredMegabyteHeredocIsNotAnalysedAndNotAllowed() {
    String body = "x".repeat(100_000_000);
    Decision d = evaluate("100 MB heredoc", "cat > f <<'EOF'\n" + body + "\nEOF\nrm -rf /");

    assertThat(d.decision()).isNotEqualTo(Verdict.ALLOW);
    assertThat(d.primaryReason()).contains("over the 1048576 analysed");
  }

  /**
   * Under the size limit, so it is parsed; tree-sitter skips the body (the shell tests check that
   * the command after it is read). Deny when the machine is fast enough for the budget, else ask.
   */
  @Test
  void aMebibyteHeredocIsAnswered() {
    String body = "x".repeat(63).concat("\n").repeat(16_000);
    Decision d = evaluate("1 MiB heredoc", "cat > f <<'EOF'\n" + body + "EOF\nrm -rf /");
    String expanding = "${x} $(a) \"$y\"\n".repeat(16_000);
    Decision e = evaluate("heredoc, 48,000 expansions", "cat <<EOF\n" + expanding + "EOF\nls");

    assertThat(d.decision()).isNotEqualTo(Verdict.ALLOW);
    assertThat(e.decision()).isNotEqualTo(Verdict.ALLOW);
  }

  @Test
  void hundredThousandNestedCommandSubstitutions() {
    Decision d = evaluate("100,000 nested $(", "echo " + "$(".repeat(100_000));

    assertThat(d.decision()).isNotEqualTo(Verdict.ALLOW);
    assertThat(d.primaryReason()).startsWith("syntax error");
  }

  @Test
  void deepSubshellsAroundACriticalCommand() {
    Decision d =
        evaluate("100,000 nested ( )", "( ".repeat(100_000) + "rm -rf /" + " )".repeat(100_000));

    assertThat(d.decision()).isNotEqualTo(Verdict.ALLOW);
    assertThat(d.primaryReason()).contains("nesting too deep");
  }

  @Test
  void aCriticalCommandNextToDeepNestingIsStillDenied() {
    String deep = "echo " + "$(".repeat(50_000) + ")".repeat(50_000);

    Decision before = evaluate("rm next to deep nesting", "rm -rf /; " + deep);
    Decision after = evaluate("rm after deep nesting", deep + "; rm -rf /");

    assertThat(before.decision()).isEqualTo(Verdict.DENY);
    assertThat(after.decision()).isEqualTo(Verdict.DENY);
  }

  @Test
  void deepGroupsAndCompoundCommands() {
    Decision groups =
        evaluate("10,000 nested { }", "{ ".repeat(10_000) + "ls; " + "}; ".repeat(10_000));
    Decision ifs =
        evaluate("5,000 nested if", "if a; then ".repeat(5_000) + "ls" + "; fi".repeat(5_000));

    assertThat(groups.decision()).isNotEqualTo(Verdict.ALLOW);
    assertThat(ifs.decision()).isNotEqualTo(Verdict.ALLOW);
  }

  /**
   * Ordinary commands up to the size limit: tree-sitter alone needs more than the time budget for a
   * mebibyte here (its native library is built without optimization), so parsing stops at the
   * budget, in chunks, and what was parsed is judged; on a faster machine the invocation limit
   * stops it. Either is an analysis limit: ask.
   */
  @Test
  void anOrdinaryMebibyteScriptStopsAtALimit() {
    Decision d = evaluate("1 MiB ordinary script", ordinaryScript(1 << 20));

    assertThat(d.decision()).isNotEqualTo(Verdict.ALLOW);
    assertThat(Stream.concat(Stream.of(d.primaryReason()), d.secondaryReasons().stream()))
        .anyMatch(r -> r.contains("time budget") || r.contains("invocations"));
  }

  /** Shapes that were quadratic: a chain of cd, many functions, nested substitutions of 1 MiB. */
  @Test
  void longChainsAndManyDefinitionsAreAnswered() {
    StringBuilder functions = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      functions.append("f").append(i).append("() { echo ").append(i).append("; }\n");
    }
    String deep = "echo " + "$(".repeat(340_000) + ")".repeat(340_000) + "; rm -rf /";

    Decision cd = evaluate("100,000 x cd a", "cd a; ".repeat(100_000) + "rm -rf b");
    Decision defined = evaluate("20,000 functions", functions.toString());
    Decision substitutions = evaluate("1 MiB of nested $( )", deep);

    assertThat(cd.decision()).isNotEqualTo(Verdict.ALLOW);
    assertThat(defined.decision()).isNotEqualTo(Verdict.ALLOW);
    assertThat(substitutions.decision()).isNotEqualTo(Verdict.ALLOW);
  }

  @Test
  void nulBytesAndUnpairedSurrogatesAreSyntaxErrorsAndTheRestIsJudged() {
    Decision nul = evaluate("NUL byte", "rm -rf /\0; ls");
    Decision surrogate = evaluate("unpaired surrogate", "ls \uD800; rm -rf /");

    assertThat(nul.decision()).isEqualTo(Verdict.DENY);
    assertThat(nul.secondaryReasons()).anyMatch(r -> r.contains("NUL character"));
    assertThat(surrogate.decision()).isEqualTo(Verdict.DENY);
    assertThat(surrogate.secondaryReasons()).anyMatch(r -> r.contains("unpaired UTF-16 surrogate"));
  }

  @Test
  void crlfLineEndsSeparateCommands() {
    Decision d = evaluate("CRLF", "cd /\r\nrm -rf *\r\n");

    assertThat(d.decision()).isEqualTo(Verdict.DENY);
  }

  @Test
  void lookAlikesAndInvisibleCharactersAreNeverLow() {
    List<String> commands =
        List.of(
            "ｒｍ -rf /", // fullwidth letters: another program, unknown
            "rm\u00a0-rf /", // a no-break space is part of the word in bash
            "rm -rf ／", // fullwidth solidus: a file in the workspace
            "rm -rf /\u200b", // zero-width space: a file in /
            "rm -rf \u202e/", // right-to-left override
            "r\u200bm -rf /");
    for (String c : commands) {
      Decision d = evaluate("look-alike " + c.codePoints().count(), c);
      assertThat(d.risk()).as(c).isGreaterThanOrEqualTo(Risk.MEDIUM);
      assertThat(d.primaryReason()).as(c).isNotBlank();
    }
  }

  @Test
  void policyAliasBombDeniesEverythingWithTheFileNamed(@TempDir Path dir) throws IOException {
    StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 30; i++) {
      bomb.append("a").append(i).append(": &a").append(i).append(" [");
      bomb.append(("*a" + (i - 1) + ", ").repeat(9)).append("*a").append(i - 1).append("]\n");
    }
    Decision d = withPolicy(dir, "alias bomb", bomb.toString());

    assertThat(d.decision()).isEqualTo(Verdict.DENY);
    assertThat(d.primaryReason()).contains("policy.yaml").contains("is broken");
  }

  @Test
  void deeplyNestedPolicyDeniesEverythingWithTheFileNamed(@TempDir Path dir) throws IOException {
    Decision flow = withPolicy(dir, "policy [[[…]]]", "rules: " + "[".repeat(100_000));
    Decision block = withPolicy(dir, "policy nested keys", nestedKeys(5_000));

    assertThat(flow.decision()).isEqualTo(Verdict.DENY);
    assertThat(flow.primaryReason()).contains("policy.yaml");
    assertThat(block.decision()).isEqualTo(Verdict.DENY);
  }

  /**
   * Found by fuzzing the policy loader: SnakeYAML threw NumberFormatException out of {@code
   * PolicyLoader} ({@code policy validate} ended in an internal error; the guard called the file
   * unreadable and told to fix its permissions); now it is a problem of the file like any other.
   */
  @Test
  void aProjectPolicyThatCrashesTheYamlParserDeniesEverything(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve(".cmdguard.yaml"), "rules:\n  deny: [\"rm\\x");
    Policies policies =
        new Policies(
            new PolicyLocations(dir.resolve("no-system.yaml"), dir.resolve("no-user.yaml"), dir),
            PolicyLoader::load,
            f -> Optional.empty(),
            new PolicyLayer(Layer.FLAGS, "", "", List.of(), List.of()));
    CommandGuard guard = CommandGuard.builder().policies(policies).build();

    Decision d =
        MEASURED.run(
            "project policy \"\\x",
            () ->
                guard.evaluate(
                    EvaluationRequest.script("rm -rf /", dir.toString(), "/home/dev", "dev")));

    assertThat(d.decision()).isEqualTo(Verdict.DENY);
    assertThat(d.primaryReason()).contains("is broken").contains("NumberFormatException");
  }

  /** Ordinary lines, one after the other, up to {@code size} characters. */
  static String ordinaryScript(int size) {
    List<String> lines =
        List.of(
            "ls -la /tmp && grep -rn TODO src | head -n 20",
            "git status --short; git diff --stat HEAD~1",
            "find . -name '*.java' -not -path './target/*' -exec wc -l {} +",
            "for f in *.log; do gzip -9 \"$f\"; done",
            "npm run build 2>&1 | tee build.log",
            "cat <<< \"$(date +%F) done\" >> notes.txt",
            "mvn -q -DskipTests package && java -jar target/app.jar --port 8080 &",
            "rm -rf node_modules/.cache; echo cleaned");
    StringBuilder script = new StringBuilder();
    for (int i = 0; ; i++) {
      String line = lines.get(i % lines.size()) + "\n";
      if (script.length() + line.length() > size) {
        return script.toString();
      }
      script.append(line);
    }
  }

  private static String nestedKeys(int depth) {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      yaml.append(" ".repeat(i)).append("k").append(i).append(":\n");
    }
    return yaml.toString();
  }

  private static Decision withPolicy(Path dir, String label, String yaml) throws IOException {
    Path file = dir.resolve("policy.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    Policies policies =
        new Policies(
            new PolicyLocations(file, dir.resolve("none.yaml"), dir.resolve("state")),
            PolicyLoader::load,
            f -> Optional.empty(),
            new PolicyLayer(Layer.FLAGS, "", "", List.of(), List.of()));
    CommandGuard guard = CommandGuard.builder().clock(System::nanoTime).policies(policies).build();
    return MEASURED.run(
        label,
        () -> guard.evaluate(EvaluationRequest.script("ls", dir.toString(), "/home/dev", "dev")));
  }

  private static Decision evaluate(String label, String command) {
    return MEASURED.run(
        label,
        () ->
            GUARD.evaluate(
                EvaluationRequest.script(command, "/home/dev/project", "/home/dev", "dev")));
  }

  @AfterAll
  static void report() {
    MEASURED.report();
  }
}
