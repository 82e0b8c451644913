package dev.cmdguard.cli.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The argv each runtime would start, word for word, and what it says when it cannot run. No engine
 * runs here: Docker and Podman are tested by their argv (and by a real run in {@code SandboxTest}
 * where one is installed).
 */
class SandboxRuntimeTest {
  private static final Path WS = Path.of("/home/dev/project");

  private static SandboxSpec spec(boolean hostNetwork, Optional<Path> filter) {
    return new SandboxSpec(
        List.of("/bin/bash", "-c", "make test"),
        WS,
        List.of(WS, Path.of("/home/dev/.cache/pip")),
        List.of(WS.resolve(".git/hooks"), WS.resolve(".git/config")),
        List.of(),
        hostNetwork,
        filter,
        Map.of("PATH", "/usr/bin:/bin", "HOME", "/home/dev", "LANG", "C.UTF-8", "TMPDIR", "/tmp"),
        "ubuntu:24.04",
        "1000:1000",
        false);
  }

  private static SandboxRuntime bwrap() {
    return new Bubblewrap(Optional.of(Path.of("/usr/bin/bwrap")), true, "Linux");
  }

  @Test
  void bubblewrapWithTheSeccompFilterOnDescriptorThree() {
    List<String> argv = bwrap().argv(spec(false, Optional.of(Path.of("/tmp/f.bpf"))));

    List<String> expected = new ArrayList<>();
    expected.addAll(
        List.of(
            "/bin/sh",
            "-c",
            "exec 3<\"$1\" || exit 126; shift; exec \"$@\"",
            "cmdguard-sandbox",
            "/tmp/f.bpf"));
    expected.addAll(
        List.of(
            "/usr/bin/bwrap",
            "--die-with-parent",
            "--new-session",
            "--unshare-all",
            "--unshare-pid",
            "--cap-drop",
            "ALL",
            "--ro-bind",
            "/",
            "/",
            "--dev",
            "/dev",
            "--proc",
            "/proc",
            "--tmpfs",
            "/tmp",
            "--tmpfs",
            "/run"));
    expected.addAll(
        List.of(
            "--bind",
            WS.toString(),
            WS.toString(),
            "--bind",
            "/home/dev/.cache/pip",
            "/home/dev/.cache/pip",
            "--ro-bind",
            WS + "/.git/hooks",
            WS + "/.git/hooks",
            "--ro-bind",
            WS + "/.git/config",
            WS + "/.git/config",
            "--seccomp",
            "3",
            "--chdir",
            WS.toString(),
            "--",
            "/bin/bash",
            "-c",
            "make test"));
    assertThat(argv).containsExactlyElementsOf(expected);
  }

  @Test
  void bubblewrapWithTheHostNetworkAndNoFilter() {
    List<String> argv = bwrap().argv(spec(true, Optional.empty()));

    assertThat(argv.get(0)).isEqualTo("/usr/bin/bwrap");
    assertThat(argv).contains("--share-net").doesNotContain("--seccomp", "/bin/sh");
    assertThat(argv.indexOf("--share-net")).isEqualTo(argv.indexOf("--unshare-all") + 1);
  }

  @Test
  void bubblewrapHidesCredentialsWithAnEmptyDirectoryOrFile() {
    SandboxSpec s = spec(false, Optional.empty());
    SandboxSpec hidden =
        new SandboxSpec(
            s.command(),
            s.cwd(),
            s.writable(),
            s.readOnly(),
            List.of(Path.of("/etc"), Path.of("/nonexistent/.netrc")),
            false,
            Optional.empty(),
            s.environment(),
            s.image(),
            s.owner(),
            false);

    List<String> argv = bwrap().argv(hidden);

    assertThat(String.join(" ", argv))
        .contains("--tmpfs /etc ")
        .contains("--ro-bind /dev/null /nonexistent/.netrc");
  }

