package dev.cmdguard.cli;

import dev.cmdguard.Decision;
import dev.cmdguard.EvaluationRequest;
import dev.cmdguard.Risk;
import dev.cmdguard.Sandbox;
import dev.cmdguard.Verdict;
import dev.cmdguard.audit.AuditLog;
import dev.cmdguard.policy.Layer;
import dev.cmdguard.policy.Policy;
import dev.cmdguard.policy.PolicyException;
import dev.cmdguard.policy.PolicyKey;
import dev.cmdguard.policy.PolicyLayer;
import dev.cmdguard.policy.PolicySource;
import dev.cmdguard.policy.Setting;
import dev.cmdguard.unwrap.ShellContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
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
                ShellContext.of(dir.toString(), home, env.variable("USER", env.userName()))));
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
    boolean asks = decision.decision() == Verdict.ASK;
    if (decision.decision() == Verdict.DENY) {
      return refusal.denied(decision);
    }
    if (asks && !dryRun && (!env.inputTerminal() || !env.errorTerminal())) {
      return refusal.noOneToAsk(decision, PolicySetup.trustTtl(env, dir.toString()));
    }
    Optional<Policy> policy = policy(env, flags, dir, refusal);
    if (policy.isEmpty()) {
      return ExitCodes.NOT_RUN;
    }
    Optional<Launch> launch =
        Placement.launch(env, decision, policy.get(), command, dir, dryRun, refusal);
    if (launch.isEmpty()) {
      return ExitCodes.NOT_RUN;
    }
    InputStream in = env.stdin().get();
    try (Launch l = launch.get()) {
      if (dryRun) {
        return dryRun(decision, l);
      }
      if (asks && !approve(env, decision, command, dir, in, err)) {
        return refusal.notApproved();
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
      return new ExecRefusal(err, null).cannotStart(l, e);
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

  private int dryRun(Decision decision, Launch l) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (decision.decision() == Verdict.ASK) {
      err.println("cmdguard: dry run: it would ask a human first: " + decision.primaryReason());
    }
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
    return decision.decision() == Verdict.ASK ? ExitCodes.ASK : ExitCodes.OK;
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
  private static Optional<Policy> policy(
      Environment env, PolicyLayer flags, Path dir, ExecRefusal refusal) {
    try {
      return Optional.of(PolicySetup.policies(env, flags).resolve(dir.toString()));
    } catch (PolicyException e) {
      refusal.brokenPolicy(e);
      return Optional.empty();
    }
  }
}
