package dev.cmdguard.cli;

import static dev.cmdguard.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} records every decision in the audit log; audit.required denies without one. */
class AuditWiringTest {
  @TempDir Path state;

  private Cli.Result run(String... args) {
    return cli().env("CMDGUARD_STATE_DIR", state.toString()).run(args);
  }

  @Test
  void everyCheckIsRecordedAndTheChainVerifies() throws IOException {
    assertThat(run("check", "-c", "ls -la").exit()).isEqualTo(ExitCodes.OK);
    assertThat(run("check", "-c", "rm -rf /").exit()).isEqualTo(ExitCodes.DENY);
    List<String> lines = Files.readAllLines(state.resolve("audit.jsonl"));
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("\"ls -la\"").contains("\"allow\"");
    assertThat(lines.get(1)).contains("\"rm -rf /\"").contains("\"deny\"");
    Cli.Result verify = run("audit", "verify");
    assertThat(verify.exit()).as(verify.out() + verify.err()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void aLogThatCannotBeWrittenDeniesWhenTheAuditIsRequired() throws IOException {
    Path user = state.resolve("policy.yaml");
    Files.writeString(user, "audit:\n  required: true\n  path: /proc/cmdguard/audit.jsonl\n");
    Cli.Result r = cli().env("CMDGUARD_USER_POLICY", user.toString()).run("check", "-c", "ls");
    assertThat(r.exit()).isEqualTo(ExitCodes.DENY);
    assertThat(r.out()).contains("audit record could not be written").contains("audit.required");
  }

  @Test
  void withoutTheRequirementTheDecisionStandsAndSaysSo() throws IOException {
    Path user = state.resolve("policy.yaml");
    Files.writeString(user, "audit:\n  path: /proc/cmdguard/audit.jsonl\n");
    Cli.Result r =
        cli().env("CMDGUARD_USER_POLICY", user.toString()).run("check", "--json", "-c", "ls");
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("the audit record could not be written");
  }
}
