package dev.cmdguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cmdguard.policy.PolicyLoader;
import dev.cmdguard.policy.ProjectTrust;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code cmdguard policy trust} through picocli. Until {@code cmdguard policy} exists, the test
 * puts {@link PolicyTrustCommand} under a stand-in {@code policy} command; once {@code Main}
 * registers the real one with it, the test uses that.
 */
class PolicyTrustCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String POLICY = "profile: low\nrules:\n  allow: [\"git push --force\"]\n";

  @TempDir Path dir;
  private Path project;
  private Path state;
  private Path policy;

  /** Stands in for the lead's {@code cmdguard policy}. */
  @Command(name = "policy")
  static final class PolicyStandIn {}

  @BeforeEach
  void files() throws Exception {
    project = Files.createDirectories(dir.resolve("project"));
    state = dir.resolve("state");
    policy = project.resolve(".cmdguard.yaml");
    Files.writeString(policy, POLICY);
  }

  private Cli.Result run(Path cwd, String... args) {
    Environment env =
        new Environment(
            Map.of("HOME", dir.toString(), "CMDGUARD_STATE_DIR", state.toString()),
            false,
            cwd,
            dir.toString(),
            "dev",
            () -> new ByteArrayInputStream(new byte[0]));
    CommandLine cmd = Main.commandLine(env);
    CommandLine parent = cmd.getSubcommands().get("policy");
    if (parent == null) {
      parent = new CommandLine(new PolicyStandIn());
      cmd.addSubcommand("policy", parent);
    }
    if (!parent.getSubcommands().containsKey("trust")) {
      parent.addSubcommand("trust", new PolicyTrustCommand());
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        cmd.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
    return new Cli.Result(exit, out.toString(), err.toString());
  }

  private ProjectTrust trust() {
    return ProjectTrust.at(state.resolve("trusted-policies.json"));
  }

  private static String sha256(String text) {
    return PolicyLoader.sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void trustsTheNearestPolicyFileWithTheHashOfItsBytes() throws Exception {
    Path sub = Files.createDirectories(project.resolve("src/main"));
    Cli.Result r = run(sub, "policy", "trust");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("Trusted " + policy + "\n  sha256 " + sha256(POLICY) + "\n")
        .contains("Any change to the file drops the\ntrust");
    assertThat(trust().isTrusted(policy, sha256(POLICY))).isTrue();
  }

  @Test
  void anInvalidPolicyIsNotTrusted() throws Exception {
    Files.writeString(policy, "profil: low\n");
    Cli.Result r = run(project, "policy", "trust");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("is not a valid policy").contains("did you mean 'profile'");
    assertThat(trust().trustedHash(policy)).isEmpty();
  }

  @Test
  void aChangedFileIsNoLongerTrustedUntilTrustedAgain() throws Exception {
    run(project, "policy", "trust");
    String edited = POLICY + "# reviewed again\n";
    Files.writeString(policy, edited);
    assertThat(trust().isTrusted(policy, sha256(edited))).isFalse();

    Cli.Result again = run(project, "policy", "trust", ".cmdguard.yaml");
    assertThat(again.out())
        .contains("(replaces the trust of an earlier content, sha256 " + sha256(POLICY) + ")");
    assertThat(trust().isTrusted(policy, sha256(edited))).isTrue();

    assertThat(run(project, "policy", "trust").out())
        .contains("(it was already trusted with this content)");
  }

  @Test
  void aRelativeFileIsResolvedAgainstTheWorkingDirectory() {
    Cli.Result r = run(dir, "policy", "trust", "project/./sub/../.cmdguard.yaml");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(trust().trustedHash(policy)).contains(sha256(POLICY));
  }

  @Test
  void removeDropsTheTrustOnce() {
    run(project, "policy", "trust");

    Cli.Result removed = run(project, "policy", "trust", "--remove");
    assertThat(removed.exit()).isZero();
    assertThat(removed.out())
        .isEqualTo("No longer trusted: " + policy + " (it can only tighten the policy again)\n");
    assertThat(trust().trustedHash(policy)).isEmpty();

    Cli.Result again = run(project, "policy", "trust", "--remove");
    assertThat(again.exit()).isZero();
    assertThat(again.out()).isEqualTo(policy + " was not trusted; nothing to remove.\n");
  }

  @Test
  void jsonForMachines() throws Exception {
    JsonNode trusted = JSON.readTree(run(project, "policy", "trust", "--json").out());
    assertThat(CheckCommandTest.names(trusted))
        .containsExactly("path", "trusted", "sha256", "previousSha256", "changed");
    assertThat(trusted.get("path").asText()).isEqualTo(policy.toString());
    assertThat(trusted.get("trusted").asBoolean()).isTrue();
    assertThat(trusted.get("sha256").asText()).isEqualTo(sha256(POLICY));
    assertThat(trusted.get("previousSha256").isNull()).isTrue();
    assertThat(trusted.get("changed").asBoolean()).isTrue();

    JsonNode removed = JSON.readTree(run(project, "policy", "trust", "--remove", "--json").out());
    assertThat(removed.get("trusted").asBoolean()).isFalse();
    assertThat(removed.get("sha256").isNull()).isTrue();
    assertThat(removed.get("previousSha256").asText()).isEqualTo(sha256(POLICY));
    assertThat(removed.get("changed").asBoolean()).isTrue();
  }

  @Test
  void noPolicyFileIsAUsageError() throws Exception {
    Files.delete(policy);
    Cli.Result r = run(project, "policy", "trust");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .isEqualTo(
            "cmdguard: no .cmdguard.yaml in "
                + project
                + " or a directory above it; name the file: cmdguard policy trust FILE\n");

    Cli.Result missing = run(project, "policy", "trust", "nowhere.yaml");
    assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err())
        .isEqualTo(
            "cmdguard: cannot read "
                + project.resolve("nowhere.yaml")
                + ": no such file or"
                + " directory\n");
    assertThat(state).doesNotExist();
  }

  @Test
  void aCorruptRecordIsReportedAndLeftAsItIs() throws Exception {
    Files.createDirectories(state);
    Path record = state.resolve("trusted-policies.json");
    Files.writeString(record, "{]");
    Cli.Result r = run(project, "policy", "trust");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("cmdguard: " + record + ": line 1, column 2: ");
    assertThat(Files.readString(record)).isEqualTo("{]");
  }

  @Test
  void helpExplainsWhatTrustMeans() {
    Cli.Result r = run(project, "policy", "trust", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("[FILE]", "--remove", "--json", "any change to the file drops it");
  }
}
