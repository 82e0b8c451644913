package dev.cmdguard.cli;

import dev.cmdguard.cli.hook.HookAdapter;
import dev.cmdguard.cli.hook.HookAdapters;
import java.io.PrintWriter;
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
    return HookProcess.run(adapter, main.environment(), out, err);
  }

  /** The agent names, for help and completion. */
  static final class Agents implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return HookAdapters.names().iterator();
    }
  }
}
