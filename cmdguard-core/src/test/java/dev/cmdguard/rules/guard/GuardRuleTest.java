package dev.cmdguard.rules.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.FindingCode;
import dev.cmdguard.Risk;
import dev.cmdguard.Verdict;
import dev.cmdguard.rules.RuleTable;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The guard family: command → its guard-family codes ({@code ""}: must not fire). */
class GuardRuleTest {
  private static final FindingCode.Family FAMILY = FindingCode.Family.GUARD;

  private static final List<String[]> ROWS =
      List.of(
          row("if then fi (", "PARSE_ERROR"),
          row("'rm -rf /tmp/cache", "PARSE_ERROR"),
          row("bash -c 'rm -rf / ; (('", "PARSE_ERROR"),
          row("eval ".repeat(20) + "ls", "ANALYSIS_LIMIT"),
          row("cmdguard trust add -- git push --force", "GUARD_SELF_MODIFY"),
          row("cmdguard policy trust", "GUARD_SELF_MODIFY"),
          row("echo 'profile: low' > .cmdguard.yaml", "GUARD_SELF_MODIFY"),
          row("rm ~/.local/state/cmdguard/audit.jsonl", "GUARD_SELF_MODIFY"),
          row("sed -i 's/deny/allow/' ~/.config/cmdguard/policy.yaml", "GUARD_SELF_MODIFY"),
          row("sudo tee /etc/cmdguard/policy.yaml < mine.yaml", "GUARD_SELF_MODIFY"),
          row("cp /tmp/p.yaml ../.cmdguard.yaml", "GUARD_SELF_MODIFY"),
          // must not fire
          row("ls -la", ""),
          row("cat .cmdguard.yaml", ""),
          row("cmdguard check -c 'ls'", ""),
          row("cmdguard policy show", ""),
          row("cmdguard trust list", ""),
          row("echo 'x: 1' > config.yaml", ""),
          row("grep deny ~/.config/cmdguard/policy.yaml", ""),
          row("bash -c 'ls; pwd'", ""),
          row("cat <<'EOF' > notes.md\nif then fi (\nEOF", ""),
          row("echo 'cmdguard trust add x'", ""),
          row("for i in 1 2 3; do echo $i; done", ""),
          row("case $x in a) ls;; esac", ""));

  private static String[] row(String command, String codes) {
    return new String[] {command, codes};
  }

  static Stream<Arguments> table() {
    return ROWS.stream().map(r -> Arguments.of(r[0], r[1]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void codes(String command, String expected) {
    assertThat(RuleTable.codes(command, FAMILY)).as(command).isEqualTo(expected);
  }

  @Test
  void atLeastAsManyRowsMustNotFireAsMustFire() {
    long quiet = ROWS.stream().filter(r -> r[1].isEmpty()).count();
    assertThat(quiet).isGreaterThanOrEqualTo(ROWS.size() - quiet - 1);
  }

  @Test
  void incompleteAnalysisIsNeverAllowed() {
    assertThat(RuleTable.evaluate("if then fi (").decision()).isNotEqualTo(Verdict.ALLOW);
    assertThat(RuleTable.evaluate("eval ".repeat(20) + "ls").decision())
        .isNotEqualTo(Verdict.ALLOW);
    assertThat(RuleTable.evaluate("if then fi (").risk()).isGreaterThanOrEqualTo(Risk.MEDIUM);
  }

  @Test
  void incompleteAnalysisIsNeverAllowedEvenWithoutTheGuardRule() {
    dev.cmdguard.CommandGuard noRules =
        dev.cmdguard.CommandGuard.builder().rules(java.util.List.of()).build();
    for (String cmd : new String[] {"if then fi (", "eval ".repeat(20) + "ls", "ls 'unclosed"}) {
      assertThat(
              noRules
                  .evaluate(
                      dev.cmdguard.EvaluationRequest.script(
                          cmd, "/home/dev/project", "/home/dev", "dev"))
                  .decision())
          .as(cmd)
          .isNotEqualTo(Verdict.ALLOW);
    }
    assertThat(
            noRules
                .evaluate(
                    dev.cmdguard.EvaluationRequest.script(
                        "ls -la", "/home/dev/project", "/home/dev", "dev"))
                .decision())
        .isEqualTo(Verdict.ALLOW);
  }

  @Test
  void filesInConfiguredPlacesAreProtectedToo() {
    dev.cmdguard.CommandGuard g =
        dev.cmdguard.CommandGuard.builder()
            .guardFiles(java.util.List.of("/srv/cg/state", "/srv/cg/policy.yaml"))
            .build();
    java.util.function.Function<String, Boolean> fires =
        cmd ->
            g
                .evaluate(
                    dev.cmdguard.EvaluationRequest.script(
                        cmd, "/home/dev/project", "/home/dev", "dev"))
                .findings()
                .stream()
                .anyMatch(f -> f.code() == FindingCode.GUARD_SELF_MODIFY);
    assertThat(fires.apply("rm /srv/cg/state/trust.json")).isTrue();
    assertThat(fires.apply("echo 'profile: low' > /srv/cg/policy.yaml")).isTrue();
    assertThat(fires.apply("rm /srv/cg/statement.txt")).isFalse();
    assertThat(fires.apply("cat /srv/cg/state/audit.jsonl")).isFalse();
  }

  @Test
  void selfModificationNamesTheFile() {
    var finding =
        RuleTable.evaluate("echo 'profile: low' > .cmdguard.yaml").findings().stream()
            .filter(f -> f.code() == FindingCode.GUARD_SELF_MODIFY)
            .findFirst()
            .orElseThrow();
    assertThat(finding.message()).contains(".cmdguard.yaml");
    assertThat(finding.severity()).isEqualTo(Risk.HIGH);
  }
}
