package dev.cmdguard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.policy.Layer;
import dev.cmdguard.policy.Policies;
import dev.cmdguard.policy.PolicyKey;
import dev.cmdguard.policy.PolicyLayer;
import dev.cmdguard.policy.PolicySource;
import dev.cmdguard.policy.Setting;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code Decision.sandbox()} follows {@code sandbox.mode} (SPEC section 8): never → none; auto →
 * low none, medium and above required (a high command a human approves runs only in the sandbox);
 * always → required; a denied command → none in every mode.
 */
class SandboxModeTest {
  private static Decision eval(String mode, String profile, String command) {
    PolicyLayer flags =
        new PolicyLayer(
            Layer.FLAGS,
            "",
            "",
            List.of(Setting.of(PolicyKey.SANDBOX_MODE, mode, PolicySource.flag("--sandbox"))),
            List.of());
    CommandGuard guard = CommandGuard.builder().policies(Policies.builtIn(flags)).build();
    return guard.evaluate(
        EvaluationRequest.script(command, "/home/dev/project", "/home/dev", "dev")
            .withProfile(Profile.parse(profile)));
  }

  @ParameterizedTest(name = "{0} {1}: {2} → {3} {4} {5}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          never  | medium   | ls -la                        | low      | allow | none
          never  | medium   | npm install                   | medium   | allow | none
          never  | medium   | git push --force origin dev   | high     | ask   | none
          never  | medium   | rm -rf /                      | critical | deny  | none
          auto   | medium   | ls -la                        | low      | allow | none
          auto   | medium   | npm install                   | medium   | allow | required
          auto   | medium   | git push --force origin dev   | high     | ask   | required
          auto   | low      | git push --force origin dev   | high     | allow | required
          auto   | medium   | rm -rf /                      | critical | deny  | none
          auto   | paranoid | git push --force origin dev   | high     | deny  | none
          auto   | paranoid | ls -la                        | low      | ask   | none
          always | medium   | ls -la                        | low      | allow | required
          always | paranoid | ls -la                        | low      | ask   | required
          always | medium   | npm install                   | medium   | allow | required
          always | medium   | rm -rf /                      | critical | deny  | none
          """)
  void sandboxFollowsTheMode(
      String mode, String profile, String command, String risk, String verdict, String sandbox) {
    Decision d = eval(mode, profile, command);
    assertThat(d.risk().label()).as("risk").isEqualTo(risk);
    assertThat(d.decision().label()).as("decision").isEqualTo(verdict);
    assertThat(d.sandbox().label()).as("sandbox").isEqualTo(sandbox);
  }

  @ParameterizedTest(name = "{0} {1} {2} → {3}")
  @CsvSource({
    "never, LOW, ALLOW, NONE",
    "never, HIGH, ASK, NONE",
    "auto, LOW, ASK, NONE",
    "auto, MEDIUM, ALLOW, REQUIRED",
    "auto, CRITICAL, ASK, REQUIRED",
    "always, LOW, ALLOW, REQUIRED",
    "always, HIGH, DENY, NONE",
    "unknown, LOW, ALLOW, REQUIRED",
  })
  void theRuleAlone(String mode, Risk risk, Verdict verdict, Sandbox expected) {
    assertThat(Decisions.sandbox(mode, risk, verdict)).isEqualTo(expected);
  }
}
