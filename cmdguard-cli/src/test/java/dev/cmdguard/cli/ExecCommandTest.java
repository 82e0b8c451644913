package dev.cmdguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cmdguard.policy.TrustEntry;
import dev.cmdguard.policy.TrustStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cmdguard exec} through picocli with captured streams: what runs, where, and what is
 * refused with which message and status. The child's streams are piped here ({@link
 * Environment#systemStreams()} is false); the real pass-through is {@code ExecProcessTest}'s.
 */
class ExecCommandTest {
  @TempDir(factory = OutsideTmp.class)
  Path dir;

  private Path workspace;
  private Path state;

  @BeforeAll
  static void bubblewrap() {
    Sandboxed.requireBubblewrap();
  }

  @BeforeEach
  void tree() throws IOException {
    workspace = Files.createDirectories(dir.resolve("project"));
    state = dir.resolve("state");
  }

  private Cli cli() {
    return Cli.cli()
        .in(workspace)
        .env("HOME", dir.toString())
        .env("CMDGUARD_STATE_DIR", state.toString())
        .env("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
  }

  @Test
  void aLowRiskCommandRunsOnTheHostWithItsOutputAndStatus() {
    Cli.Result r = cli().run("exec", "--", "echo", "hello");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("hello\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void standardInputReachesTheCommand() {
    Cli.Result r =
        cli()
            .stdin("line one\nline two\n".getBytes(StandardCharsets.UTF_8))
            .run("exec", "--", "cat");

    assertThat(r.out()).isEqualTo("line one\nline two\n");
  }

  @Test
  void theCommandsExitStatusIsCmdguards() {
    assertThat(cli().run("exec", "-c", "exit 42").exit()).isEqualTo(42);
    assertThat(cli().run("exec", "--sandbox", "always", "-c", "exit 7").exit()).isEqualTo(7);
    assertThat(cli().run("exec", "-c", "kill -TERM $$").exit()).isEqualTo(143);
  }

  @Test
  void aMediumCommandRunsInTheSandboxInAutoMode() throws IOException {
    Cli.Result r =
        cli().run("exec", "-c", "touch made.txt && echo pid $$ && touch " + dir.resolve("escaped"));

    assertThat(r.out()).startsWith("pid 2\n");
    assertThat(workspace.resolve("made.txt")).exists();
    assertThat(dir.resolve("escaped")).doesNotExist();
  }

  @Test
  void sandboxNeverRunsItOnTheHost() {
    Cli.Result r = cli().run("exec", "--sandbox", "never", "-c", "touch made.txt && echo pid $$");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isNotEqualTo("pid 2\n");
    assertThat(workspace.resolve("made.txt")).exists();
  }

  @Test
  void aCriticalCommandNeverRuns() {
    Cli.Result r = cli().run("exec", "--profile", "low", "-c", "rm -rf ~");

    assertThat(r.exit()).isEqualTo(126);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith("cmdguard: not run: critical commands never run: ")
        .contains("cmdguard: see why with: cmdguard explain -c 'rm -rf ~'");
    assertThat(dir).isDirectory();
  }

  @Test
  void aDeniedCommandExits126WithTheReason() {
    Cli.Result r =
        cli().run("exec", "--profile", "paranoid", "--", "git", "push", "--force", "origin", "dev");

    assertThat(r.exit()).isEqualTo(126);
    assertThat(r.err())
        .startsWith("cmdguard: denied (risk high): ")
        .contains("cmdguard explain -- git push --force origin dev");
  }

  @Test
  void anAskWithoutATerminalIsDeniedWithHowToApprove() {
    Cli.Result r = cli().run("exec", "--profile", "paranoid", "--", "echo", "hi");

    assertThat(r.exit()).isEqualTo(126);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "cmdguard: not run: it needs a human's approval (risk low): read-only command: every"
                + " program it runs only reads local data\n"
                + "cmdguard: there is no terminal to ask on. To approve it, run it in a terminal:\n"
                + "  cmdguard exec -- echo hi\n"
                + "cmdguard: or trust this exact command for 7d:\n"
                + "  cmdguard trust add -- echo hi\n");
  }

  @Test
  void anAskThatCannotBeTrustedSaysSo() {
    Cli.Result r = cli().run("exec", "--profile", "paranoid", "-c", "echo $RANDOM");

    assertThat(r.exit()).isEqualTo(126);
    assertThat(r.err())
        .contains("cmdguard exec -c 'echo $RANDOM'")
        .contains("cmdguard: it cannot be trusted in advance: the command is not fully known")
        .doesNotContain("trust add");
  }

  @Test
  void yesAtThePromptRunsItOnce() throws IOException {
    Cli.Result r =
        cli()
            .prompting(true)
            .stdin("y\nfor the command\n".getBytes(StandardCharsets.UTF_8))
            .run("exec", "--profile", "paranoid", "--", "cat");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("for the command\n");
    assertThat(r.err())
        .startsWith("cmdguard: approval needed (risk low): ")
        .contains("\n  cat\n  runs on the host\n")
        .endsWith("Run it? [y] once, [a] always (trusted for 7d), [n] no: ");
    assertThat(state.resolve("trust.json")).doesNotExist();
  }

  @Test
  void noAtThePromptDoesNotRunIt() {
    Cli.Result r =
        cli()
            .prompting(true)
            .stdin("maybe\nn\n".getBytes(StandardCharsets.UTF_8))
            .run("exec", "--profile", "paranoid", "-c", "touch made.txt");

    assertThat(r.exit()).isEqualTo(126);
    assertThat(r.err())
        .contains("Please answer y, a or n.")
        .endsWith("cmdguard: not run: not approved\n");
    assertThat(workspace.resolve("made.txt")).doesNotExist();
  }

  @Test
  void endOfInputAtThePromptIsNo() {
    Cli.Result r = cli().prompting(true).run("exec", "--profile", "paranoid", "--", "echo", "hi");

    assertThat(r.exit()).isEqualTo(126);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void alwaysAtThePromptTrustsTheExactCommandThenRunsIt() throws IOException {
    Cli.Result first =
        cli()
            .prompting(true)
            .stdin("a\n".getBytes(StandardCharsets.UTF_8))
            .run("exec", "--profile", "paranoid", "--", "echo", "approved");

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).isEqualTo("approved\n");
    List<TrustEntry> stored = TrustStore.at(state.resolve("trust.json")).all();
    assertThat(stored).hasSize(1);
    assertThat(stored.getFirst().invocations()).containsExactly(List.of("echo", "approved"));
    assertThat(first.err()).contains("cmdguard: trusted for 7d (cmdguard trust remove ");

    Cli.Result later = cli().run("exec", "--profile", "paranoid", "--", "echo", "approved");
    assertThat(later.exit()).as(later.err()).isZero();
    assertThat(later.out()).isEqualTo("approved\n");
  }

  @Test
  void aHighCommandAHumanApprovesRunsOnlyInTheSandbox() {
    Cli.Result r =
        cli()
            .prompting(true)
            .stdin("y\n".getBytes(StandardCharsets.UTF_8))
            .run("exec", "--", "git", "push", "--force", "origin", "dev");

    assertThat(r.err()).contains("\n  runs in the sandbox\n");
    assertThat(r.err()).doesNotContain("not run");
  }

  @Test
  void aMissingRuntimeRefusesInsteadOfFallingBackToTheHost() {
    Cli.Result r =
        cli()
            .env("PATH", "/nonexistent")
            .run("exec", "--sandbox", "always", "--", "/usr/bin/touch", "made.txt");

    assertThat(r.exit()).isEqualTo(126);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "cmdguard: not run: it must run in the sandbox (sandbox.mode always from flag"
                + " --sandbox, risk medium), and bubblewrap is not installed (no bwrap on PATH):"
                + " apt-get install bubblewrap (Debian, Ubuntu), dnf install bubblewrap (Fedora),"
                + " pacman -S bubblewrap (Arch)\n");
    assertThat(workspace.resolve("made.txt")).doesNotExist();
  }

