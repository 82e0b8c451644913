package dev.cmdguard.cli.hook;

import dev.cmdguard.Decision;
import java.util.Map;
import java.util.Optional;

/**
 * Gemini CLI's {@code BeforeTool} hook for its {@code run_shell_command} tool (geminicli.com, hooks
 * reference). Input: {@code session_id}, {@code cwd}, {@code hook_event_name} ({@code
 * "BeforeTool"}), {@code tool_name}, {@code tool_input.command} and the optional {@code
 * tool_input.dir_path} the command runs in (relative to {@code cwd}). Output: {@code {"decision":
 * "allow"|"deny", "reason": "…"}} (the reason goes to the model), plus {@code systemMessage} for
 * the human on a deny; exit status 2 blocks with standard error as the reason.
 *
 * <p>Gemini CLI has no ask, so an ask becomes a deny whose reason says how to approve it.
 */
final class GeminiAdapter implements HookAdapter {
  @Override
  public String name() {
    return "gemini";
  }

  @Override
  public HookInput parse(byte[] payload) {
    String session = "";
    try {
      Payload p = Payload.read(payload);
      session = p.id("session_id");
      Optional<String> event = p.string("hook_event_name");
      if (event.isPresent() && !event.get().equals("BeforeTool")) {
        return new HookInput.Other("event " + event.get(), session);
      }
      String tool = p.requiredString("tool_name");
      if (!tool.equals("run_shell_command")) {
        return new HookInput.Other("tool " + tool, session);
      }
      Object command =
          p.find("tool_input.command")
              .orElseThrow(() -> new Payload.Unusable("tool_input.command is missing"));
      String cwd = Commands.directory(p.requiredString("cwd"), "cwd");
      Optional<String> dir = p.string("tool_input.dir_path");
      if (dir.isPresent()) {
        cwd = Commands.resolve(cwd, dir.get(), "tool_input.dir_path");
      }
      return Commands.shell(command, "tool_input.command", cwd, session, Map.of());
    } catch (Payload.Unusable e) {
      return new HookInput.Malformed(e.getMessage(), session);
    }
  }

  @Override
  public HookOutput answer(Decision d, HookInput.Shell in) {
    String json =
        switch (d.decision()) {
          case ALLOW -> AnswerJson.of("decision", "allow");
          case ASK -> deny(Reasons.askBlocked(d, in, "Gemini CLI hooks cannot ask"));
          case DENY -> deny(Reasons.deny(d));
        };
    return new HookOutput(json, "", 0);
  }

  @Override
  public HookOutput refuse(String reason) {
    return new HookOutput(deny(reason), reason + "\n", HookOutput.BLOCK);
  }

  private static String deny(String reason) {
    return AnswerJson.of("decision", "deny", "reason", reason, "systemMessage", reason);
  }
}
