package dev.cmdguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bubblewrap sandbox holds (issue 6): real commands run in it on this machine, and each test
 * checks on the host what they could and could not do. The workspace and home directory are under
 * {@code target/} ({@link OutsideTmp}). bubblewrap must be installed: these tests fail, they do not
 * skip, without it.
 */
class SandboxTest {
  @TempDir(factory = OutsideTmp.class)
  Path dir;

  private Path workspace;
  private Path home;
  private Path outside;

  @BeforeAll
  static void bubblewrap() {
    Sandboxed.requireBubblewrap();
  }

  @BeforeEach
  void tree() throws IOException {
    workspace = Files.createDirectories(dir.resolve("workspace"));
    home = Files.createDirectories(dir.resolve("home"));
    outside = Files.createDirectories(dir.resolve("outside"));
  }

  private Sandboxed sandbox() {
    return new Sandboxed(workspace, home);
  }

  @Test
  void aWriteInsideTheWorkspaceSucceedsAndOneOutsideFails() throws IOException {
    Sandboxed.Result r =
        sandbox()
            .bash(
                "echo in > inside.txt && echo wrote-inside;"
                    + " echo out > "
                    + outside.resolve("outside.txt")
                    + " || echo refused-outside;"
                    + " touch /usr/cmdguard-test || echo refused-usr");

    assertThat(r.out()).isEqualTo("wrote-inside\nrefused-outside\nrefused-usr\n");
    assertThat(r.err()).contains("Read-only file system");
    assertThat(workspace.resolve("inside.txt")).hasContent("in");
    assertThat(outside.resolve("outside.txt")).doesNotExist();
    assertThat(Path.of("/usr/cmdguard-test")).doesNotExist();
  }

  @Test
  void tmpIsPrivate() throws IOException {
    String name = "cmdguard-sandbox-test-" + UUID.randomUUID();
    Sandboxed.Result r = sandbox().bash("echo x > /tmp/" + name + " && ls /tmp");

    assertThat(r.out()).isEqualTo(name + "\n");
    assertThat(Path.of("/tmp", name)).doesNotExist();
  }

  @Test
  void gitHooksAndConfigCannotBeWrittenButTheRestOfGitCan() throws IOException {
    Files.createDirectories(workspace.resolve(".git/hooks"));
    Files.writeString(workspace.resolve(".git/config"), "[core]\n");

    Sandboxed.Result r =
        sandbox()
            .bash(
                "echo evil > .git/hooks/pre-commit || echo no-hook;"
                    + " echo '[core] fsmonitor = evil' >> .git/config || echo no-config;"
                    + " echo ref > .git/ORIG_HEAD && echo other-git-files-ok");

    assertThat(r.out()).isEqualTo("no-hook\nno-config\nother-git-files-ok\n");
    assertThat(workspace.resolve(".git/hooks/pre-commit")).doesNotExist();
    assertThat(workspace.resolve(".git/config")).hasContent("[core]");
  }

  @Test
  void cmdguardsOwnFilesStayReadOnlyInsideAWritableWorkspace() throws IOException {
    Path state = Files.createDirectories(workspace.resolve("state"));
    Files.writeString(state.resolve("trust.json"), "{}\n");

    Sandboxed.Result r =
        sandbox().guardFiles(state).bash("echo '{\"evil\":1}' > state/trust.json || echo refused");

    assertThat(r.out()).isEqualTo("refused\n");
    assertThat(state.resolve("trust.json")).hasContent("{}");
  }

  @Test
  void thereIsNoNetworkUnlessThePolicySaysHost() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String connect = "exec 3<>/dev/tcp/127.0.0.1/" + server.getLocalPort() + " && echo connected";

      Sandboxed.Result none = sandbox().bash(connect + " || echo refused");
      Sandboxed.Result host = sandbox().hostNetwork().bash(connect);

      assertThat(none.out()).isEqualTo("refused\n");
      assertThat(host.out())
          .as("control: the server answers from the host's network")
          .isEqualTo("connected\n");
    }
  }

  @Test
  void theCommandHasItsOwnProcessTree() throws IOException {
    Sandboxed.Result r = sandbox().bash("echo $$; ls /proc | grep -c '^[0-9]'");

    String[] lines = r.out().split("\n");
    assertThat(Integer.parseInt(lines[0])).as("its pid").isLessThanOrEqualTo(2);
    assertThat(Integer.parseInt(lines[1])).as("processes it can see").isLessThan(10);
  }

  @Test
  void aSecretLikeVariableDoesNotReachTheCommand() throws IOException {
    Sandboxed.Result r =
        sandbox()
            .env("GITHUB_TOKEN", "ghp_secret")
            .env("AWS_SECRET_ACCESS_KEY", "aws-secret")
            .env("MY_SETTING", "plain")
            .run(java.util.List.of("/usr/bin/env"));

    assertThat(r.out())
        .contains("LANG=C.UTF-8", "HOME=" + home, "PWD=" + workspace, "TMPDIR=/tmp")
        .doesNotContain("ghp_secret", "aws-secret", "GITHUB_TOKEN", "MY_SETTING");
  }

  @Test
  void exitCodesAndDeathsBySignalPassThrough() throws IOException {
    assertThat(sandbox().bash("exit 42").exit()).isEqualTo(42);
    assertThat(sandbox().bash("kill -TERM $$").exit()).isEqualTo(143);
    assertThat(sandbox().bash("kill -KILL $$").exit()).isEqualTo(137);
  }

  @Test
  void rmRfHomeInsideCannotTouchTheRealHome() throws IOException {
    Files.writeString(home.resolve("precious.txt"), "keep me\n");
    Files.writeString(workspace.resolve("work.txt"), "work\n");

    Sandboxed.Result r = sandbox().bash("rm -rf ~ ; rm -rf ~/ ; ls ~");

    assertThat(r.out()).isEqualTo("precious.txt\n");
    assertThat(r.err()).contains("Read-only file system");
    assertThat(home.resolve("precious.txt")).hasContent("keep me");
  }

  @Test
  void credentialDirectoriesAreHidden() throws IOException {
    Files.createDirectories(home.resolve(".ssh"));
    Files.writeString(home.resolve(".ssh/id_ed25519"), "PRIVATE KEY\n");

    Sandboxed.Result r = sandbox().bash("ls -A ~/.ssh | wc -l; cat ~/.ssh/id_ed25519 || true");

    assertThat(r.out()).isEqualTo("0\n");
    assertThat(home.resolve(".ssh/id_ed25519")).hasContent("PRIVATE KEY");
  }

  @Test
  void theSeccompFilterBlocksNamespacesAndMounts() throws IOException {
    String script =
        "unshare -U true && echo unshared || echo no-unshare;"
            + " mkdir -p m && mount -t tmpfs none m && echo mounted || echo no-mount";

    Sandboxed.Result filtered = sandbox().bash(script);
    Sandboxed.Result unfiltered =
        sandbox().withoutSeccomp().bash("unshare -U true && echo unshared");

    assertThat(filtered.out()).isEqualTo("no-unshare\nno-mount\n");
    assertThat(filtered.err()).contains("unshare failed: Operation not permitted");
    assertThat(unfiltered.out()).as("control: without the filter it works").isEqualTo("unshared\n");
  }

  @Test
  void programsWithThreadsStillRunUnderTheFilter() throws IOException {
    Sandboxed.Result r =
        sandbox()
            .run(
                java.util.List.of(
                    ProcessHandle.current().info().command().orElseThrow(), "-version"));

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("version");
  }
}
