package dev.cmdguard.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads the records of a log in chain order: the rotated files oldest first, then the log. Lines
 * that are not records (torn writes) are left out; {@link AuditVerifier} is what judges the chain.
 */
public final class AuditReader {
  private AuditReader() {}

  /** Receives records in order. */
  public interface EntryVisitor {
    /** One record. */
    void entry(AuditEntry entry) throws IOException;
  }

  /**
   * The log's files in chain order: {@code audit.jsonl.5 … audit.jsonl.1, audit.jsonl}, those that
   * exist.
   *
   * @throws IOException when the directory cannot be listed
   */
  public static List<Path> files(Path log) throws IOException {
    return LogFiles.chain(log);
  }

  /**
   * Gives every record of the log to {@code visitor}, oldest first, holding one at a time.
   *
   * @throws IOException when a file cannot be read, or the visitor throws it
   */
  public static void each(Path log, EntryVisitor visitor) throws IOException {
    for (Path file : LogFiles.chain(log)) {
      eachInFile(file, visitor);
    }
  }

  /**
   * The last {@code n} records of the log, oldest first; reads rotated files only when the log has
   * fewer.
   *
   * @throws IOException when a file cannot be read
   * @throws IllegalArgumentException when {@code n} is negative
   */
  public static List<AuditEntry> tail(Path log, int n) throws IOException {
    if (n < 0) {
      throw new IllegalArgumentException("a tail of " + n + " records");
    }
    List<Path> files = LogFiles.chain(log);
    Deque<AuditEntry> result = new ArrayDeque<>();
    for (int i = files.size() - 1; i >= 0 && result.size() < n; i--) {
      Deque<AuditEntry> last = new ArrayDeque<>();
      eachInFile(
          files.get(i),
          e -> {
            last.addLast(e);
            if (last.size() > n - result.size()) {
              last.removeFirst();
            }
          });
      while (!last.isEmpty()) {
        result.addFirst(last.removeLast());
      }
    }
    return new ArrayList<>(result);
  }

  /** The records of one file, in order. */
  private static void eachInFile(Path file, EntryVisitor visitor) throws IOException {
    LogFiles.forEachLine(
        file,
        (number, bytes, length, terminated) -> {
          if (AuditLine.parse(bytes, length) instanceof AuditLine.Valid v) {
            visitor.entry(v.entry());
          }
          return true;
        });
  }
}
