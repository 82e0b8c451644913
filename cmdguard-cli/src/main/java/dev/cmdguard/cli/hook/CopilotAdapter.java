package dev.cmdguard.cli.hook;

import dev.cmdguard.Decision;
import java.util.Map;

/**
 * GitHub Copilot CLI's {@code preToolUse} hook (docs.github.com, Copilot CLI hooks reference).
 * Input: {@code sessionId}, {@code timestamp}, {@code cwd}, {@code toolName} ({@code bash}, or
 * {@code powershell} on Windows) and {@code toolArgs}, a JSON string (or object) holding {@code
 * command}; the snake_case spellings ({@code session_id}, {@code tool_name}, {@code tool_input})
 * are read too. Output: {@code {"permissionDecision": "allow"|"ask"|"deny",
 * "permissionDecisionReason": "…"}}.
 *
 * <p>Copilot CLI logs and skips a hook that exits non-zero, so even a refusal answers with exit
 * status 0 and a deny on standard output.
 */
final class CopilotAdapter implements HookAdapter {
  @Override
  public String name() {
    return "copilot";
  }

  @Override
  public HookInput parse(byte[] payload) {
    String session = "";
    try {
      Payload p = Payload.read(payload);
      session = p.id("sessionId");
      if (session.isEmpty()) {
        session = p.id("session_id");
      }
      boolean camel = p.find("toolName").isPresent();
      String tool = p.requiredString(camel ? "toolName" : "tool_name");
      if (!tool.equals("bash") && !tool.equals("powershell")) {
        return new HookInput.Other("tool " + tool, session);
      }
      String argsField = camel ? "toolArgs" : "tool_input";
      Object args =
          p.find(argsField).orElseThrow(() -> new Payload.Unusable(argsField + " is missing"));
      Payload toolArgs = arguments(args, argsField);
      String path = argsField + ".command";
      Object command =
          toolArgs.find("command").orElseThrow(() -> new Payload.Unusable(path + " is missing"));
      String cwd = Commands.directory(p.requiredString("cwd"), "cwd");
      if (tool.equals("powershell")) {
        if (!(command instanceof String text)) {
          throw new Payload.Unusable(path + " must be a string");
        }
        return Commands.powershell(text, path, cwd, session, Map.of());
      }
      return Commands.shell(command, path, cwd, session, Map.of());
    } catch (Payload.Unusable e) {
      return new HookInput.Malformed(e.getMessage(), session);
    }
  }

  /** The tool's arguments: a JSON object, or a string holding one. */
  private static Payload arguments(Object args, String field) throws Payload.Unusable {
    if (args instanceof String text) {
      return Payload.read(text, field);
    }
    if (args instanceof Map<?, ?> object) {
      return Payload.of(object);
    }
    throw new Payload.Unusable(field + " must be a JSON object or a string holding one");
  }

  @Override
  public HookOutput answer(Decision d, HookInput.Shell in) {
    String json =
        switch (d.decision()) {
          case ALLOW -> AnswerJson.of("permissionDecision", "allow");
          case ASK -> decision("ask", Reasons.ask(d));
          case DENY -> decision("deny", Reasons.deny(d));
        };
    return new HookOutput(json, "", 0);
  }

  @Override
  public HookOutput refuse(String reason) {
    return new HookOutput(decision("deny", reason), reason + "\n", 0);
  }

  private static String decision(String value, String reason) {
    return AnswerJson.of("permissionDecision", value, "permissionDecisionReason", reason);
  }
}
