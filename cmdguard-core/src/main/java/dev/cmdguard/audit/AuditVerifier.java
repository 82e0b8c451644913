package dev.cmdguard.audit;

import dev.cmdguard.audit.AuditVerification.Kind;
import dev.cmdguard.audit.AuditVerification.Location;
import dev.cmdguard.audit.AuditVerification.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the hash chain of an audit log ({@code cmdguard audit verify}): every record's {@code
 * prev} is the SHA-256 of the record before it and its {@code seq} is one more, across rotated
 * files, from the head's base to the head's end. Reports the first break and what it is: edited,
 * missing, reordered, truncated line, not JSON, head. The rules, with examples: {@code
 * docs/audit.md}.
 *
 * <p>A torn line (cut short: a writer killed mid-write) is skipped, not a break, when the chain
 * continues around it: the next record names the record before the torn line. Reads the files only;
 * never writes.
 */
public final class AuditVerifier {
  private AuditVerifier() {}

  /**
   * Verifies the whole log: the rotated files oldest first, then {@code log}, against the head file
   * (which names where the chain begins after deleted rotations and where it ends).
   *
   * @throws IOException when a file exists but cannot be read
   */
  public static AuditVerification verifyLog(Path log) throws IOException {
    List<Path> files = LogFiles.chain(log);
    Optional<Head> head = Head.read(LogFiles.headFile(log));
    Chain chain = read(files);
    if (head.isEmpty()) {
      AuditVerification result = chain.check(Optional.empty());
      boolean anyRecord = chain.links.stream().anyMatch(Link::valid);
      return !anyRecord || result.problem().isPresent()
          ? result
          : chain.fail(
              result,
              Kind.HEAD,
              chain.end(),
              "the head file "
                  + LogFiles.headFile(log).getFileName()
                  + " is missing or unreadable, so records deleted from the end would not show");
    }
    return chain.checkWithHead(head.get());
  }

  /**
   * Verifies the chain across the given files, in the order given, without a head: the chain may
   * start at any seq (earlier files not given), and the end cannot be checked.
   *
   * @param files the files, oldest first
   * @throws IOException when a file cannot be read
   */
  public static AuditVerification verify(List<Path> files) throws IOException {
    return read(files).check(Optional.empty());
  }

  private static Chain read(List<Path> files) throws IOException {
    Chain chain = new Chain();
    for (Path file : files) {
      long[] lines = {0};
      LogFiles.forEachLine(
          file,
          (number, bytes, length, terminated) -> {
            Location at = new Location(file, number);
            lines[0] = number;
            chain.links.add(link(at, AuditLine.parse(bytes, length)));
            return true;
          });
      chain.lastLines.add(new Location(file, lines[0]));
    }
    return chain;
  }

  // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
  private static Link link(Location at, AuditLine.Parsed parsed) {
    if (parsed instanceof AuditLine.Valid v) {
      return new Link(at, true, false, v.entry().seq(), v.entry().prev(), v.entry().hash());
    }
    if (parsed instanceof AuditLine.Invalid i) {
      return new Link(at, false, i.cut(), 0, "", "");
    }
    throw new IllegalStateException("unexpected audit line: " + parsed);
  }

  /** One line: a record's chain fields, or a line that is not a record. */
  record Link(Location at, boolean valid, boolean cut, long seq, String prev, String hash) {}

  /** The lines of all files, and the walk over them. */
  private static final class Chain {
    final List<Link> links = new ArrayList<>();
    final List<Location> lastLines = new ArrayList<>();

    /** Where a record missing after the last line would have been. */
    Location end() {
      Location last = lastLines.isEmpty() ? new Location(Path.of("-"), 0) : lastLines.getLast();
      return new Location(last.file(), last.line() + 1);
    }

    AuditVerification checkWithHead(Head head) {
      AuditVerification result = check(Optional.of(head));
      if (result.problem().isPresent()) {
        return result;
      }
      Optional<Link> last = lastValid(result);
      long lastSeq = last.map(Link::seq).orElse(head.baseSeq());
      if (head.seq() > lastSeq) {
        return fail(
            result,
            Kind.MISSING,
            end(),
            range(lastSeq + 1, head.seq())
                + " missing at the end: the head says the chain ends at seq "
                + head.seq());
      }
      Optional<Link> atHead =
          links.stream().filter(l -> l.valid() && l.seq() == head.seq()).findFirst();
      String headHash =
          atHead.map(Link::hash).orElse(head.seq() == head.baseSeq() ? head.baseHash() : "");
      if (!headHash.equals(head.hash())) {
        Location at = atHead.map(Link::at).orElse(end());
        long before = head.seq() - 1;
        AuditVerification upTo =
            new AuditVerification(
                Math.max(0, before - result.firstSeq() + 1),
                before < result.firstSeq() ? 0 : result.firstSeq(),
                before < result.firstSeq() ? 0 : before,
                Optional.empty(),
                result.skipped(),
                result.notes());
        return fail(
            upTo,
            Kind.EDITED,
            at,
            "record seq " + head.seq() + " was edited: its SHA-256 is not the one the head names");
      }
      List<String> notes = new ArrayList<>(result.notes());
      if (head.seq() < lastSeq) {
        notes.add(
            (lastSeq - head.seq())
                + " record(s) after the head's seq "
                + head.seq()
                + ": a writer stopped between its record and the head; the next append updates it");
      }
      if (head.lostAt() > 0) {
        return fail(
            result,
            Kind.HEAD,
            end(),
            "the head file was missing or unreadable when record seq "
                + head.lostAt()
                + " was written, so records deleted from the end before it would not show");
      }
      return new AuditVerification(
          result.records(),
          result.firstSeq(),
          result.lastSeq(),
          Optional.empty(),
          result.skipped(),
          notes);
    }

    private Optional<Link> lastValid(AuditVerification result) {
      return links.stream().filter(l -> l.valid() && l.seq() == result.lastSeq()).findFirst();
    }

    /** Walks the links; {@code head} gives the base (where the chain starts). */
    AuditVerification check(Optional<Head> head) {
      ChainWalk w = new ChainWalk(links, head);
      for (int i = 0; i < links.size(); i++) {
        Optional<Problem> problem = w.step(i);
        if (problem.isPresent()) {
          return w.result(problem);
        }
      }
      return w.result(w.finish());
    }

    AuditVerification fail(AuditVerification r, Kind kind, Location at, String message) {
      return new AuditVerification(
          r.records(),
          r.firstSeq(),
          r.lastSeq(),
          Optional.of(new Problem(kind, at, message)),
          r.skipped(),
          r.notes());
    }
  }

  static String range(long from, long to) {
    return from == to ? "record seq " + from + " is" : "records seq " + from + ".." + to + " are";
  }
}
