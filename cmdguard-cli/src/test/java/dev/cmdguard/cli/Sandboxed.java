package dev.cmdguard.cli;

import static org.assertj.core.api.Assertions.fail;

import dev.cmdguard.cli.sandbox.Programs;
import dev.cmdguard.cli.sandbox.SandboxEnvironment;
import dev.cmdguard.cli.sandbox.SandboxPaths;
import dev.cmdguard.cli.sandbox.SandboxRuntime;
import dev.cmdguard.cli.sandbox.SandboxSpec;
import dev.cmdguard.cli.sandbox.SeccompFilter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs a script in the real bubblewrap sandbox the way {@code exec} does (the spec from {@link
 * SandboxPaths} and {@link SandboxEnvironment}, {@link Launch#sandbox}, {@link ChildProcess#run}),
 * without the guard's decision in front, so a test can run what analysis would have stopped.
 */
final class Sandboxed {
  /** The result of one run. */
  record Result(int exit, String out, String err) {}

  private final Path workspace;
  private final Path home;
  private final Map<String, String> variables = new HashMap<>();
  private List<String> writable = List.of(".");
  private List<Path> guardFiles = List.of();
  private boolean hostNetwork;
  private boolean seccomp = true;

  Sandboxed(Path workspace, Path home) {
    this.workspace = workspace;
    this.home = home;
    variables.put("PATH", "/usr/local/bin:/usr/bin:/bin");
    variables.put("HOME", home.toString());
    variables.put("LANG", "C.UTF-8");
  }

  /** Fails the test, naming the fix, when bubblewrap is not installed. */
  static void requireBubblewrap() {
    if (Programs.find("bwrap", System.getenv().getOrDefault("PATH", "")).isEmpty()) {
      fail(
          "bubblewrap is not installed (no bwrap on PATH): the sandbox tests run real commands"
              + " in it; apt-get install bubblewrap (.ci/run installs it)");
    }
  }

  Sandboxed env(String name, String value) {
    variables.put(name, value);
    return this;
  }

  Sandboxed writable(String... paths) {
    writable = List.of(paths);
    return this;
  }

  Sandboxed guardFiles(Path... paths) {
    guardFiles = List.of(paths);
    return this;
  }

  Sandboxed hostNetwork() {
    hostNetwork = true;
    return this;
  }

  Sandboxed withoutSeccomp() {
    seccomp = false;
    return this;
  }

  /** Runs {@code bash -c script} in the sandbox. */
  Result bash(String script) throws IOException {
    return run(List.of("/bin/bash", "-c", script));
  }

  Result run(List<String> command) throws IOException {
    SandboxPaths paths = SandboxPaths.of(workspace, writable, home, guardFiles);
    SandboxSpec spec =
        new SandboxSpec(
            command,
            workspace,
            paths.writable(),
            paths.readOnly(),
            paths.hidden(),
            hostNetwork,
            Optional.empty(),
            SandboxEnvironment.of(variables, List.of(), workspace),
            "ubuntu:24.04",
            SandboxPaths.owner(workspace),
            false);
    SandboxRuntime bwrap =
        SandboxRuntime.of("bubblewrap", System.getenv().getOrDefault("PATH", ""), "Linux");
    Optional<SeccompFilter.Arch> arch =
        seccomp ? SeccompFilter.Arch.of(System.getProperty("os.arch")) : Optional.empty();
    Environment env =
        new Environment(
            variables,
            false,
            workspace,
            home.toString(),
            "dev",
            () -> new ByteArrayInputStream(new byte[0]));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try (Launch launch = Launch.sandbox(bwrap, spec, arch, variables, false)) {
      ChildProcess.Outcome o =
          ChildProcess.run(
              launch.argv(),
              launch.environment(),
              launch.directory(),
              env,
              new ByteArrayInputStream(new byte[0]),
              new PrintWriter(out, true),
              new PrintWriter(err, true),
              Function.identity(),
              false);
      return new Result(o.exitCode(), out.toString(), err.toString());
    }
  }
}
