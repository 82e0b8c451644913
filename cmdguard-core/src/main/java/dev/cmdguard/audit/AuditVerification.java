package dev.cmdguard.audit;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link AuditVerifier} found.
 *
 * @param records how many records were checked and chain (up to the problem, if any)
 * @param firstSeq the seq of the first record checked (0 when none)
 * @param lastSeq the seq of the last record that chains (0 when none)
 * @param problem the first break of the chain, when there is one
 * @param skipped torn lines the chain continues around (writers killed mid-write): not a break
 * @param notes other facts worth showing (a chain that starts after seq 1, records newer than the
 *     head)
 */
public record AuditVerification(
    long records,
    long firstSeq,
    long lastSeq,
    Optional<Problem> problem,
    List<Location> skipped,
    List<String> notes) {
  public AuditVerification {
    Objects.requireNonNull(problem, "problem");
    skipped = List.copyOf(skipped);
    notes = List.copyOf(notes);
  }

  /** True when the chain holds: no problem. */
  public boolean ok() {
    return problem.isEmpty();
  }

  /**
   * A line of a file.
   *
   * @param file the file
   * @param line 1-based line number
   */
  public record Location(Path file, long line) {
    @Override
    public String toString() {
      return file + ":" + line;
    }
  }

  /**
   * The first break of the chain.
   *
   * @param kind what is wrong
   * @param at the broken record's line (for a record missing at the end, the line after the last)
   * @param message one sentence naming the records concerned
   */
  public record Problem(Kind kind, Location at, String message) {}

  /** What can be wrong with a chain; the names are the words {@code audit verify} prints. */
  public enum Kind {
    /** A record's bytes changed: its hash is not the next record's {@code prev} (or the head's). */
    EDITED,
    /** Records are gone: {@code seq} jumps forward, or the head names a later record. */
    MISSING,
    /** Records are out of order: {@code seq} goes back, or a later seq comes too early. */
    REORDERED,
    /** A line cut short (a torn record) that the chain does not continue around. */
    TRUNCATED,
    /** A line that is not a record (not JSON, or no {@code seq}/{@code prev}). */
    NOT_JSON,
    /** The head file is missing, unreadable, or was lost and recreated by a writer. */
    HEAD;

    /** The lower-case word for messages: {@code edited}, {@code not JSON}, … */
    public String label() {
      return switch (this) {
        case EDITED -> "edited";
        case MISSING -> "missing";
        case REORDERED -> "reordered";
        case TRUNCATED -> "truncated line";
        case NOT_JSON -> "not JSON";
        case HEAD -> "head";
      };
    }
  }
}
