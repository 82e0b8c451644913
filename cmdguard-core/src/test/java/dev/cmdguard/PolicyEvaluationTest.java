package dev.cmdguard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.policy.Approvals;
import dev.cmdguard.policy.Layer;
import dev.cmdguard.policy.Policies;
import dev.cmdguard.policy.PolicyException;
import dev.cmdguard.policy.PolicyKey;
import dev.cmdguard.policy.PolicyLayer;
import dev.cmdguard.policy.PolicyLocations;
import dev.cmdguard.policy.PolicyProblem;
import dev.cmdguard.policy.PolicyRule;
import dev.cmdguard.policy.PolicyRule.Action;
import dev.cmdguard.policy.PolicySource;
import dev.cmdguard.policy.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stage 5 with policy layers (SPEC section 6), independent of the YAML loader: layers are built
 * here and handed out by a reader keyed on the file, so these tests pin merging and judging.
 */
class PolicyEvaluationTest {
  @TempDir Path tmp;
  private Path workspace;
  private Path userFile;
  private Path projectFile;
  private final Map<Path, PolicyLayer> layers = new HashMap<>();
  private final Map<Path, String> trusted = new HashMap<>();

  @BeforeEach
  void files() throws IOException {
    workspace = Files.createDirectories(tmp.resolve("home/dev/project"));
    userFile = tmp.resolve("config/cmdguard/policy.yaml");
    projectFile = workspace.resolve(".cmdguard.yaml");
  }

  private CommandGuard guard(PolicyLayer flags) {
    PolicyLocations at =
        new PolicyLocations(tmp.resolve("etc/policy.yaml"), userFile, tmp.resolve("state"));
    Policies policies =
        new Policies(
            at,
            (file, layer) -> {
              PolicyLayer l = layers.get(file);
              if (l == null) {
                throw new PolicyException(
                    List.of(new PolicyProblem(file.toString(), 2, 3, "profile", "bad", "hint")));
              }
              return l;
            },
            f -> Optional.ofNullable(trusted.get(f)),
            flags);
    return CommandGuard.builder().policies(policies).build();
  }

  private CommandGuard guard() {
    return guard(new PolicyLayer(Layer.FLAGS, "", "", List.of(), List.of()));
  }

  private Decision eval(CommandGuard g, String command) {
    return g.evaluate(
        EvaluationRequest.script(command, workspace.toString(), tmp + "/home/dev", "dev"));
  }

