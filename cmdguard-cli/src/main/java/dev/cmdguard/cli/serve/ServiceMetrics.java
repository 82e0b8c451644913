package dev.cmdguard.cli.serve;

import dev.cmdguard.CacheStats;
import dev.cmdguard.FindingCode;
import dev.cmdguard.Verdict;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The counters behind {@code GET /metrics}, in the Prometheus text exposition format 0.0.4
 * (https://prometheus.io/docs/instrumenting/exposition_formats/). Thread-safe and lock-free: every
 * request updates a few {@link LongAdder}s.
 *
 * <pre>
 * cmdguard_decisions_total{decision}              counter  decisions made, by allow|ask|deny
 * cmdguard_decisions_by_code_total{code}          counter  decisions with at least one finding of the code
 * cmdguard_requests_total{route,status}           counter  HTTP requests answered
 * cmdguard_request_duration_seconds{route}        histogram  evaluate, hooks: body read to reply built
 * cmdguard_requests_in_flight                     gauge
 * cmdguard_cache_hits_total, _misses_total, _evictions_total  counters of the decision cache
 * cmdguard_cache_size                             gauge
 * </pre>
 *
 * Every decision and code is always present (0 until seen), so rates work from the first scrape.
 * The decisions come from the {@link DecisionTally} the guard reports to.
 */
final class ServiceMetrics {
  /** Upper bounds of the latency buckets, in seconds (the last, +Inf, is implicit). */
  static final double[] BUCKETS = {
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10
  };

  /** The bounds as the {@code le} label writes them (plain decimals, never {@code 5.0E-4}). */
  private static final String[] LE = {
    "0.0005", "0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5",
    "5", "10", "+Inf"
  };

  private final DecisionTally tally;
  private final Map<String, LongAdder> requests = new ConcurrentSkipListMap<>();
  private final Map<String, Histogram> durations = new ConcurrentHashMap<>();
  private final LongAdder inFlight = new LongAdder();

  /**
   * @param tally the decisions the guard has made
   */
  ServiceMetrics(DecisionTally tally) {
    this.tally = tally;
    durations.put(Route.EVALUATE, new Histogram());
    durations.put(Route.HOOKS, new Histogram());
  }

  /** The routes, as the {@code route} label names them. */
  static final class Route {
    static final String EVALUATE = "evaluate";
    static final String HOOKS = "hooks";
    static final String HEALTHZ = "healthz";
    static final String METRICS = "metrics";
    static final String OTHER = "other";

    private Route() {}
  }

  /** A request has started. */
  void started() {
    inFlight.increment();
  }

  /**
   * A request has been answered.
   *
   * @param route one of {@link Route}
   * @param status the HTTP status sent
   * @param nanos the time it took, in nanoseconds; recorded for the evaluating routes only
   */
  void finished(String route, int status, long nanos) {
    inFlight.decrement();
    requests.computeIfAbsent(route + "\0" + status, k -> new LongAdder()).increment();
    Histogram h = durations.get(route);
    if (h != null) {
      h.record(nanos);
    }
  }

  /** The exposition text, with the cache's statistics read now. */
  String render(CacheStats cache) {
    StringBuilder out = new StringBuilder(8192);
    header(
        out,
        "cmdguard_decisions_total",
        "counter",
        "Decisions made (evaluate and hooks), by decision.");
    for (Verdict v : Verdict.values()) {
      sample(out, "cmdguard_decisions_total", "decision", v.label(), tally.decisions(v));
    }
    header(
        out,
        "cmdguard_decisions_by_code_total",
        "counter",
        "Decisions with at least one finding of the code.");
    for (FindingCode c : FindingCode.values()) {
      sample(out, "cmdguard_decisions_by_code_total", "code", c.name(), tally.decisionsWith(c));
    }
    header(
        out, "cmdguard_requests_total", "counter", "HTTP requests answered, by route and status.");
    requests.forEach(
        (key, n) -> {
          String[] parts = key.split("\0", 2);
          out.append("cmdguard_requests_total{route=\"")
              .append(parts[0])
              .append("\",status=\"")
              .append(parts[1])
              .append("\"} ")
              .append(n.sum())
              .append('\n');
        });
    header(out, "cmdguard_requests_in_flight", "gauge", "HTTP requests being answered now.");
    out.append("cmdguard_requests_in_flight ").append(inFlight.sum()).append('\n');
    header(
        out,
        "cmdguard_request_duration_seconds",
        "histogram",
        "Time to answer an evaluating request, from the body read to the reply built.");
    new ConcurrentSkipListMap<>(durations).forEach((route, h) -> h.render(out, route));
    cache(out, cache);
    return out.toString();
  }

  private static void cache(StringBuilder out, CacheStats cache) {
    counter(out, "cmdguard_cache_hits_total", "Evaluations answered from the cache.", cache.hits());
    counter(out, "cmdguard_cache_misses_total", "Evaluations analysed afresh.", cache.misses());
    counter(
        out,
        "cmdguard_cache_evictions_total",
        "Cache entries dropped for size or expiry.",
        cache.evictions());
    header(out, "cmdguard_cache_size", "gauge", "Entries in the decision cache.");
    out.append("cmdguard_cache_size ").append(cache.size()).append('\n');
  }

  private static void counter(StringBuilder out, String name, String help, long value) {
    header(out, name, "counter", help);
    out.append(name).append(' ').append(value).append('\n');
  }

  private static void header(StringBuilder out, String name, String type, String help) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  private static void sample(StringBuilder out, String name, String label, String value, long n) {
    out.append(name)
        .append('{')
        .append(label)
        .append("=\"")
        .append(value)
        .append("\"} ")
        .append(n)
        .append('\n');
  }

  /** A fixed-bucket latency histogram. */
  private static final class Histogram {
    private final LongAdder[] counts = new LongAdder[BUCKETS.length + 1];
    private final LongAdder sumNanos = new LongAdder();

    Histogram() {
      for (int i = 0; i < counts.length; i++) {
        counts[i] = new LongAdder();
      }
    }

    void record(long nanos) {
      double seconds = nanos / 1e9;
      int i = 0;
      while (i < BUCKETS.length && seconds > BUCKETS[i]) {
        i++;
      }
      counts[i].increment();
      sumNanos.add(nanos);
    }

    /** Cumulative buckets, then sum and count (the format's rules for a histogram). */
    void render(StringBuilder out, String route) {
      String name = "cmdguard_request_duration_seconds";
      long cumulative = 0;
      for (int i = 0; i < counts.length; i++) {
        cumulative += counts[i].sum();
        out.append(name).append("_bucket{route=\"").append(route).append("\",le=\"");
        out.append(LE[i]).append("\"} ").append(cumulative).append('\n');
      }
      String sum = String.format(Locale.ROOT, "%.9f", sumNanos.sum() / 1e9);
      out.append(name).append("_sum{route=\"").append(route).append("\"} ").append(sum);
      out.append('\n');
      out.append(name).append("_count{route=\"").append(route).append("\"} ").append(cumulative);
      out.append('\n');
    }
  }
}
