package dev.cmdguard.cli;

import dev.cmdguard.Decision;
import dev.cmdguard.EvaluationRequest;
import dev.cmdguard.Risk;
import dev.cmdguard.Sandbox;
import dev.cmdguard.audit.AuditLog;
import dev.cmdguard.cli.sandbox.Programs;
import dev.cmdguard.cli.sandbox.SandboxEnvironment;
import dev.cmdguard.cli.sandbox.SandboxPaths;
import dev.cmdguard.cli.sandbox.SandboxRuntime;
import dev.cmdguard.cli.sandbox.SandboxSpec;
import dev.cmdguard.cli.sandbox.SeccompFilter;
import dev.cmdguard.policy.Layer;
import dev.cmdguard.policy.Policy;
import dev.cmdguard.policy.PolicyException;
import dev.cmdguard.policy.PolicyKey;
import dev.cmdguard.policy.PolicyLayer;
import dev.cmdguard.policy.PolicyLocations;
import dev.cmdguard.policy.PolicySource;
import dev.cmdguard.policy.Setting;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cmdguard exec}: decides like {@code check}, then runs the command on the host or in the
 * sandbox, or refuses (SPEC section 8). Deny: exit 126 with the reason. Ask: on a terminal the
 * human answers ({@link ApprovalPrompt}); elsewhere it is denied with how to approve it. Allow: run
 * where {@code Decision.sandbox()} says; a command that requires the sandbox never runs on the
 * host. The exit status is then the command's.
 */
@Command(
    name = "exec",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Decide, then run the command: on the host, or in the sandbox.",
    description = {
      "",
      "Judges the command as check does. A denied command does not run (exit 126). A command"
          + " that asks runs only after a human says so at the terminal (y once, a always: the"
          + " exact command is trusted, n no); without a terminal it is denied, with how to"
          + " approve it. An allowed command runs with standard input, output and error passed"
          + " through, and cmdguard exits with its status. Critical commands never run.",
      "",
      "Where it runs (sandbox.mode, or --sandbox): never: on the host; auto (default): low risk"
          + " on the host, medium and above only in the sandbox; always: only in the sandbox."
          + " The sandbox (bubblewrap on Linux, or docker/podman per sandbox.runtime) sees the"
          + " host read-only except the workspace, a private /tmp, no network, its own process"
          + " tree, and a filtered environment. When no runtime works, a command that needs it"
          + " is not run. Details: docs/sandbox.md.",
      "",
    },
    footer = {
      "",
      "Examples:",
      "  cmdguard exec -- npm test",
      "  cmdguard exec -c 'make && ./run-tests.sh' --cwd ~/project",
      "  cmdguard exec --sandbox always -- python3 script.py",
      "  cmdguard exec --dry-run -- git clean -fdx",
      "",
      "Exit status:",
      "  the command's own (128+N when signal N ended it)",
      "  126  not run: denied, not approved, critical, or no sandbox runtime works",
      "  127  the program was not found (on the host)",
      "  2    usage error; 1 internal error",
      "  --dry-run: 0 would run, 3 would ask first, 126 would not run",
    })
final class ExecCommand implements Callable<Integer> {
  /** ENOENT in the JDK's start failure: {@code error=2,} (JDK 21) or {@code error: 2 (} (25). */
  private static final Pattern NO_SUCH_FILE = Pattern.compile("error(=|: )2\\b");

  @Spec private CommandSpec spec;

  @ParentCommand private Main main;

  @Mixin private CommandInput input;

  @Mixin private ProfileOption profile;

  @Option(
      names = "--cwd",
      paramLabel = "DIR",
      description = "Run in this directory, the workspace (default: the current directory).")
  private String cwd;

  @Option(
      names = "--sandbox",
      paramLabel = "MODE",
      description = "never, auto or always: overrides the policy's sandbox.mode.")
  private String sandboxMode;

  @Option(
      names = "--dry-run",
      description =
          "Decide and print the full argv that would run (the sandbox runtime's), then" + " stop.")
  private boolean dryRun;

