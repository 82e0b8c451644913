package dev.cmdguard.cli;

import dev.cmdguard.Decision;
import dev.cmdguard.Sandbox;
import dev.cmdguard.audit.AuditLog;
import dev.cmdguard.cli.sandbox.Programs;
import dev.cmdguard.cli.sandbox.SandboxEnvironment;
import dev.cmdguard.cli.sandbox.SandboxPaths;
import dev.cmdguard.cli.sandbox.SandboxRuntime;
import dev.cmdguard.cli.sandbox.SandboxSpec;
import dev.cmdguard.cli.sandbox.SeccompFilter;
import dev.cmdguard.policy.Policy;
import dev.cmdguard.policy.PolicyKey;
import dev.cmdguard.policy.PolicyLocations;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where {@code exec} runs a command it may run (SPEC section 8): on the host when {@code
 * Decision.sandbox()} is none; otherwise in the runtime of {@code sandbox.runtime}, shaped by the
 * policy's {@code sandbox} settings, and never on the host when that runtime cannot run (only a
 * {@code recommended} sandbox, which no built-in mode gives, falls back, with a warning). Without a
 * seccomp filter for this machine's architecture a bubblewrap sandbox does not run unless {@code
 * sandbox.seccomp} is off.
 */
final class Placement {
  private Placement() {}

  /**
   * The host or sandbox launch of a command that may run; empty, after {@code refusal} said why,
   * when it must run in the sandbox and no runtime can run it.
   *
   * @param dryRun true to plan without writing the seccomp filter's file
   * @throws IOException when the filter's file cannot be written or the workspace's owner read
   */
  static Optional<Launch> launch(
      Environment env,
      Decision decision,
      Policy policy,
      GivenCommand command,
      Path dir,
      boolean dryRun,
      ExecRefusal refusal)
      throws IOException {
    String path = env.variable("PATH", "/usr/local/bin:/usr/bin:/bin");
    List<String> argv = commandArgv(command, path);
    if (decision.sandbox() == Sandbox.NONE) {
      return Optional.of(Launch.host(argv, env.variables(), dir));
    }
    SandboxRuntime runtime =
        SandboxRuntime.of(
            policy.text(PolicyKey.SANDBOX_RUNTIME), path, System.getProperty("os.name", ""));
    Optional<String> missing = runtime.missing();
    if (missing.isPresent()) {
      if (decision.sandbox() == Sandbox.RECOMMENDED) {
        refusal.warn("no sandbox (" + missing.get() + "); running on the host");
        return Optional.of(Launch.host(argv, env.variables(), dir));
      }
      refusal.noSandbox(decision, policy, missing.get());
      return Optional.empty();
    }
    Optional<SeccompFilter.Arch> arch = Optional.empty();
    if (policy.text(PolicyKey.SANDBOX_SECCOMP).equals("default")) {
      arch = SeccompFilter.Arch.of(System.getProperty("os.arch", ""));
      if (arch.isEmpty() && runtime.readsSeccompFile()) {
        refusal.noSandbox(
            decision,
            policy,
            "cmdguard has no seccomp filter for "
                + System.getProperty("os.arch")
                + " (x86_64 and aarch64 only): set sandbox.seccomp: off to run without one");
        return Optional.empty();
      }
    }
    Path home =
        Path.of(
            ContextOptions.absolute(env.workingDirectory(), env.variable("HOME", env.userHome())));
    SandboxPaths paths =
        SandboxPaths.of(
            dir, policy.list(PolicyKey.SANDBOX_WRITABLE), home, guardFiles(env, policy));
    Optional<String> tooWide = paths.tooWide(home);
    if (tooWide.isPresent()) {
      refusal.noSandbox(decision, policy, tooWide.get());
      return Optional.empty();
    }
    List<String> inside =
        runtime.hostFileSystem() || command.script().isEmpty()
            ? argv
            : List.of("bash", "-c", command.script().get());
    SandboxSpec spec = spec(env, policy, inside, dir, paths);
    try {
      return Optional.of(Launch.sandbox(runtime, spec, arch, env.variables(), dryRun));
    } catch (IllegalArgumentException e) {
      refusal.noSandbox(decision, policy, e.getMessage());
      return Optional.empty();
    }
  }

  private static SandboxSpec spec(
      Environment env, Policy policy, List<String> argv, Path dir, SandboxPaths paths)
      throws IOException {
    return new SandboxSpec(
        argv,
        dir,
        paths.writable(),
        paths.readOnly(),
        paths.hidden(),
        policy.text(PolicyKey.SANDBOX_NETWORK).equals("host"),
        Optional.empty(),
        SandboxEnvironment.of(env.variables(), policy.list(PolicyKey.SANDBOX_ENV), dir),
        policy.text(PolicyKey.SANDBOX_IMAGE),
        SandboxPaths.owner(dir),
        env.inputTerminal() && env.terminal());
  }

  /**
   * cmdguard's own files: the policy files, the state directory, and the audit log where {@code
   * audit.path} put it, with its lock, head and rotated files ({@code
   * dev.cmdguard.audit.LogFiles}).
   */
  private static List<Path> guardFiles(Environment env, Policy policy) {
    PolicyLocations at = PolicySetup.locations(env);
    Path log = PolicySetup.auditSettings(at, policy).path();
    List<Path> files =
        new ArrayList<>(List.of(at.systemPolicy(), at.userPolicy(), at.stateDirectory(), log));
    for (String suffix : List.of(".lock", ".head")) {
      files.add(log.resolveSibling(log.getFileName() + suffix));
    }
    for (int n = 1; n <= AuditLog.KEEP; n++) {
      files.add(log.resolveSibling(log.getFileName() + "." + n));
    }
    return files;
  }

  /**
   * The argv that runs the command on the host's file system: itself, or the host's {@code bash -c
   * SCRIPT} for a script (in a container image, {@code bash} is found on the image's PATH).
   */
  static List<String> commandArgv(GivenCommand command, String path) {
    if (command.argv().isPresent()) {
      return command.argv().get();
    }
    String bash = Programs.find("bash", path).map(Path::toString).orElse("/bin/bash");
    return List.of(bash, "-c", command.script().orElseThrow());
  }
}
