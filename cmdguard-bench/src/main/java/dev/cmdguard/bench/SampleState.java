package dev.cmdguard.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
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
 * What the latency benchmarks share: a fixed sample of the NL2Bash corpus, every {@link #every}-th
 * line (about 500 of its 12,607), handed out one command per call in turn; sample-time mode in
 * microseconds, so JMH reports p50, p90, p99 and p99.9; {@code -prof gc} (the {@code ./bench}
 * default) adds the bytes allocated per command.
 *
 * <p>Not final and with public fields because JMH generates subclasses and injects parameters.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xss8m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public abstract class SampleState {
  /**
   * Path of the corpus (one command per line). Empty: the {@code cmdguard.corpus} system property,
   * else {@code ../shared/corpus/nl2bash.cm} relative to the project root found above the working
   * directory.
   */
  @Param("")
  public String corpus;

  /** Take every n-th line of the corpus, starting with the first. */
  @Param("25")
  public int every;

  private String[] commands;
  private int next;

  /**
   * Reads the sample once per trial.
   *
   * @throws IOException when the corpus cannot be read
   */
  @Setup(Level.Trial)
  public void loadSample() throws IOException {
    commands = Nl2bashSample.load(corpus, every);
  }

  /** The next command of the sample, wrapping around. */
  protected String nextCommand() {
    String command = commands[next];
    next = next + 1 == commands.length ? 0 : next + 1;
    return command;
  }
}
