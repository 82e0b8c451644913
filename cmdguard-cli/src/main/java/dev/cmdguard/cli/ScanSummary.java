package dev.cmdguard.cli;

import dev.cmdguard.CacheStats;
import dev.cmdguard.Decision;
import dev.cmdguard.Risk;
import dev.cmdguard.Verdict;
import java.util.Locale;

/**
 * Counts what a {@code scan} decided, for the line it prints on standard error at the end:
 *
 * <pre>
 * scanned 12607 commands in 3.41 s: 12001 allow, 590 ask, 16 deny; risk: 7 low, 12584 medium,
 * 10 high, 6 critical; 2 malformed lines; cache: 310 hits, 12297 misses, 0 evictions
 * </pre>
 */
final class ScanSummary {
  private final int[] verdicts = new int[Verdict.values().length];
  private final int[] risks = new int[Risk.values().length];
  private int total;
  private int malformed;

  /** Counts one output line; {@code malformedLine} when its input line could not be evaluated. */
  void add(Decision d, boolean malformedLine) {
    total++;
    verdicts[d.decision().ordinal()]++;
    risks[d.risk().ordinal()]++;
    if (malformedLine) {
      malformed++;
    }
  }

  /** {@code 310 hits, 12297 misses, 0 evictions}: also {@code check --stats}. */
  static String cacheLine(CacheStats c) {
    return c.hits()
        + (c.hits() == 1 ? " hit, " : " hits, ")
        + c.misses()
        + (c.misses() == 1 ? " miss, " : " misses, ")
        + c.evictions()
        + (c.evictions() == 1 ? " eviction" : " evictions");
  }

  /** The number of lines counted so far. */
  int total() {
    return total;
  }

  /**
   * The summary line.
   *
   * @param nanos how long the scan took, in nanoseconds
   * @param cache the guard's decision cache statistics
   */
  String line(long nanos, CacheStats cache) {
    StringBuilder s = new StringBuilder("scanned ");
    s.append(total).append(total == 1 ? " command" : " commands");
    s.append(String.format(Locale.ROOT, " in %.2f s: ", nanos / 1e9));
    for (Verdict v : Verdict.values()) {
      s.append(v.ordinal() == 0 ? "" : ", ").append(verdicts[v.ordinal()]).append(' ');
      s.append(v.label());
    }
    s.append("; risk: ");
    for (Risk r : Risk.values()) {
      s.append(r.ordinal() == 0 ? "" : ", ").append(risks[r.ordinal()]).append(' ');
      s.append(r.label());
    }
    if (malformed > 0) {
      s.append("; ")
          .append(malformed)
          .append(malformed == 1 ? " malformed line" : " malformed lines");
      s.append(" (denied)");
    }
    s.append("; cache: ").append(cacheLine(cache));
    return s.toString();
  }
}
