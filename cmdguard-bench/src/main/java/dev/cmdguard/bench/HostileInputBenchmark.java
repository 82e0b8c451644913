package dev.cmdguard.bench;

import dev.cmdguard.CommandGuard;
import dev.cmdguard.Decision;
import dev.cmdguard.EvaluationRequest;
import java.time.Duration;
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
 * Worst-case latency of one uncached evaluation of hostile input (issue 9: a bounded answer, target
 * at most 50 ms), one {@link #input} per case of {@link HostileInputs}: {@code
 * CommandGuard.evaluate} with the real clock, the default time budget (1 s) and the decision cache
 * off. Sample-time mode in milliseconds; {@code -prof gc} (the {@code ./bench} default) adds the
 * bytes allocated per evaluation. One case: {@code ./bench HostileInput -p input=braces10k}.
 *
 * <p>Not final and with public fields because JMH generates subclasses and injects parameters.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xss8m", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class HostileInputBenchmark {
  /** The case, by its name in {@link HostileInputs}. */
  @Param({
    "10MB",
    "heredoc100MB",
    "heredoc1MiB",
    "heredocExpansions16k",
    "substitutions100k",
    "subshells100k",
    "rmAfterDeepSubstitutions",
    "deepSubstitutions1MiB",
    "braces10k",
    "if5k",
    "nul",
    "crlf",
    "lookalikes",
    "ordinary1MiB",
    "padding10k",
    "cd100k",
    "functions20k"
  })
  public String input;

  private final CommandGuard guard =
      CommandGuard.builder().clock(System::nanoTime).cache(0, Duration.ofMinutes(1)).build();
  private EvaluationRequest request;

  /** Builds the case's command once per trial. */
  @Setup(Level.Trial)
  public void build() {
    request =
        EvaluationRequest.script(
            HostileInputs.text(input), "/home/dev/project", "/home/dev", "dev");
  }

  /** Evaluates the case's command (uncached). */
  @Benchmark
  public Decision evaluate() {
    return guard.evaluate(request);
  }
}