  @Test
  void docker() {
    List<String> argv =
        new ContainerEngine("docker", Optional.of(Path.of("/usr/bin/docker")))
            .argv(spec(false, Optional.empty()));

    assertThat(argv)
        .containsExactly(
            "/usr/bin/docker",
            "run",
            "--rm",
            "-i",
            "--init",
            "--network",
            "none",
            "--read-only",
            "--tmpfs",
            "/tmp",
            "--cap-drop",
            "ALL",
            "--security-opt",
            "no-new-privileges",
            "--user",
            "1000:1000",
            "-v",
            WS + ":" + WS,
            "-v",
            "/home/dev/.cache/pip:/home/dev/.cache/pip",
            "-v",
            WS + "/.git/hooks:" + WS + "/.git/hooks:ro",
            "-v",
            WS + "/.git/config:" + WS + "/.git/config:ro",
            "-w",
            WS.toString(),
            "-e",
            "LANG",
            "-e",
            "TMPDIR",
            "ubuntu:24.04",
            "/bin/bash",
            "-c",
            "make test");
  }

  @Test
  void podmanKeepsTheUserAndMountsANonWritableWorkspaceReadOnly() {
    SandboxSpec s = spec(true, Optional.empty());
    SandboxSpec onlyCache =
        new SandboxSpec(
            s.command(),
            s.cwd(),
            List.of(Path.of("/home/dev/.cache/pip")),
            List.of(),
            List.of(),
            true,
            Optional.empty(),
            s.environment(),
            s.image(),
            s.owner(),
            true);

    List<String> argv =
        new ContainerEngine("podman", Optional.of(Path.of("/usr/bin/podman"))).argv(onlyCache);

    assertThat(String.join(" ", argv))
        .startsWith("/usr/bin/podman run --rm -i -t --init --network host ")
        .contains(" --userns=keep-id ")
        .doesNotContain("--user ")
        .contains("-v " + WS + ":" + WS + ":ro -v /home/dev/.cache/pip:/home/dev/.cache/pip ");
  }

  @Test
  void aContainerGetsTheSpecsVariablesByNameOnly() {
    SandboxSpec s = spec(false, Optional.empty());
    ContainerEngine docker = new ContainerEngine("docker", Optional.of(Path.of("/usr/bin/docker")));

    Map<String, String> env =
        docker.processEnvironment(s, Map.of("DOCKER_HOST", "unix:///x.sock", "HOME", "/root"));

    assertThat(env)
        .containsEntry("DOCKER_HOST", "unix:///x.sock")
        .containsEntry("HOME", "/root")
        .containsEntry("LANG", "C.UTF-8");
    assertThat(String.join(" ", docker.argv(s))).doesNotContain("C.UTF-8");
  }

  @Test
  void aPathTheMountSyntaxCannotCarryIsRefused() {
    SandboxSpec s = spec(false, Optional.empty());
    SandboxSpec colon =
        new SandboxSpec(
            s.command(),
            Path.of("/w/a:b"),
            List.of(Path.of("/w/a:b")),
            List.of(),
            List.of(),
            false,
            Optional.empty(),
            s.environment(),
            s.image(),
            s.owner(),
            false);

    assertThatThrownBy(() -> new ContainerEngine("docker", Optional.of(Path.of("/d"))).argv(colon))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a path with ':' or ',' cannot be mounted into a container: /w/a:b");
  }

  @Test
  void whatIsMissingIsNamed() {
    assertThat(SandboxRuntime.of("auto", "/nonexistent", "Linux").missing())
        .contains(
            "bubblewrap is not installed (no bwrap on PATH): apt-get install bubblewrap (Debian,"
                + " Ubuntu), dnf install bubblewrap (Fedora), pacman -S bubblewrap (Arch)");
    assertThat(SandboxRuntime.of("bubblewrap", "/nonexistent", "Mac OS X").missing())
        .contains(
            "bubblewrap runs only on Linux, not on Mac OS X: set sandbox.runtime to docker or"
                + " podman in the policy");
    assertThat(SandboxRuntime.of("podman", "/nonexistent", "Linux").missing())
        .contains(
            "podman is not installed (no podman on PATH): install it, or set sandbox.runtime to"
                + " bubblewrap in the policy");
    assertThatThrownBy(
            () ->
                SandboxRuntime.of("auto", "/nonexistent", "Linux")
                    .argv(spec(false, Optional.empty())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("bubblewrap is not installed");
    assertThatThrownBy(() -> SandboxRuntime.of("lxc", "/bin", "Linux"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void programsAreFoundInAbsolutePathEntriesOnly() {
    assertThat(Programs.find("sh", "relative:/nonexistent:/bin")).contains(Path.of("/bin/sh"));
    assertThat(Programs.find("sh", ":.:relative")).isEmpty();
    assertThatThrownBy(() -> Programs.find("a/b", "/bin"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
