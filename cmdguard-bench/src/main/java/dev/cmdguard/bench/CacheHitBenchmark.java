package dev.cmdguard.bench;

import dev.cmdguard.CommandGuard;
import dev.cmdguard.Decision;
import dev.cmdguard.EvaluationRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * Latency of an evaluation answered by the decision cache (SPEC section 7; issue 5's target: p50 ≤
 * 2 µs): the sample is evaluated once in setup, then every call repeats one of its commands. The
 * built-in policy (no files), so the figure is the cache's, not the file system's.
 */
public class CacheHitBenchmark extends SampleState {
  private final CommandGuard guard = CommandGuard.builder().clock(System::nanoTime).build();
  private final List<EvaluationRequest> requests = new ArrayList<>();
  private int next;

  /**
   * Fills the cache with the sample (fewer commands than its capacity). It loads the sample itself:
   * JMH runs a subclass's setup before its superclass's.
   *
   * @throws IOException when the corpus cannot be read
   */
  @Setup(Level.Trial)
  public void fill() throws IOException {
    loadSample();
    for (int i = 0; i < 500; i++) {
      EvaluationRequest r =
          EvaluationRequest.script(nextCommand(), "/home/dev/project", "/home/dev", "dev");
      requests.add(r);
      guard.evaluate(r);
    }
  }

  /** Evaluates a command that is in the cache. */
  @Benchmark
  public Decision cacheHit() {
    EvaluationRequest r = requests.get(next);
    next = next + 1 == requests.size() ? 0 : next + 1;
    return guard.evaluate(r);
  }
}