  private void write(Path file, Layer layer, String sha, List<Setting> settings, String... rules)
      throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "# " + sha + " " + System.nanoTime());
    List<PolicyRule> parsed = new ArrayList<>();
    for (String r : rules) {
      String[] parts = r.split(" ", 2);
      parsed.add(
          new PolicyRule(
              Action.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT)),
              parts[1],
              PolicySource.at(layer, file.toString(), parsed.size() + 2, 5)));
    }
    layers.put(file, new PolicyLayer(layer, file.toString(), sha, settings, parsed));
  }

  private static Setting set(PolicyKey key, Object value, Layer layer) {
    return Setting.of(key, value, PolicySource.at(layer, "f", 1, 1));
  }

  @Test
  void aDenyRuleMeetsTheInvocationInsideSudo() throws IOException {
    write(userFile, Layer.USER, "u", List.of(), "deny git push * main");
    Decision d = eval(guard(), "sudo git push origin main");
    assertThat(d.decision()).isEqualTo(Verdict.DENY);
    assertThat(d.primaryReason()).startsWith("denied by policy rule deny \"git push * main\"");
    assertThat(d.policySources()).anyMatch(s -> s.contains(userFile + ":2:5"));
  }

  @Test
  void anAskRuleAsksForAReadOnlyCommand() throws IOException {
    write(userFile, Layer.USER, "u", List.of(), "ask docker *");
    Decision d = eval(guard(), "docker ps");
    assertThat(d.decision()).isEqualTo(Verdict.ASK);
    assertThat(d.primaryReason()).contains("asks a human");
  }

  @Test
  void anAllowRuleLowersHighToAllowWhenItCoversTheRiskyInvocation() throws IOException {
    assertThat(eval(guard(), "git push --force origin feature/login").decision())
        .isEqualTo(Verdict.ASK);
    write(userFile, Layer.USER, "u", List.of(), "allow git push * feature/*");
    Decision d = eval(guard(), "git push --force origin feature/login");
    assertThat(d.decision()).isEqualTo(Verdict.ALLOW);
    assertThat(d.risk()).isEqualTo(Risk.HIGH);
    assertThat(d.primaryReason())
        .startsWith("allowed by policy rule allow \"git push * feature/*\"");
  }

  @Test
  void anAllowRuleDoesNotCoverAnotherRiskyInvocation() throws IOException {
    write(userFile, Layer.USER, "u", List.of(), "allow git push * feature/*");
    Decision d = eval(guard(), "git push --force origin feature/login && rm -rf /opt/data");
    assertThat(d.decision()).isEqualTo(Verdict.ASK);
  }

  @Test
  void nothingLowersCriticalOrALockedCode() throws IOException {
    write(userFile, Layer.USER, "u", List.of(), "allow rm *");
    assertThat(eval(guard(), "rm -rf /").decision()).isEqualTo(Verdict.DENY);
    assertThat(eval(guard(), "rm -rf ~").decision()).isEqualTo(Verdict.DENY);
  }

  @Test
  void theStrictestRuleWins() throws IOException {
    write(userFile, Layer.USER, "u", List.of(), "allow git *", "deny git push * main");
    assertThat(eval(guard(), "git push origin main").decision()).isEqualTo(Verdict.DENY);
    assertThat(eval(guard(), "git push origin dev").decision()).isEqualTo(Verdict.ALLOW);
  }

  @Test
  void aWordNotKnownUntilRunMayMatchADenyRuleAndAsks() throws IOException {
    write(userFile, Layer.USER, "u", List.of(), "deny git push * main");
    Decision d = eval(guard(), "git push origin \"$BRANCH\"");
    assertThat(d.decision()).isEqualTo(Verdict.ASK);
    assertThat(d.primaryReason()).startsWith("may match policy rule deny");
  }

  @Test
  void severityOverridesApplyAndAreNamedAsSources() throws IOException {
    write(
        userFile,
        Layer.USER,
        "u",
        List.of(
            new Setting(
                PolicyKey.SEVERITY,
                "DOTENV_FILE_READ",
                Risk.HIGH,
                PolicySource.at(Layer.USER, userFile.toString(), 3, 21))));
    Decision d = eval(guard(), "cat .env");
    assertThat(d.risk()).isEqualTo(Risk.HIGH);
    assertThat(d.decision()).isEqualTo(Verdict.ASK);
    assertThat(d.policySources())
        .anyMatch(s -> s.startsWith("severity DOTENV_FILE_READ high (user"));
  }

  @Test
  void anUntrustedProjectCanOnlyTighten() throws IOException {
    write(
        projectFile,
        Layer.PROJECT,
        "p1",
        List.of(
            set(PolicyKey.PROFILE, Profile.LOW, Layer.PROJECT),
            new Setting(
                PolicyKey.SEVERITY,
                "GIT_FORCE_PUSH",
                Risk.LOW,
                PolicySource.at(Layer.PROJECT, "p", 2, 1))),
        "allow rm *",
        "deny npm publish");
    CommandGuard g = guard();
    assertThat(eval(g, "git push --force origin feature/x").decision()).isEqualTo(Verdict.ASK);
    assertThat(eval(g, "rm -rf /opt/data").decision()).isEqualTo(Verdict.ASK);
    assertThat(eval(g, "npm publish").decision()).isEqualTo(Verdict.DENY);
    assertThat(eval(g, "ls").policySources())
        .anyMatch(s -> s.contains(projectFile + " (untrusted: can only tighten)"));
  }

  @Test
  void anUntrustedProjectMayRaiseTheProfileAndSeverities() throws IOException {
    write(
        projectFile,
        Layer.PROJECT,
        "p1",
        List.of(
            set(PolicyKey.PROFILE, Profile.HIGH, Layer.PROJECT),
            new Setting(
                PolicyKey.SEVERITY,
                "DELETE_IN_WORKSPACE",
                Risk.HIGH,
                PolicySource.at(Layer.PROJECT, "p", 2, 1))));
    CommandGuard g = guard();
    assertThat(eval(g, "npm test").decision()).isEqualTo(Verdict.ASK);
    assertThat(eval(g, "rm -rf build").risk()).isEqualTo(Risk.HIGH);
  }

  @Test
  void aTrustedProjectMayLoosenAndAChangeDropsTheTrust() throws IOException {
    write(projectFile, Layer.PROJECT, "p1", List.of(), "allow rm -rf /opt/data");
    trusted.put(projectFile.toAbsolutePath().normalize(), "p1");
    assertThat(eval(guard(), "rm -rf /opt/data").decision()).isEqualTo(Verdict.ALLOW);
    write(projectFile, Layer.PROJECT, "p2", List.of(), "allow rm -rf /opt/data");
    Decision d = eval(guard(), "rm -rf /opt/data");
    assertThat(d.decision()).isEqualTo(Verdict.ASK);
  }

  @Test
  void theProjectFileIsFoundInAnAncestor() throws IOException {
    Path parentFile = workspace.getParent().resolve(".cmdguard.yaml");
    write(parentFile, Layer.PROJECT, "p", List.of(), "deny make deploy");
    assertThat(eval(guard(), "make deploy").decision()).isEqualTo(Verdict.DENY);
    assertThat(Policies.projectFile(workspace.resolve("sub"))).contains(parentFile);
  }

  @Test
  void blockForcePushDeniesEveryForcePush() throws IOException {
    write(
        userFile, Layer.USER, "u", List.of(set(PolicyKey.GIT_BLOCK_FORCE_PUSH, true, Layer.USER)));
    Decision d = eval(guard(), "git push -f origin feature/x");
    assertThat(d.decision()).isEqualTo(Verdict.DENY);
    assertThat(d.primaryReason()).contains("git.block_force_push");
    assertThat(eval(guard(), "git push --force-with-lease origin feature/x").decision())
        .isEqualTo(Verdict.ALLOW);
  }

  @Test
  void protectedBranchesAndProductionPatternsConfigureTheContextRules() throws IOException {
    String push = "git push origin trunk";
    assertThat(eval(guard(), push).findings())
        .noneMatch(f -> f.code() == FindingCode.PROTECTED_BRANCH);
    write(
        userFile,
        Layer.USER,
        "u",
        List.of(
            set(PolicyKey.GIT_PROTECTED_BRANCHES, List.of("trunk"), Layer.USER),
            set(PolicyKey.PRODUCTION_RAISE, false, Layer.USER)));
    assertThat(eval(guard(), push).findings())
        .anyMatch(f -> f.code() == FindingCode.PROTECTED_BRANCH);
    assertThat(eval(guard(), "kubectl --context prod delete pod web-1").findings())
        .noneMatch(f -> f.code() == FindingCode.PRODUCTION_ENVIRONMENT);
  }

  @Test
  void sqlDestructiveOnlyFalseReportsEveryWrite() throws IOException {
    String update = "psql -c \"UPDATE users SET name = 'x' WHERE id = 2\"";
    assertThat(eval(guard(), update).risk()).isEqualTo(Risk.MEDIUM);
    write(
        userFile, Layer.USER, "u", List.of(set(PolicyKey.SQL_DESTRUCTIVE_ONLY, false, Layer.USER)));
    Decision d = eval(guard(), update);
    assertThat(d.risk()).isEqualTo(Risk.HIGH);
    assertThat(d.findings()).anyMatch(f -> f.code() == FindingCode.DESTRUCTIVE_SQL);
  }

  @Test
  void aBrokenPolicyDeniesWithEveryProblem() throws IOException {
    Files.createDirectories(userFile.getParent());
    Files.writeString(userFile, "profile: [");
    Decision d = eval(guard(), "ls");
    assertThat(d.decision()).isEqualTo(Verdict.DENY);
    assertThat(d.findings()).extracting(Finding::code).containsExactly(FindingCode.POLICY_INVALID);
    assertThat(d.primaryReason()).contains(userFile + ":2:3: profile: bad (hint)");
  }

  @Test
  void theFlagsLayerWinsOverFiles() throws IOException {
    write(userFile, Layer.USER, "u", List.of(set(PolicyKey.PROFILE, Profile.PARANOID, Layer.USER)));
    assertThat(eval(guard(), "ls").decision()).isEqualTo(Verdict.ASK);
    PolicyLayer flags =
        new PolicyLayer(
            Layer.FLAGS,
            "flags",
            "",
            List.of(Setting.of(PolicyKey.PROFILE, Profile.MEDIUM, PolicySource.flag("--profile"))),
            List.of());
    assertThat(eval(guard(flags), "ls").decision()).isEqualTo(Verdict.ALLOW);
  }

  @Test
  void approvalsAllowWhatWouldAskButNeverCritical() {
    List<List<List<String>>> asked = new ArrayList<>();
    Approvals store =
        (argv, now) -> {
          asked.add(argv);
          return argv.equals(List.of(List.of("git", "push", "--force", "origin", "feature/x")))
                  || argv.equals(List.of(List.of("rm", "-rf", "/")))
              ? Optional.of("trust store entry 1a2b3c4d")
              : Optional.empty();
        };
    CommandGuard g =
        CommandGuard.builder()
            .approvals(store)
            .wallClock(InstantSource.fixed(Instant.parse("2026-11-21T10:00:00Z")))
            .build();
    Decision d = eval(g, "git push --force origin feature/x");
    assertThat(d.decision()).isEqualTo(Verdict.ALLOW);
    assertThat(d.policySources()).contains("trust store entry 1a2b3c4d");
    assertThat(eval(g, "rm -rf /").decision()).isEqualTo(Verdict.DENY);
    assertThat(eval(g, "git push --force origin $B").decision()).isEqualTo(Verdict.ASK);
    assertThat(asked).noneMatch(a -> a.toString().contains("$B"));
  }
}
