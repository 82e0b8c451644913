package dev.cmdguard.audit;

import dev.cmdguard.Decision;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one audit record says (SPEC section 7): a decision, or the outcome of running a command. The
 * caller fills these fields; {@link AuditLog#append} adds the chain fields ({@code seq}, {@code
 * prev}), masks secrets and writes the record as one JSON line (the format is in {@link
 * AuditRecordJson} and {@code docs/audit.md}).
 *
 * @param time when it happened; written in ISO-8601 UTC ({@code 2026-03-01T12:00:00.123Z})
 * @param session the agent's session id, when known
 * @param agent the agent that asked ({@code claude-code}, {@code codex}, …), when known
 * @param cwd the working directory the command was judged in
 * @param command the command as given: script text or argv
 * @param decision the decision; always present in a {@link Kind#DECISION} record, optional in an
 *     {@link Kind#EXECUTION} record
 * @param execution how the run ended; present exactly in {@link Kind#EXECUTION} records
 */
public record AuditRecord(
    Instant time,
    Optional<String> session,
    Optional<String> agent,
    String cwd,
    Command command,
    Optional<Decision> decision,
    Optional<Execution> execution) {

  /**
   * @throws IllegalArgumentException when neither a decision nor an execution is given
   */
  public AuditRecord {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(cwd, "cwd");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(execution, "execution");
    if (decision.isEmpty() && execution.isEmpty()) {
      throw new IllegalArgumentException("an audit record needs a decision or an execution");
    }
  }

  /** A decision record. */
  public static AuditRecord decision(
      Instant time,
      Optional<String> session,
      Optional<String> agent,
      String cwd,
      Command command,
      Decision decision) {
    return new AuditRecord(
        time, session, agent, cwd, command, Optional.of(decision), Optional.empty());
  }

  /** An execution record, with the decision that let the command run when the caller has it. */
  public static AuditRecord execution(
      Instant time,
      Optional<String> session,
      Optional<String> agent,
      String cwd,
      Command command,
      Optional<Decision> decision,
      Execution execution) {
    return new AuditRecord(time, session, agent, cwd, command, decision, Optional.of(execution));
  }

  /** {@link Kind#EXECUTION} when an execution is present, else {@link Kind#DECISION}. */
  public Kind kind() {
    return execution.isPresent() ? Kind.EXECUTION : Kind.DECISION;
  }

  /** The record's kind, written as {@code "decision"} or {@code "execution"}. */
  public enum Kind {
    /** Cmdguard decided whether a command may run. */
    DECISION,
    /** A command ran (through {@code cmdguard exec}) and ended. */
    EXECUTION;

    /** The lower-case name written in the record. */
    public String label() {
      return this == DECISION ? "decision" : "execution";
    }
  }

  /** The command as given to cmdguard. */
  public sealed interface Command {
    /**
     * Bash source text ({@code check -c}, hooks).
     *
     * @param text the script exactly as given
     */
    record Script(String text) implements Command {
      public Script {
        Objects.requireNonNull(text, "text");
      }
    }

    /**
     * A program and its arguments, run without a shell ({@code check -- …}, {@code exec -- …}).
     *
     * @param argv the words, {@code argv.get(0)} the program
     */
    record Argv(List<String> argv) implements Command {
      public Argv {
        argv = List.copyOf(argv);
      }
    }

    /** The script text, or the words joined by spaces (quoted where a word needs it). */
    default String text() {
      // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
      if (this instanceof Script s) {
        return s.text();
      }
      if (this instanceof Argv a) {
        return Words.join(a.argv());
      }
      throw new IllegalStateException("unexpected command: " + this);
    }
  }

  /**
   * How a run ended.
   *
   * @param exitCode the command's exit status (128 + N when killed by signal N)
   * @param durationMillis wall-clock time of the run, in milliseconds
   * @param sandboxed true when it ran inside the sandbox
   * @param runtime the runtime that ran it: {@code host}, {@code bubblewrap}, {@code docker}, …
   */
  public record Execution(int exitCode, long durationMillis, boolean sandboxed, String runtime) {
    public Execution {
      Objects.requireNonNull(runtime, "runtime");
      if (durationMillis < 0) {
        throw new IllegalArgumentException("negative duration: " + durationMillis);
      }
    }
  }
}
