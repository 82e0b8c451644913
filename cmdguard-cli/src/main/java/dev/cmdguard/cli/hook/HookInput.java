package dev.cmdguard.cli.hook;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an agent's hook payload asks, as an adapter read it: a shell command to judge, a call that
 * is not a shell command (passed untouched), or a payload that cannot be used (denied).
 */
public sealed interface HookInput {
  /** The agent's session id, or {@code ""} when the payload has none. */
  String session();

  /**
   * A shell command the agent wants to run. Exactly one of {@code script} and {@code argv} is
   * present.
   *
   * @param script the shell text, as the agent's shell tool would run it with bash
   * @param argv a program and its arguments run without a shell (an argv-shaped {@code command}, or
   *     a PowerShell command as {@code powershell -Command TEXT})
   * @param cwd the absolute, normalised directory the command would start in
   * @param session the agent's session id, or {@code ""}
   * @param extra other payload fields an adapter answers by, such as Claude Code's {@code
   *     permission_mode}
   */
  record Shell(
      Optional<String> script,
      Optional<List<String>> argv,
      String cwd,
      String session,
      Map<String, String> extra)
      implements HookInput {
    /**
     * @throws IllegalArgumentException when both or neither of script and argv are given
     */
    public Shell {
      Objects.requireNonNull(script, "script");
      argv = Objects.requireNonNull(argv, "argv").map(List::copyOf);
      if (script.isPresent() == argv.isPresent()) {
        throw new IllegalArgumentException("give exactly one of script and argv");
      }
      Objects.requireNonNull(cwd, "cwd");
      Objects.requireNonNull(session, "session");
      extra = Map.copyOf(extra);
    }

    /** A shell script run in {@code cwd}. */
    static Shell script(String text, String cwd, String session, Map<String, String> extra) {
      return new Shell(Optional.of(text), Optional.empty(), cwd, session, extra);
    }

    /** An argv run without a shell in {@code cwd}. */
    static Shell argv(List<String> words, String cwd, String session, Map<String, String> extra) {
      return new Shell(Optional.empty(), Optional.of(words), cwd, session, extra);
    }

    /** The value of an extra field, or {@code ""}. */
    public String extra(String name) {
      return extra.getOrDefault(name, "");
    }
  }

  /**
   * A call that is not a shell command (another tool, another event): the adapter says nothing and
   * the agent goes on as if there were no hook.
   *
   * @param what the tool or event, for a note on standard error: {@code tool Read}
   */
  record Other(String what, String session) implements HookInput {
    public Other {
      Objects.requireNonNull(what, "what");
      Objects.requireNonNull(session, "session");
    }
  }

  /**
   * A payload that cannot be judged: not JSON, too large, a required field missing or of the wrong
   * type. It is denied (fail closed).
   *
   * @param reason one phrase naming the problem: {@code "tool_input.command is missing"}
   * @param session the session id when it could be read, else {@code ""}
   */
  record Malformed(String reason, String session) implements HookInput {
    public Malformed {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(session, "session");
    }
  }
}
