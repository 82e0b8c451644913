package dev.cmdguard.cli.hook;

import dev.cmdguard.Decision;
import java.util.Set;

/**
 * Codex's {@code PreToolUse} hook (developers.openai.com/codex/hooks). Codex enforces only deny: it
 * rejects {@code permissionDecision} {@code "ask"} and {@code "allow"} as unsupported, marks the
 * hook failed and runs the command. So allow prints nothing, and an ask becomes a deny whose reason
 * tells the human how to approve the command with {@code cmdguard trust add}.
 *
 * <p>Codex names its shell tool {@code Bash} in hooks; older builds and forks used {@code shell},
 * {@code local_shell}, {@code exec_command} and {@code unified_exec}, which are read the same way.
 */
final class CodexAdapter implements HookAdapter {
  private static final Set<String> SHELL_TOOLS =
      Set.of("Bash", "shell", "local_shell", "exec_command", "unified_exec");

  @Override
  public String name() {
    return "codex";
  }

  @Override
  public HookInput parse(byte[] payload) {
    return PreToolUse.parse(payload, SHELL_TOOLS, Set.of());
  }

  @Override
  public HookOutput answer(Decision d, HookInput.Shell in) {
    return switch (d.decision()) {
      case ALLOW -> HookOutput.nothing();
      case ASK ->
          new HookOutput(
              PreToolUse.answer("deny", Reasons.askBlocked(d, in, "Codex hooks cannot ask")),
              "",
              0);
      case DENY -> new HookOutput(PreToolUse.answer("deny", Reasons.deny(d)), "", 0);
    };
  }

  @Override
  public HookOutput refuse(String reason) {
    return PreToolUse.refuse(reason);
  }
}
