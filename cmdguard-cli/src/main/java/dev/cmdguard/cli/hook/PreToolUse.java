package dev.cmdguard.cli.hook;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code PreToolUse} protocol that Claude Code defined and Codex adopted. Input: {@code
 * session_id}, {@code cwd}, {@code hook_event_name} ({@code "PreToolUse"}), {@code tool_name},
 * {@code tool_input.command}, and in Claude Code {@code permission_mode}. Output: {@code
 * {"hookSpecificOutput": {"hookEventName": "PreToolUse", "permissionDecision":
 * "allow"|"ask"|"deny", "permissionDecisionReason": "…"}}} with exit status 0; exit status 2 blocks
 * with standard error as the reason and standard output ignored.
 */
final class PreToolUse {
  static final String EVENT = "PreToolUse";

  private PreToolUse() {}

  /**
   * Reads a {@code PreToolUse} payload.
   *
   * @param shellTools the {@code tool_name}s that run a shell command
   * @param extras the top-level string fields to keep in {@link HookInput.Shell#extra}
   */
  static HookInput parse(byte[] bytes, Set<String> shellTools, Set<String> extras) {
    String session = "";
    try {
      Payload p = Payload.read(bytes);
      session = p.id("session_id");
      Optional<String> event = p.string("hook_event_name");
      if (event.isPresent() && !event.get().equals(EVENT)) {
        return new HookInput.Other("event " + event.get(), session);
      }
      String tool = p.requiredString("tool_name");
      if (!shellTools.contains(tool)) {
        return new HookInput.Other("tool " + tool, session);
      }
      Object command =
          p.find("tool_input.command")
              .orElseThrow(() -> new Payload.Unusable("tool_input.command is missing"));
      String cwd = Commands.directory(p.requiredString("cwd"), "cwd");
      Map<String, String> extra = new HashMap<>();
      for (String name : extras) {
        p.string(name).ifPresent(v -> extra.put(name, v));
      }
      return Commands.shell(command, "tool_input.command", cwd, session, extra);
    } catch (Payload.Unusable e) {
      return new HookInput.Malformed(e.getMessage(), session);
    }
  }

  /** The answer object with {@code decision} ({@code allow}, {@code ask}, {@code deny}). */
  static String answer(String decision, String reason) {
    return AnswerJson.of(
        "hookSpecificOutput",
        new AnswerJson.Obj(
            "hookEventName",
            EVENT,
            "permissionDecision",
            decision,
            "permissionDecisionReason",
            reason));
  }

  /** A deny on standard output for readers of JSON, the reason on standard error, exit 2. */
  static HookOutput refuse(String reason) {
    return new HookOutput(answer("deny", reason), reason + "\n", HookOutput.BLOCK);
  }
}
