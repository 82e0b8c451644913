package dev.cmdguard.bench;

import dev.cmdguard.CommandGuard;
import dev.cmdguard.Decision;
import dev.cmdguard.EvaluationRequest;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of a whole uncached evaluation ({@link CommandGuard#evaluate}: parse, unwrap, detect,
 * classify, decide) over the same NL2Bash sample as {@link ParseUnwrapBenchmark}, one command per
 * call in turn. Sample-time mode in microseconds (p50, p90, p99); {@code -prof gc} gives the bytes
 * allocated per command.
 *
 * <p>Not final and with public fields because JMH generates a subclass and injects parameters.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xss8m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class EvaluateBenchmark {
  /** Path of the corpus; empty for the default (see {@link Nl2bashSample#load}). */
  @Param("")
  public String corpus;

  /** Take every n-th line of the corpus, starting with the first. */
  @Param("25")
  public int every;

  private String[] commands;
  private int next;
  private CommandGuard guard;

  /**
   * Reads the sample and builds the guard once per trial.
   *
   * @throws IOException when the corpus cannot be read
   */
  @Setup(Level.Trial)
  public void load() throws IOException {
    commands = Nl2bashSample.load(corpus, every);
    guard = CommandGuard.builder().clock(System::nanoTime).build();
  }

  /** Evaluates the next command of the sample. */
  @Benchmark
  public Decision evaluate() {
    String command = commands[next];
    next = next + 1 == commands.length ? 0 : next + 1;
    return guard.evaluate(
        EvaluationRequest.script(command, "/home/dev/project", "/home/dev", "dev"));
  }
}