  @Test
  void aWorkspaceOfTheWholeFileSystemIsRefused() {
    Cli.Result r = cli().run("exec", "--cwd", "/", "--sandbox", "always", "--", "ls");

    assertThat(r.exit()).isEqualTo(126);
    assertThat(r.err()).contains("the sandbox would make / writable");
  }

  @Test
  void theHumanIsNotAskedWhenTheSandboxCannotRunAnyway() {
    Cli.Result r =
        cli()
            .env("PATH", "/nonexistent")
            .prompting(true)
            .stdin("y\n".getBytes(StandardCharsets.UTF_8))
            .run("exec", "--", "git", "push", "--force", "origin", "dev");

    assertThat(r.exit()).isEqualTo(126);
    assertThat(r.err()).doesNotContain("Run it?").contains("bubblewrap is not installed");
  }

  @Test
  void aConfiguredEngineThatIsMissingRefuses() throws IOException {
    Path policy = dir.resolve("user-policy.yaml");
    Files.writeString(policy, "sandbox:\n  runtime: podman\n");

    Cli.Result r =
        cli()
            .env("CMDGUARD_USER_POLICY", policy.toString())
            .env("PATH", "/nonexistent")
            .run("exec", "--", "/usr/bin/touch", "made.txt");

    assertThat(r.exit()).isEqualTo(126);
    assertThat(r.err()).contains("and podman is not installed (no podman on PATH)");
    assertThat(workspace.resolve("made.txt")).doesNotExist();
  }

