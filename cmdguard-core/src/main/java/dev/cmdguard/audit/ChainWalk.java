package dev.cmdguard.audit;

import dev.cmdguard.audit.AuditVerification.Kind;
import dev.cmdguard.audit.AuditVerification.Location;
import dev.cmdguard.audit.AuditVerification.Problem;
import dev.cmdguard.audit.AuditVerifier.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One pass of {@link AuditVerifier} over the lines of a chain, in order. Each record must have the
 * expected {@code seq} (one more than the last) and {@code prev} (the last record's hash). Lines
 * that are not records wait until the next record: when it chains to the record before them, cut
 * lines (torn writes) are skipped and other lines are a break ({@code NOT_JSON}); when it does not,
 * the break is at the first of them.
 */
final class ChainWalk {
  private final List<Link> links;
  private final Optional<Head> head;
  private final List<Link> pending = new ArrayList<>();
  private final List<Location> skipped = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private boolean started;
  private long expectedSeq;
  private String expectedPrev = Sha256.ZERO;
  private Link lastValid;
  private long count;
  private long firstSeq;
  private long beforeBase;
  private boolean lastIsBroken;

  ChainWalk(List<Link> links, Optional<Head> head) {
    this.links = links;
    this.head = head;
  }

  /** Checks line {@code i}; a problem ends the walk. */
  Optional<Problem> step(int i) {
    Link l = links.get(i);
    if (!l.valid()) {
      pending.add(l);
      return Optional.empty();
    }
    if (!started && !start(l)) {
      return Optional.empty();
    }
    if (l.seq() == expectedSeq && l.prev().equals(expectedPrev)) {
      Optional<Problem> garbage = settlePending();
      if (garbage.isPresent()) {
        return garbage;
      }
      if (count == 0) {
        firstSeq = l.seq();
      }
      count++;
      lastValid = l;
      expectedSeq = l.seq() + 1;
      expectedPrev = l.hash();
      return Optional.empty();
    }
    return Optional.of(pending.isEmpty() ? classify(i, l) : aroundPending(l));
  }

  /** After the last line: lines that are not records at the very end. */
  Optional<Problem> finish() {
    return settlePending();
  }

  AuditVerification result(Optional<Problem> problem) {
    List<String> all = new ArrayList<>(notes);
    if (beforeBase > 0) {
      all.add(
          beforeBase
              + " record(s) before the head's base were ignored (a rotation was deleting their file)");
    }
    long last = lastValid == null ? 0 : lastValid.seq();
    long chained = count;
    if (lastIsBroken) {
      chained--;
      last--;
    }
    return new AuditVerification(
        chained, chained == 0 ? 0 : firstSeq, chained == 0 ? 0 : last, problem, skipped, all);
  }

  /** Sets what the first record must be; false when {@code l} comes before the base. */
  private boolean start(Link l) {
    if (head.isPresent()) {
      if (l.seq() <= head.get().baseSeq()) {
        beforeBase++;
        pending.clear();
        return false;
      }
      expectedSeq = head.get().baseSeq() + 1;
      expectedPrev = head.get().baseHash();
    } else if (l.seq() == 1) {
      expectedSeq = 1;
      expectedPrev = Sha256.ZERO;
    } else {
      expectedSeq = l.seq();
      expectedPrev = l.prev();
      notes.add(
          "the chain starts at seq "
              + l.seq()
              + ": the records before it are not in the files given");
    }
    started = true;
    return true;
  }

  private Optional<Problem> settlePending() {
    for (Link p : pending) {
      if (!p.cut()) {
        return Optional.of(
            new Problem(
                Kind.NOT_JSON,
                p.at(),
                "line " + p.at().line() + " is not a record (not JSON, or no seq and prev)"));
      }
      skipped.add(p.at());
    }
    pending.clear();
    return Optional.empty();
  }

  private Problem aroundPending(Link next) {
    Link p = pending.getFirst();
    String after = lastValid == null ? "the start of the chain" : "seq " + lastValid.seq();
    String what = p.cut() ? "a record cut short" : "not a record";
    return new Problem(
        p.cut() ? Kind.TRUNCATED : Kind.NOT_JSON,
        p.at(),
        "line "
            + p.at().line()
            + " is "
            + what
            + ", and the chain does not continue around it:"
            + " record seq "
            + next.seq()
            + " ("
            + next.at()
            + ") does not follow "
            + after);
  }

  private Problem classify(int i, Link l) {
    if (l.seq() < expectedSeq) {
      return new Problem(
          Kind.REORDERED,
          l.at(),
          "record seq "
              + l.seq()
              + " comes after seq "
              + (expectedSeq - 1)
              + ": records are out of order");
    }
    if (l.seq() > expectedSeq) {
      boolean laterComes =
          links.subList(i + 1, links.size()).stream()
              .anyMatch(o -> o.valid() && o.seq() >= expectedSeq && o.seq() < l.seq());
      return laterComes
          ? new Problem(
              Kind.REORDERED,
              l.at(),
              "record seq "
                  + l.seq()
                  + " comes where seq "
                  + expectedSeq
                  + " belongs: records are out of order")
          : new Problem(
              Kind.MISSING,
              l.at(),
              AuditVerifier.range(expectedSeq, l.seq() - 1) + " missing before this line");
    }
    if (lastValid != null) {
      lastIsBroken = true;
      return new Problem(
          Kind.EDITED,
          lastValid.at(),
          "record seq "
              + lastValid.seq()
              + " was edited: its SHA-256 is not the prev of record seq "
              + l.seq()
              + " ("
              + l.at()
              + ")");
    }
    String start = head.isPresent() ? "the hash the head names as the base" : "64 zeros";
    return new Problem(
        Kind.EDITED, l.at(), "record seq " + l.seq() + " was edited: its prev is not " + start);
  }
}
