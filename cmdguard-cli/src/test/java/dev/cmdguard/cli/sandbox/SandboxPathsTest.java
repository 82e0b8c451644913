package dev.cmdguard.cli.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writable, read-only and hidden paths, from real files in a temporary directory. */
class SandboxPathsTest {
  @TempDir Path tmp;
  private Path home;
  private Path project;
  private Path state;

  @BeforeEach
  void tree() throws IOException {
    tmp = tmp.toRealPath();
    home = Files.createDirectories(tmp.resolve("home"));
    project = Files.createDirectories(home.resolve("project"));
    state = Files.createDirectories(home.resolve(".local/state/cmdguard"));
    Files.createDirectories(project.resolve(".git/hooks"));
    Files.writeString(project.resolve(".git/config"), "[core]\n");
    Files.writeString(project.resolve(".cmdguard.yaml"), "profile: high\n");
    Files.writeString(home.resolve(".bashrc"), "# rc\n");
    Files.createDirectories(home.resolve(".ssh"));
    Files.writeString(home.resolve(".netrc"), "machine x\n");
  }

  private SandboxPaths of(String... writable) {
    return SandboxPaths.of(
        project,
        List.of(writable),
        home,
        List.of(
            Path.of("/etc/cmdguard/policy.yaml"),
            home.resolve(".config/cmdguard/policy.yaml"),
            state));
  }

  @Test
  void theWorkspaceIsWritableWithItsGitHooksConfigAndPolicyReadOnly() {
    SandboxPaths p = of(".");

    assertThat(p.writable()).containsExactly(project);
    assertThat(p.readOnly())
        .containsExactly(
            project.resolve(".git/hooks"),
            project.resolve(".git/config"),
            project.resolve(".cmdguard.yaml"));
    assertThat(p.hidden()).containsExactly(home.resolve(".ssh"), home.resolve(".netrc"));
  }

  @Test
  void aWritableHomeKeepsRcFilesAndCmdguardStateReadOnly() {
    SandboxPaths p = of(".", "~");

    assertThat(p.writable()).containsExactly(project, home);
    assertThat(p.readOnly())
        .contains(home.resolve(".bashrc"), state)
        .doesNotContain(Path.of("/etc/cmdguard/policy.yaml"));
  }

  @Test
  void missingEntriesAreLeftOutAndOthersResolvedAgainstTheWorkspace() throws IOException {
    Files.createDirectories(project.resolve("build"));
    Path cache = Files.createDirectories(tmp.resolve("cache"));

    SandboxPaths p = of("build", "missing", "../../cache", cache.toString(), "~/nothing");

    assertThat(p.writable()).containsExactly(project.resolve("build"), cache);
    assertThat(p.readOnly()).isEmpty();
  }

  @Test
  void aLinkIsResolvedSoItCannotWidenTheBind() throws IOException {
    Path real = Files.createDirectories(tmp.resolve("real-dir"));
    Files.createSymbolicLink(project.resolve("out"), real);
    Path dotfiles = Files.createDirectories(project.resolve("dotfiles"));
    Files.writeString(dotfiles.resolve("zshrc"), "# zsh\n");
    Files.createSymbolicLink(home.resolve(".zshrc"), dotfiles.resolve("zshrc"));

    SandboxPaths p = of(".", "out");

    assertThat(p.writable()).containsExactly(project, real);
    assertThat(p.readOnly()).contains(dotfiles.resolve("zshrc"));
  }

  @Test
  void aWritableRootSystemDirectoryOrParentOfHomeIsTooWide() {
    SandboxPaths root = SandboxPaths.of(Path.of("/"), List.of("."), home, List.of());
    SandboxPaths usr = SandboxPaths.of(project, List.of(".", "/usr"), home, List.of());
    SandboxPaths above = SandboxPaths.of(project, List.of("../.."), home, List.of());

    assertThat(root.tooWide(home))
        .contains(
            "the sandbox would make / writable (the workspace, or sandbox.writable), and it holds"
                + " the system's or other users' files: run it from a project directory");
    assertThat(usr.tooWide(home)).hasValueSatisfying(m -> assertThat(m).contains(" /usr "));
    assertThat(above.tooWide(home))
        .hasValueSatisfying(m -> assertThat(m).contains(" " + tmp + " "));
    assertThat(of(".", "~").tooWide(home)).isEmpty();
    assertThat(of(".").tooWide(home)).isEmpty();
  }

  @Test
  void ownerIsUidAndGid() throws IOException {
    assertThat(SandboxPaths.owner(project)).matches("\\d+:\\d+");
  }
}