  /**
   * @return the command's exit status, or {@link ExitCodes#NOT_RUN}, {@link ExitCodes#NOT_FOUND},
   *     {@link ExitCodes#USAGE}, {@link ExitCodes#INTERNAL_ERROR}
   */
  @Override
  public Integer call() {
    return Failures.run(spec.commandLine().getErr(), main.debug(), this::exec);
  }

  private int exec() throws InputException, IOException {
    Environment env = main.environment();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = directory(env);
    GivenCommand command = input.read(env);
    String home =
        ContextOptions.absolute(env.workingDirectory(), env.variable("HOME", env.userHome()));
    EvaluationRequest request =
        profile.apply(
            command.request(
                dev.cmdguard.unwrap.ShellContext.of(
                    dir.toString(), home, env.variable("USER", env.userName()))));
    PolicyLayer flags = flags();
    try (PolicySetup.Audited audited = PolicySetup.audited(env, flags)) {
      Decision decision = audited.guard().evaluate(request);
      return decided(env, request, decision, command, dir, flags, audited.log());
    }
  }

  /** What follows the decision: refuse, ask, or run (and record how the run ended). */
  private int decided(
      Environment env,
      EvaluationRequest request,
      Decision decision,
      GivenCommand command,
      Path dir,
      PolicyLayer flags,
      Optional<AuditLog> log)
      throws InputException, IOException {
    PrintWriter err = spec.commandLine().getErr();
    ExecRefusal refusal = new ExecRefusal(err, command);
    if (decision.risk() == Risk.CRITICAL
        || decision.findings().stream().anyMatch(f -> f.code().locked())) {
      return refusal.critical(decision);
    }
    InputStream in = env.stdin().get();
    switch (decision.decision()) {
      case DENY -> {
        return refusal.denied(decision);
      }
      case ASK -> {
        if (dryRun) {
          err.println("cmdguard: dry run: it would ask a human first: " + decision.primaryReason());
        } else if (!env.inputTerminal() || !env.errorTerminal()) {
          return refusal.noOneToAsk(decision, PolicySetup.trustTtl(env, dir.toString()));
        } else if (!approve(env, decision, command, dir, in, err)) {
          return refusal.notApproved();
        }
      }
      case ALLOW -> {}
    }
    Policy policy = policy(env, flags, dir);
    Optional<Launch> launch = launch(env, decision, policy, command, dir, refusal);
    if (launch.isEmpty()) {
      return ExitCodes.NOT_RUN;
    }
    try (Launch l = launch.get()) {
      if (dryRun) {
        return dryRun(decision, l);
      }
      return run(env, request, decision, l, in, log);
    }
  }

