package dev.cmdguard.cli.hook;

import dev.cmdguard.Decision;

/**
 * One agent's hook protocol: how its payload names the shell command, the directory and the
 * session, and how it wants allow, ask and deny said. Implementations are stateless and
 * thread-safe. The field names and their sources are in {@code docs/agents.md}.
 */
public interface HookAdapter {
  /** The name on the command line: {@code claude-code}, {@code codex}, {@code gemini}, … */
  String name();

  /**
   * Reads a payload. Never throws: unusable input is a {@link HookInput.Malformed}. Fields the
   * adapter does not use are ignored, whatever their type.
   *
   * @param payload the bytes the agent sent (UTF-8 JSON, at most {@link Hooks#MAX_PAYLOAD_BYTES})
   * @return the command to judge, a call to pass untouched, or why the payload cannot be used
   */
  HookInput parse(byte[] payload);

  /**
   * The answer to a judged command in this agent's protocol.
   *
   * @param decision cmdguard's decision for {@code input}
   * @param input the command as read by {@link #parse}
   * @return the output, exit status 0
   */
  HookOutput answer(Decision decision, HookInput.Shell input);

  /**
   * The answer that blocks a call cmdguard could not judge (malformed or oversized input, an
   * internal error): exit status 2 with the reason on standard error where the agent blocks on it,
   * and a deny in the agent's JSON on standard output for agents (and HTTP hooks) that read it.
   *
   * @param reason the whole sentence, starting with {@code cmdguard:}
   */
  HookOutput refuse(String reason);
}
