package dev.cmdguard.cli;

import dev.cmdguard.audit.AuditLogSink;
import dev.cmdguard.audit.AuditSink;
import dev.cmdguard.cli.hook.HookAdapter;
import dev.cmdguard.cli.hook.HookAdapters;
import dev.cmdguard.cli.hook.HookContext;
import dev.cmdguard.cli.hook.HookOutput;
import dev.cmdguard.cli.hook.Hooks;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.InstantSource;
import java.util.Iterator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cmdguard hook AGENT}: answers one hook call of a coding agent (SPEC section 9). Reads the
 * agent's JSON from standard input (at most 1 MiB), judges the shell command it carries in the
 * payload's directory with the layered policy and the trust store, records the decision in the
 * audit log with the agent's name and session, and answers in the agent's protocol ({@link Hooks}).
 * Never runs the command.
 */
@Command(
    name = "hook",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Answer a coding agent's hook: judge the shell command it is about to run.",
    description = {
      "",
      "The agent runs this before each shell command, with its JSON payload on standard input."
          + " cmdguard reads the command and its directory, decides (allow, ask, deny) with the"
          + " policy and the trust store, and answers in the agent's own words. Other tools pass"
          + " untouched. Input that cannot be read, over 1 MiB or missing a field is denied."
          + " `cmdguard install AGENT` sets this up.",
      "",
      "Agents and what they are told:",
      "  claude-code  PreToolUse: allow, ask, deny (ask is deny under bypassPermissions)",
      "  codex        PreToolUse: deny only (ask is deny with how to approve; allow says nothing)",
      "  gemini       BeforeTool: allow, deny (ask is deny with how to approve)",
      "  cursor       beforeShellExecution: allow, ask, deny",
      "  copilot      preToolUse: allow, ask, deny",
      "",
    },
    footer = {
      "",
      "Example:",
      "  echo '{\"tool_name\":\"Bash\",\"tool_input\":{\"command\":\"rm -rf /\"},\"cwd\":\"/tmp\"}'"
          + " | cmdguard hook claude-code",
      "",
      "Exit status: 0 answered (the answer is on standard output), 2 blocked: unusable input or"
          + " an unknown agent (the reason is on standard error; Copilot is told with exit 0).",
      "See docs/agents.md for each protocol.",
    })
final class HookCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @ParentCommand private Main main;

  @Parameters(
      index = "0",
      paramLabel = "AGENT",
      completionCandidates = Agents.class,
      description = "The agent: ${COMPLETION-CANDIDATES}.")
  private String agent;

  /**
   * @return the exit status of the answer: 0, or 2 when the call is blocked on its exit status
   */
  @Override
  public Integer call() {
    HookAdapter adapter =
        HookAdapters.byName(agent)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "unknown agent '"
                            + agent
                            + "' (expected one of: "
                            + String.join(", ", HookAdapters.names())
                            + ")"));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return run(adapter, main.environment(), out, err);
  }

  /**
   * Answers one call: what {@code cmdguard hook AGENT} does after parsing its arguments. {@link
   * Main#main} calls this directly for {@code hook AGENT}, without building the whole command tree.
   *
   * @return the exit status
   */
  static int run(HookAdapter adapter, Environment env, PrintWriter out, PrintWriter err) {
    HookOutput answer;
    try {
      answer = answer(adapter, read(env.stdin().get()), env);
    } catch (IOException e) {
      answer = adapter.refuse(blocked("cannot read standard input (" + e.getMessage() + ")"));
    } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
      answer = adapter.refuse(blocked("internal error (" + e.getClass().getSimpleName() + ")"));
    }
    out.print(answer.stdout());
    out.flush();
    err.print(answer.stderr());
    err.flush();
    return answer.exitCode();
  }

  private static HookOutput answer(HookAdapter adapter, byte[] payload, Environment env) {
    PolicySetup.Audited audited = PolicySetup.audited(env);
    try {
      return Hooks.handle(adapter, payload, audited.guard(), context(env, audited));
    } finally {
      try {
        audited.close();
      } catch (IOException e) {
        // The records are written whole or not at all when appended; closing frees the file.
      }
    }
  }

  private static String blocked(String what) {
    return "cmdguard: " + what + "; the command was not judged, so it is blocked";
  }

  /** At most one byte more than {@link Hooks#MAX_PAYLOAD_BYTES}, so an oversized input shows. */
  private static byte[] read(InputStream in) throws IOException {
    return in.readNBytes(Hooks.MAX_PAYLOAD_BYTES + 1);
  }

  /** The user's home and name; refusals go to the audit log the guard writes to. */
  static HookContext context(Environment env, PolicySetup.Audited audited) {
    String home =
        env.workingDirectory().resolve(env.variable("HOME", env.userHome())).normalize().toString();
    String user = env.variable("USER", env.userName());
    AuditSink refusals =
        audited
            .log()
            .<AuditSink>map(log -> new AuditLogSink(log, InstantSource.system()))
            .orElse(AuditSink.NONE);
    return new HookContext(home, user, refusals);
  }

  /** The agent names, for help and completion. */
  static final class Agents implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return HookAdapters.names().iterator();
    }
  }
}