  @Test
  void dryRunPrintsTheSandboxArgvAndRunsNothing() {
    Cli.Result r = cli().run("exec", "--dry-run", "-c", "touch made.txt");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith(
            "/bin/sh -c 'exec 3<\"$1\" || exit 126; shift; exec \"$@\"' cmdguard-sandbox"
                + " /tmp/cmdguard-seccomp-XXXX.bpf ")
        .contains(" --unshare-all --unshare-pid --cap-drop ALL --ro-bind / / ")
        .contains(" --bind " + workspace + " " + workspace + " ")
        .contains(" --seccomp 3 --chdir " + workspace + " -- ")
        .endsWith(" -c 'touch made.txt'\n");
    assertThat(r.err())
        .startsWith("cmdguard: dry run: allow (risk medium), in the sandbox with bubblewrap");
    assertThat(workspace.resolve("made.txt")).doesNotExist();
  }

  @Test
  void dryRunOfALowCommandIsTheCommandItselfAndOfAnAskExits3() {
    Cli.Result low = cli().run("exec", "--dry-run", "--", "ls", "-l");
    Cli.Result ask = cli().run("exec", "--dry-run", "--profile", "paranoid", "--", "ls", "-l");

    assertThat(low.out()).isEqualTo("ls -l\n");
    assertThat(low.exit()).isZero();
    assertThat(ask.out()).isEqualTo("ls -l\n");
    assertThat(ask.exit()).isEqualTo(3);
  }

  @Test
  void aContainerRunsTheScriptWithTheImagesBash() throws IOException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path docker = Files.writeString(bin.resolve("docker"), "#!/bin/sh\nexit 99\n");
    docker.toFile().setExecutable(true);
    Path policy = dir.resolve("user-policy.yaml");
    Files.writeString(policy, "sandbox:\n  runtime: docker\n");

