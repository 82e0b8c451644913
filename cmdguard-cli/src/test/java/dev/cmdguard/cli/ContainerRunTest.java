package dev.cmdguard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cmdguard.cli.sandbox.Programs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A real run in Docker or Podman, where the engine is installed, its daemon answers and the image
 * is present; otherwise skipped, saying which (the argv is tested without an engine in {@code
 * SandboxRuntimeTest}).
 */
class ContainerRunTest {
  private static final String IMAGE = "ubuntu:24.04";

  @TempDir(factory = OutsideTmp.class)
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"docker", "podman"})
  void aCommandRunsInAContainerWithTheWorkspaceWritableAndNoNetwork(String engine)
      throws IOException, InterruptedException {
    String path = System.getenv().getOrDefault("PATH", "");
    Optional<Path> program = Programs.find(engine, path);
    assumeTrue(program.isPresent(), engine + " is not installed: only its argv is tested");
    assumeTrue(
        succeeds(program.get(), "version", "--format", "{{.Server.Version}}"),
        engine + " is installed but its engine does not answer (" + engine + " version)");
    assumeTrue(
        succeeds(program.get(), "image", "inspect", IMAGE),
        "the image " + IMAGE + " is not present (" + engine + " pull " + IMAGE + ")");
    Path workspace = Files.createDirectories(dir.resolve("project"));
    Path policy = dir.resolve("policy.yaml");
    Files.writeString(policy, "sandbox:\n  runtime: " + engine + "\n  image: " + IMAGE + "\n");

    Cli.Result r =
        Cli.cli()
            .in(workspace)
            .env("PATH", path)
            .env("HOME", dir.toString())
            .env("CMDGUARD_STATE_DIR", dir.resolve("state").toString())
            .env("CMDGUARD_USER_POLICY", policy.toString())
            .run(
                "exec",
                "--sandbox",
                "always",
                "-c",
                "touch made.txt && cat /etc/os-release | head -1 && (getent hosts example.com"
                    + " || echo no-network)");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Ubuntu").endsWith("no-network\n");
    assertThat(workspace.resolve("made.txt")).exists();
  }

  private static boolean succeeds(Path program, String... args)
      throws IOException, InterruptedException {
    List<String> argv = new java.util.ArrayList<>(List.of(program.toString()));
    argv.addAll(List.of(args));
    Process p =
        new ProcessBuilder(argv)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return false;
    }
    return p.exitValue() == 0;
  }
}
