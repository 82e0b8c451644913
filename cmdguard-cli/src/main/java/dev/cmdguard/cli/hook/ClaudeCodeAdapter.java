package dev.cmdguard.cli.hook;

import dev.cmdguard.Decision;
import java.util.Set;

/**
 * Claude Code's {@code PreToolUse} hook for its {@code Bash} tool (code.claude.com, hooks
 * reference). Allow, ask and deny map one to one, except that an ask becomes a deny when {@code
 * permission_mode} is {@code bypassPermissions} (some builds silently turned a hook's ask into an
 * allow there) or {@code dontAsk} (no one would be asked): the reason then says how a human
 * approves the command.
 */
final class ClaudeCodeAdapter implements HookAdapter {
  static final String PERMISSION_MODE = "permission_mode";
  private static final Set<String> NO_ONE_ASKED = Set.of("bypassPermissions", "dontAsk");

  @Override
  public String name() {
    return "claude-code";
  }

  @Override
  public HookInput parse(byte[] payload) {
    return PreToolUse.parse(payload, Set.of("Bash"), Set.of(PERMISSION_MODE));
  }

  @Override
  public HookOutput answer(Decision d, HookInput.Shell in) {
    String json =
        switch (d.decision()) {
          case ALLOW -> PreToolUse.answer("allow", Reasons.allow(d));
          case ASK -> {
            String mode = in.extra(PERMISSION_MODE);
            yield NO_ONE_ASKED.contains(mode)
                ? PreToolUse.answer(
                    "deny",
                    Reasons.askBlocked(
                        d, in, "permission_mode is " + mode + ", so Claude Code would not ask"))
                : PreToolUse.answer("ask", Reasons.ask(d));
          }
          case DENY -> PreToolUse.answer("deny", Reasons.deny(d));
        };
    return new HookOutput(json, "", 0);
  }

  @Override
  public HookOutput refuse(String reason) {
    return PreToolUse.refuse(reason);
  }
}
