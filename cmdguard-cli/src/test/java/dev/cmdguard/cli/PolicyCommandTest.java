package dev.cmdguard.cli;

import static dev.cmdguard.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cmdguard policy show|validate|init} and policy files reaching {@code check}. */
class PolicyCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  private Path workspace;
  private Path userFile;

  @BeforeEach
  void dirs() throws IOException {
    workspace = Files.createDirectories(tmp.resolve("project"));
    userFile = tmp.resolve("config/policy.yaml");
    Files.createDirectories(userFile.getParent());
  }

  private Cli.Result run(String... args) {
    return cli()
        .env("CMDGUARD_USER_POLICY", userFile.toString())
        .env("CMDGUARD_STATE_DIR", tmp.resolve("state").toString())
        .in(workspace)
        .run(args);
  }

  @Test
  void showListsEverySettingWithItsSource() throws IOException {
    Files.writeString(userFile, "profile: high\nrules:\n  deny: [\"git push * main\"]\n");
    Cli.Result r = run("policy", "show");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out())
        .contains("Effective policy for " + workspace)
        .containsPattern("profile +high +user " + userFile + ":1:10")
        .containsPattern("git.protected_branches +\\[main, master, release/\\*\\] +built-in")
        .containsPattern("deny +\"git push \\* main\" +user " + userFile + ":3:10");
  }

  @Test
  void showJsonNamesLayerFileLineAndColumn() throws IOException {
    Files.writeString(userFile, "sandbox:\n  mode: always\n");
    JsonNode doc = JSON.readTree(run("policy", "show", "--json").out());
    JsonNode mode = null;
    for (JsonNode s : doc.get("settings")) {
      if (s.get("key").asText().equals("sandbox.mode")) {
        mode = s;
      }
    }
    assertThat(mode).isNotNull();
    assertThat(mode.get("value").asText()).isEqualTo("always");
    assertThat(mode.get("source").get("layer").asText()).isEqualTo("user");
    assertThat(mode.get("source").get("line").asInt()).isEqualTo(2);
    assertThat(mode.get("source").get("column").asInt()).isEqualTo(9);
    assertThat(doc.get("fingerprint").asText()).hasSize(64);
  }

  @Test
  void anUntrustedProjectIsShownAsTightenOnlyWithWhatWasIgnored() throws IOException {
    Files.writeString(
        workspace.resolve(".cmdguard.yaml"), "profile: low\nrules:\n  allow: [\"rm *\"]\n");
    Cli.Result r = run("policy", "show");
    assertThat(r.out())
        .contains("(untrusted: can only tighten)")
        .contains("Notices:")
        .contains("ignored profile: low")
        .contains("ignored allow \"rm *\"");
  }

  @Test
  void aBrokenPolicyIsShownAsProblemsAndEveryCheckDenies() throws IOException {
    Files.writeString(userFile, "profil: high\n");
    Cli.Result show = run("policy", "show");
    assertThat(show.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(show.err()).contains(userFile + ":1:1: profil:").contains("did you mean 'profile'");
    Cli.Result check = run("check", "-c", "ls");
    assertThat(check.exit()).isEqualTo(ExitCodes.DENY);
    assertThat(check.out()).contains("POLICY_INVALID").contains("is broken");
  }

  @Test
  void checkFollowsTheUserPolicy() throws IOException {
    Files.writeString(userFile, "rules:\n  deny: [\"npm publish\"]\n");
    Cli.Result r = run("check", "--json", "-c", "npm publish --tag next");
    assertThat(r.exit()).isEqualTo(ExitCodes.DENY);
    assertThat(r.out()).contains("denied by policy rule deny \\\"npm publish\\\"");
  }

  @Test
  void validateReportsEveryProblemOrSaysValid() throws IOException {
    Path good = tmp.resolve("good.yaml");
    Files.writeString(good, "profile: medium\nrules:\n  ask: [\"docker *\"]\n");
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, "profile: extreme\ngit:\n  protected_branch: [main]\n");
    Cli.Result ok = run("policy", "validate", good.toString());
    assertThat(ok.exit()).isEqualTo(0);
    assertThat(ok.out()).isEqualTo(good + ": valid (1 settings, 1 rules)\n");
    Cli.Result r = run("policy", "validate", good.toString(), bad.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out())
        .contains(bad + ":1:10: profile:")
        .contains(bad + ":3:3: git.protected_branch:")
        .contains("did you mean 'protected_branches'");
    JsonNode doc = JSON.readTree(run("policy", "validate", "--json", bad.toString()).out());
    assertThat(doc.get("valid").asBoolean()).isFalse();
    assertThat(doc.get("files").get(0).get("problems")).hasSize(2);
  }

  @Test
  void validateOfAMissingFileIsAUsageError() {
    Cli.Result r = run("policy", "validate", "nope.yaml");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).contains("nope.yaml: no such file");
  }

  @Test
  void initWritesAPresetThatValidatesAndKeepsAnExistingFile() throws IOException {
    for (String preset : new String[] {"dev", "ci", "prod"}) {
      Path out = tmp.resolve(preset + ".yaml");
      Cli.Result r = run("policy", "init", "--preset", preset, "-o", out.toString());
      assertThat(r.exit()).isEqualTo(0);
      assertThat(run("policy", "validate", out.toString()).exit()).isEqualTo(0);
    }
    assertThat(Files.readString(tmp.resolve("prod.yaml"))).contains("paranoid");
    Cli.Result again =
        run("policy", "init", "--preset", "dev", "-o", tmp.resolve("dev.yaml").toString());
    assertThat(again.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(again.err()).contains("exists; use --force");
    assertThat(run("policy", "init", "--preset", "staging").err()).contains("dev");
  }

  @Test
  void initWritesTheProjectFileByDefault() {
    Cli.Result r = run("policy", "init", "--preset", "ci");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(workspace.resolve(".cmdguard.yaml")).exists();
    assertThat(run("policy", "show").out()).contains("profile").contains("high");
  }
}
