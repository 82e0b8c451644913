package dev.cmdguard.audit;

import dev.cmdguard.Risk;
import dev.cmdguard.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Counts over the audit log ({@code cmdguard audit stats}): decision records by decision, risk,
 * finding code and agent, and the commands denied most often. Execution records are counted apart.
 *
 * @param since the first time counted; records before it, or without a time, are left out
 * @param decisions how many decision records were counted
 * @param executions how many execution records were counted
 * @param byDecision allow, ask, deny, always in that order (zeros included)
 * @param byRisk low, medium, high, critical, always in that order (zeros included)
 * @param byCode finding codes, most frequent first (ties by name); a code counts once per record
 * @param byAgent agents ({@code unknown} when a record names none), most frequent first
 * @param topDenied denied commands (as text), most frequent first
 */
public record AuditStats(
    Optional<Instant> since,
    long decisions,
    long executions,
    List<Count> byDecision,
    List<Count> byRisk,
    List<Count> byCode,
    List<Count> byAgent,
    List<Count> topDenied) {
  public AuditStats {
    Objects.requireNonNull(since, "since");
    byDecision = List.copyOf(byDecision);
    byRisk = List.copyOf(byRisk);
    byCode = List.copyOf(byCode);
    byAgent = List.copyOf(byAgent);
    topDenied = List.copyOf(topDenied);
  }

  /**
   * How often one value occurs.
   *
   * @param key the value: a label, code, agent or command
   * @param count how many records have it
   */
  public record Count(String key, long count) {}

  /** Collects counts record by record ({@link AuditReader#each}); then {@link #result}. */
  public static final class Collector {
    private final Optional<Instant> since;
    private final int top;
    private long decisions;
    private long executions;
    private final Map<String, Long> verdicts = new LinkedHashMap<>();
    private final Map<String, Long> risks = new LinkedHashMap<>();
    private final Map<String, Long> codes = new HashMap<>();
    private final Map<String, Long> agents = new HashMap<>();
    private final Map<String, Long> denied = new HashMap<>();

    /**
     * @param since count only records at or after this time (empty: all)
     * @param top how many denied commands to keep
     * @throws IllegalArgumentException when {@code top} is negative
     */
    public Collector(Optional<Instant> since, int top) {
      if (top < 0) {
        throw new IllegalArgumentException("top " + top);
      }
      this.since = Objects.requireNonNull(since, "since");
      this.top = top;
      for (Verdict v : Verdict.values()) {
        verdicts.put(v.label(), 0L);
      }
      for (Risk r : Risk.values()) {
        risks.put(r.label(), 0L);
      }
    }

    /** Counts one record. */
    public void add(AuditEntry e) {
      if (since.isPresent() && (e.time().isEmpty() || e.time().get().isBefore(since.get()))) {
        return;
      }
      if (e.kind().equals(AuditRecord.Kind.EXECUTION.label())) {
        executions++;
        return;
      }
      decisions++;
      e.verdict().ifPresent(v -> verdicts.merge(v.label(), 1L, Long::sum));
      e.risk().ifPresent(r -> risks.merge(r.label(), 1L, Long::sum));
      e.codes().stream().distinct().forEach(c -> codes.merge(c, 1L, Long::sum));
      agents.merge(e.agent().orElse("unknown"), 1L, Long::sum);
      if (e.verdict().equals(Optional.of(Verdict.DENY))) {
        denied.merge(e.command().text(), 1L, Long::sum);
      }
    }

    /** The counts so far. */
    public AuditStats result() {
      return new AuditStats(
          since,
          decisions,
          executions,
          inOrder(verdicts),
          inOrder(risks),
          ranked(codes, Integer.MAX_VALUE),
          ranked(agents, Integer.MAX_VALUE),
          ranked(denied, top));
    }

    private static List<Count> inOrder(Map<String, Long> counts) {
      List<Count> out = new ArrayList<>();
      counts.forEach((k, v) -> out.add(new Count(k, v)));
      return out;
    }

    private static List<Count> ranked(Map<String, Long> counts, int limit) {
      return counts.entrySet().stream()
          .map(e -> new Count(e.getKey(), e.getValue()))
          .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::key))
          .limit(limit)
          .toList();
    }
  }
}
