package dev.cmdguard.bench;

import dev.cmdguard.CommandGuard;
import dev.cmdguard.Decision;
import dev.cmdguard.EvaluationRequest;
import java.time.Duration;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Latency of a whole uncached evaluation (the decision cache is off) ({@link
 * CommandGuard#evaluate}: parse, unwrap, detect, classify, decide) over real one-liners (see {@link
 * SampleState} for the sample and settings).
 */
public class EvaluateBenchmark extends SampleState {
  private final CommandGuard guard =
      CommandGuard.builder().clock(System::nanoTime).cache(0, Duration.ofMinutes(1)).build();

  /** Evaluates the next command of the sample. */
  @Benchmark
  public Decision evaluate() {
    return guard.evaluate(
        EvaluationRequest.script(nextCommand(), "/home/dev/project", "/home/dev", "dev"));
  }
}
