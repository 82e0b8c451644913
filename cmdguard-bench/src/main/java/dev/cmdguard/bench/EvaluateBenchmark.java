package dev.cmdguard.bench;

import dev.cmdguard.CommandGuard;
import dev.cmdguard.Decision;
import dev.cmdguard.EvaluationRequest;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Latency of a whole uncached evaluation ({@link CommandGuard#evaluate}: parse, unwrap, detect,
 * classify, decide) over real one-liners (see {@link SampleState} for the sample and settings).
 */
public class EvaluateBenchmark extends SampleState {
  private final CommandGuard guard = CommandGuard.builder().clock(System::nanoTime).build();

  /** Evaluates the next command of the sample. */
  @Benchmark
  public Decision evaluate() {
    return guard.evaluate(
        EvaluationRequest.script(nextCommand(), "/home/dev/project", "/home/dev", "dev"));
  }
}
