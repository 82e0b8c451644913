package dev.cmdguard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.audit.AuditSink;
import dev.cmdguard.policy.Layer;
import dev.cmdguard.policy.Policies;
import dev.cmdguard.policy.PolicyKey;
import dev.cmdguard.policy.PolicyLayer;
import dev.cmdguard.policy.PolicySource;
import dev.cmdguard.policy.Setting;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every decision reaches the audit sink; a failed record denies when audit.required (issue 5). */
class AuditedEvaluationTest {
  private static EvaluationRequest ls() {
    return EvaluationRequest.script("ls", "/home/dev/project", "/home/dev", "dev")
        .from("claude-code", "s-1");
  }

  private static Policies required(boolean on) {
    return Policies.builtIn(
        new PolicyLayer(
            Layer.FLAGS,
            "",
            "",
            List.of(Setting.of(PolicyKey.AUDIT_REQUIRED, on, PolicySource.flag("--audit"))),
            List.of()));
  }

  @Test
  void everyDecisionIsRecordedWithItsAgentAndSession() {
    List<String> seen = new ArrayList<>();
    CommandGuard g =
        CommandGuard.builder()
            .audit((r, d) -> seen.add(r.agent() + " " + r.session() + " " + d.decision()))
            .build();
    g.evaluate(ls());
    g.evaluate(ls());
    assertThat(seen).containsExactly("claude-code s-1 ALLOW", "claude-code s-1 ALLOW");
  }

  @Test
  void aFailedRecordDeniesWhenTheAuditIsRequired() {
    AuditSink broken =
        (r, d) -> {
          throw new IOException("disk full");
        };
    Decision d =
        CommandGuard.builder().audit(broken).policies(required(true)).build().evaluate(ls());
    assertThat(d.decision()).isEqualTo(Verdict.DENY);
    assertThat(d.primaryReason())
        .isEqualTo(
            "the audit record could not be written (IOException: disk full), and the policy"
                + " requires every decision to be audited (audit.required)");
    assertThat(d.policySources()).contains("audit.required");
  }

  @Test
  void aFailedRecordIsNamedAmongTheReasonsOtherwise() {
    AuditSink broken =
        (r, d) -> {
          throw new IllegalStateException("closed");
        };
    Decision d =
        CommandGuard.builder().audit(broken).policies(required(false)).build().evaluate(ls());
    assertThat(d.decision()).isEqualTo(Verdict.ALLOW);
    assertThat(d.secondaryReasons())
        .contains("the audit record could not be written (IllegalStateException: closed)");
  }
}
