package dev.cmdguard.cli.hook;

import dev.cmdguard.Decision;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cursor's {@code beforeShellExecution} hook (cursor.com, agent hooks). Input: {@code
 * hook_event_name}, {@code conversation_id} (the session), {@code workspace_roots}, and {@code
 * command} and {@code cwd} at the top level; an empty or missing {@code cwd} falls back to the
 * first workspace root. Output: {@code {"permission": "allow"|"ask"|"deny", "user_message": "…",
 * "agent_message": "…"}}; exit status 2 blocks.
 *
 * <p>Cursor was reported to run a command without a prompt when a hook answers ask in its
 * auto-review mode; {@code docs/agents.md} says so.
 */
final class CursorAdapter implements HookAdapter {
  static final String EVENT = "beforeShellExecution";

  @Override
  public String name() {
    return "cursor";
  }

  @Override
  public HookInput parse(byte[] payload) {
    String session = "";
    try {
      Payload p = Payload.read(payload);
      session = p.id("conversation_id");
      Optional<String> event = p.string("hook_event_name");
      if (event.isPresent() && !event.get().equals(EVENT)) {
        return new HookInput.Other("event " + event.get(), session);
      }
      Object command =
          p.find("command").orElseThrow(() -> new Payload.Unusable("command is missing"));
      String cwd = Commands.directory(directory(p), "cwd");
      return Commands.shell(command, "command", cwd, session, Map.of());
    } catch (Payload.Unusable e) {
      return new HookInput.Malformed(e.getMessage(), session);
    }
  }

  private static String directory(Payload p) throws Payload.Unusable {
    Optional<String> cwd = p.string("cwd");
    if (cwd.isPresent() && !cwd.get().isEmpty()) {
      return cwd.get();
    }
    Optional<Object> roots = p.find("workspace_roots");
    if (roots.isPresent() && roots.get() instanceof List<?> list && !list.isEmpty()) {
      if (list.get(0) instanceof String root) {
        return root;
      }
      throw new Payload.Unusable("workspace_roots must be an array of strings");
    }
    throw new Payload.Unusable("cwd is missing (and there is no workspace root)");
  }

  @Override
  public HookOutput answer(Decision d, HookInput.Shell in) {
    String json =
        switch (d.decision()) {
          case ALLOW -> AnswerJson.of("permission", "allow");
          case ASK -> permission("ask", Reasons.ask(d));
          case DENY -> permission("deny", Reasons.deny(d));
        };
    return new HookOutput(json, "", 0);
  }

  @Override
  public HookOutput refuse(String reason) {
    return new HookOutput(permission("deny", reason), reason + "\n", HookOutput.BLOCK);
  }

  private static String permission(String value, String reason) {
    return AnswerJson.of("permission", value, "user_message", reason, "agent_message", reason);
  }
}