    Cli.Result r =
        cli()
            .env("PATH", bin.toString())
            .env("CMDGUARD_USER_POLICY", policy.toString())
            .run("exec", "--dry-run", "--sandbox", "always", "-c", "make test");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith(docker + " run --rm -i --init --network none --read-only ")
        .contains(" -v " + workspace + ":" + workspace + " ")
        .endsWith(" -w " + workspace + " -e TMPDIR ubuntu:24.04 bash -c 'make test'\n");
  }

  @Test
  void seccompOffDropsTheFilter() throws IOException {
    Path policy = dir.resolve("user-policy.yaml");
    Files.writeString(policy, "sandbox:\n  seccomp: off\n  network: host\n");

    Cli.Result r =
        cli()
            .env("CMDGUARD_USER_POLICY", policy.toString())
            .run("exec", "--dry-run", "--sandbox", "always", "--", "ls");

    assertThat(r.out()).doesNotContain("--seccomp", "/bin/sh").contains(" --share-net ");
  }

  @Test
  void sandboxEnvPassesWhatThePolicyNames() throws IOException {
    Path policy = dir.resolve("user-policy.yaml");
    Files.writeString(policy, "sandbox:\n  env: [\"APP_*\"]\n");

    Cli.Result without =
        cli()
            .env("APP_MODE", "fast")
            .run("exec", "--sandbox", "always", "--", "printenv", "APP_MODE");
    Cli.Result with =
        cli()
            .env("APP_MODE", "fast")
            .env("CMDGUARD_USER_POLICY", policy.toString())
            .run("exec", "--sandbox", "always", "--", "printenv", "APP_MODE");

    assertThat(without.exit()).isEqualTo(1);
    assertThat(without.out()).isEmpty();
    assertThat(with.exit()).as(with.err()).isZero();
    assertThat(with.out()).isEqualTo("fast\n");
  }

  @Test
  void theProgramNotFoundOnTheHostIs127() {
    Cli.Result r =
        cli().run("exec", "--sandbox", "never", "--", dir.resolve("no-such-program").toString());

    assertThat(r.exit()).as(r.err()).isEqualTo(127);
    assertThat(r.err()).contains("cmdguard: cannot run ").contains(": no such file or directory");
  }

  @Test
  void theDecisionAndTheRunAreAudited() throws IOException {
    cli().run("exec", "-c", "touch made.txt; exit 3");
    cli().run("exec", "--", "echo", "on the host");
    cli().run("exec", "-c", "rm -rf /");

    List<JsonNode> records =
        Files.readAllLines(state.resolve("audit.jsonl")).stream()
            .map(ExecCommandTest::json)
            .toList();
    assertThat(records)
        .extracting(r -> r.get("kind").asText() + " " + r.get("runtime").asText())
        .containsExactly(
            "decision null",
            "execution bubblewrap",
            "decision null",
            "execution host",
            "decision null");
    JsonNode sandboxed = records.get(1);
    assertThat(sandboxed.get("exitCode").asInt()).isEqualTo(3);
    assertThat(sandboxed.get("sandboxed").asBoolean()).isTrue();
    assertThat(sandboxed.get("command").asText()).isEqualTo("touch made.txt; exit 3");
    assertThat(sandboxed.get("decision").get("sandbox").asText()).isEqualTo("required");
    assertThat(records.get(3).get("sandboxed").asBoolean()).isFalse();
    assertThat(records.get(4).get("decision").get("decision").asText()).isEqualTo("deny");
  }

  private static JsonNode json(String line) {
    try {
      return new ObjectMapper().readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void usageErrors() {
    Cli.Result mode = cli().run("exec", "--sandbox", "sometimes", "--", "ls");
    Cli.Result cwd = cli().run("exec", "--cwd", "no-such-dir", "--", "ls");
    Cli.Result none = cli().run("exec");

    assertThat(mode.exit()).isEqualTo(2);
    assertThat(mode.err())
        .startsWith("cmdguard: --sandbox must be never, auto or always, not sometimes");
    assertThat(cwd.exit()).isEqualTo(2);
    assertThat(cwd.err()).contains("no-such-dir is not a directory");
    assertThat(none.exit()).isEqualTo(2);
  }

  @Test
  void cwdChoosesTheWorkspace() throws IOException {
    Path other = Files.createDirectories(dir.resolve("other"));

    Cli.Result r = cli().run("exec", "--cwd", other.toString(), "-c", "touch here.txt && pwd");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(other + "\n");
    assertThat(other.resolve("here.txt")).exists();
  }
}
