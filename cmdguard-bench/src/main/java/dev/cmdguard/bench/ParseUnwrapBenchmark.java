package dev.cmdguard.bench;

import dev.cmdguard.unwrap.ShellContext;
import dev.cmdguard.unwrap.Unwrap;
import dev.cmdguard.unwrap.UnwrapResult;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Latency of stages 1 and 2 ({@link Unwrap#script}: parse, then unwrap) over real one-liners (see
 * {@link SampleState} for the sample and the measurement settings).
 */
public class ParseUnwrapBenchmark extends SampleState {
  private final ShellContext context =
      ShellContext.of("/home/dev/project", "/home/dev", "dev").withClock(System::nanoTime);

  /** Parses and unwraps the next command of the sample. */
  @Benchmark
  public UnwrapResult parseAndUnwrap() {
    return Unwrap.script(nextCommand(), context);
  }
}