  private int run(
      Environment env,
      EvaluationRequest request,
      Decision decision,
      Launch l,
      InputStream in,
      Optional<AuditLog> log) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ChildProcess.Outcome outcome;
    try {
      outcome =
          ChildProcess.run(
              l.argv(),
              l.environment(),
              l.directory(),
              env,
              in,
              out,
              err,
              l.signalTarget(),
              !l.sandboxed());
    } catch (IOException e) {
      return cannotStart(l, e, err);
    }
    ExecAudit.executed(log, request, decision, l, outcome, err);
    return outcome.exitCode();
  }

  private boolean approve(
      Environment env,
      Decision decision,
      GivenCommand command,
      Path dir,
      InputStream in,
      PrintWriter err)
      throws InputException {
    String ttl = Durations.format(PolicySetup.trustTtl(env, dir.toString()));
    String question =
        "cmdguard: approval needed (risk "
            + decision.risk().label()
            + "): "
            + decision.primaryReason()
            + "\n  "
            + command.shown()
            + "\n  "
            + (decision.sandbox() == Sandbox.NONE ? "runs on the host" : "runs in the sandbox");
    return switch (ApprovalPrompt.ask(question, ttl, in, err)) {
      case ONCE -> true;
      case ALWAYS -> {
        ExecTrust.remember(env, decision, command, dir, err);
        yield true;
      }
      case NO -> false;
    };
  }

  /** The host or sandbox launch; empty (after saying why) when it must not run. */
  private Optional<Launch> launch(
      Environment env,
      Decision decision,
      Policy policy,
      GivenCommand command,
      Path dir,
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
    SandboxSpec spec = spec(env, policy, argv, dir);
    try {
      return Optional.of(Launch.sandbox(runtime, spec, arch, env.variables(), dryRun));
    } catch (IllegalArgumentException e) {
      refusal.noSandbox(decision, policy, e.getMessage());
      return Optional.empty();
    }
  }

  private SandboxSpec spec(Environment env, Policy policy, List<String> argv, Path dir)
      throws IOException {
    Path home =
        Path.of(
            ContextOptions.absolute(env.workingDirectory(), env.variable("HOME", env.userHome())));
    SandboxPaths paths =
        SandboxPaths.of(
            dir, policy.list(PolicyKey.SANDBOX_WRITABLE), home, guardFiles(env, policy));
    return new SandboxSpec(
        argv,
        dir,
        paths.writable(),
        paths.readOnly(),
        paths.hidden(),
        policy.text(PolicyKey.SANDBOX_NETWORK).equals("host"),
        Optional.empty(),
        SandboxEnvironment.of(env.variables(), List.of(), dir),
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

  /** The argv that runs the command: itself, or {@code bash -c SCRIPT} for a script. */
  static List<String> commandArgv(GivenCommand command, String path) {
    if (command.argv().isPresent()) {
      return command.argv().get();
    }
    String bash = Programs.find("bash", path).map(Path::toString).orElse("/bin/bash");
    return List.of(bash, "-c", command.script().orElseThrow());
  }

  private int dryRun(Decision decision, Launch l) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        "cmdguard: dry run: "
            + decision.decision().label()
            + " (risk "
            + decision.risk().label()
            + "), "
            + (l.sandboxed() ? "in the sandbox with " + l.runtime() : "on the host")
            + "; would run:");
    if (l.argv().contains(Launch.FILTER_PLACEHOLDER.toString())) {
      err.println(
          "cmdguard: (the seccomp filter is written to a new temporary file at run time; "
              + Launch.FILTER_PLACEHOLDER
              + " stands for it)");
    }
    out.println(ShellQuote.join(l.argv()));
    out.flush();
    return decision.decision() == dev.cmdguard.Verdict.ASK ? ExitCodes.ASK : ExitCodes.OK;
  }

  private static int cannotStart(Launch l, IOException e, PrintWriter err) {
    String message = String.valueOf(e.getMessage());
    boolean notFound = NO_SUCH_FILE.matcher(message).find();
    err.println(
        "cmdguard: cannot run "
            + l.argv().get(0)
            + ": "
            + (notFound ? "no such file or directory" : message));
    return notFound ? ExitCodes.NOT_FOUND : ExitCodes.NOT_RUN;
  }

  private Path directory(Environment env) throws InputException {
    Path dir =
        Path.of(
            cwd == null
                ? env.workingDirectory().toString()
                : ContextOptions.absolute(env.workingDirectory(), cwd));
    if (!Files.isDirectory(dir)) {
      throw new InputException("--cwd " + dir + " is not a directory");
    }
    return dir;
  }

  /** The {@code --sandbox} flag as the policy's top layer. */
  private PolicyLayer flags() {
    if (sandboxMode == null) {
      return PolicySetup.noFlags();
    }
    if (!PolicyKey.SANDBOX_MODE.choices().contains(sandboxMode)) {
      throw new ParameterException(
          spec.commandLine(),
          "--sandbox must be never, auto or always, not " + ShellQuote.quote(sandboxMode));
    }
    Setting mode = Setting.of(PolicyKey.SANDBOX_MODE, sandboxMode, PolicySource.flag("--sandbox"));
    return new PolicyLayer(Layer.FLAGS, "", "", List.of(mode), List.of());
  }

  /**
   * The policy for the sandbox's settings. The guard has already denied everything when a policy
   * file is broken; if one broke since, nothing runs.
   */
  private static Policy policy(Environment env, PolicyLayer flags, Path dir) throws InputException {
    try {
      return PolicySetup.policies(env, flags).resolve(dir.toString());
    } catch (PolicyException e) {
      throw new InputException(
          "not run: the policy cannot be used: " + e.problems().get(0).describe());
    }
  }
}
