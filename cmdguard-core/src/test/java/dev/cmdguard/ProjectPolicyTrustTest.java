package dev.cmdguard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.policy.Layer;
import dev.cmdguard.policy.Policies;
import dev.cmdguard.policy.PolicyLayer;
import dev.cmdguard.policy.PolicyLoader;
import dev.cmdguard.policy.PolicyLocations;
import dev.cmdguard.policy.ProjectTrust;
import dev.cmdguard.policy.TrustStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4's scenario end to end, with real YAML, the real loader and the real trust files: an agent
 * writes a project policy that would loosen the guard; it changes nothing until a human trusts it,
 * and stops working again when edited after trust. And a trust-store approval expires on an
 * injected clock.
 */
class ProjectPolicyTrustTest {
  private static final String LOOSE =
      """
      profile: low
      rules:
        allow: ["git push --force"]
      severity:
        DOTENV_FILE_READ: low
      """;

  @TempDir Path tmp;
  private Path workspace;
  private PolicyLocations at;
  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-11-21T10:00:00Z"));

  @BeforeEach
  void dirs() throws IOException {
    workspace = Files.createDirectories(tmp.resolve("project"));
    at = new PolicyLocations(tmp.resolve("etc.yaml"), tmp.resolve("user.yaml"), tmp.resolve("st"));
  }

  private CommandGuard guard() {
    ProjectTrust trust = ProjectTrust.at(at.trustedPolicies());
    TrustStore store = TrustStore.at(at.trustStore());
    return CommandGuard.builder()
        .policies(
            new Policies(
                at,
                PolicyLoader::load,
                trust::trustedHash,
                new PolicyLayer(Layer.FLAGS, "", "", List.of(), List.of())))
        .approvals((argv, t) -> store.find(argv, t).map(e -> "trust store entry " + e.id()))
        .wallClock(InstantSource.fixed(now.get()))
        .cache(0, Duration.ofMinutes(1))
        .build();
  }

  private Decision eval(String command) {
    return guard()
        .evaluate(EvaluationRequest.script(command, workspace.toString(), tmp.toString(), "dev"));
  }

  private void assertUnchanged() {
    assertThat(eval("git push --force origin feature/x").decision()).isEqualTo(Verdict.ASK);
    assertThat(eval("cat .env").risk()).isEqualTo(Risk.CRITICAL);
    assertThat(eval("cat .env").decision()).isEqualTo(Verdict.DENY);
    assertThat(eval("npm test").profile()).isEqualTo(Profile.MEDIUM);
  }

  @Test
  void anAgentWrittenProjectPolicyChangesNothingUntilTrustedAndStopsWhenEdited()
      throws IOException {
    Path file = workspace.resolve(".cmdguard.yaml");
    Files.writeString(file, LOOSE);
    assertUnchanged();
    assertThat(eval("ls").policySources())
        .contains("project " + file + " (untrusted: can only tighten)");

    byte[] bytes = Files.readAllBytes(file);
    ProjectTrust.at(at.trustedPolicies()).trust(file, PolicyLoader.sha256(bytes), now.get());
    assertThat(eval("git push --force origin feature/x").decision()).isEqualTo(Verdict.ALLOW);
    assertThat(eval("cat .env").risk()).isEqualTo(Risk.LOW);
    assertThat(eval("npm test").profile()).isEqualTo(Profile.LOW);

    Files.writeString(file, LOOSE + "# one more line by the agent\n");
    assertUnchanged();
    assertThat(eval("ls").policySources())
        .anyMatch(
            s -> s.startsWith("project " + file) && s.contains("changed since it was trusted"));
  }

  @Test
  void anApprovalAllowsUntilItExpiresOnTheInjectedClock() throws IOException {
    TrustStore.at(at.trustStore())
        .add(
            "git push --force origin feature/x",
            List.of(List.of("git", "push", "--force", "origin", "feature/x")),
            Duration.ofHours(12),
            "hotfix",
            now.get());
    assertThat(eval("git push --force origin feature/x").decision()).isEqualTo(Verdict.ALLOW);
    assertThat(eval("git push --force origin feature/y").decision()).isEqualTo(Verdict.ASK);
    now.set(now.get().plus(Duration.ofHours(13)));
    assertThat(eval("git push --force origin feature/x").decision()).isEqualTo(Verdict.ASK);
  }
}
