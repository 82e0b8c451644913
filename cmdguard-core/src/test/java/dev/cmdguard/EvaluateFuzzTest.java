package dev.cmdguard;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cmdguard.fuzz.FuzzSeeds;
import dev.cmdguard.fuzz.Slowest;
import dev.cmdguard.paths.PathClassifier;
import dev.cmdguard.paths.PathContext;
import dev.cmdguard.rules.BuiltInRules;
import dev.cmdguard.rules.Detector;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.ShellContext;
import dev.cmdguard.unwrap.Unwrap;
import dev.cmdguard.unwrap.UnwrapResult;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of {@link CommandGuard#evaluate} (Jazzer, issue 9), in the loosest
 * profile ({@code low}) with the cache off: every input gets a decision, the analysis never fails
 * (a decision that only says "could not analyse" hides an exception: the stages are run again
 * without the guard's safety net so that the fuzzer sees it), and an analysis that stopped short is
 * never allowed. {@code ./fuzz evaluate}, {@code ./fuzz evaluate-argv}.
 */
class EvaluateFuzzTest {
  private static final String CWD = "/home/dev/project";
  private static final String HOME = "/home/dev";
  private static final CommandGuard GUARD =
      CommandGuard.builder().profile(Profile.LOW).cache(0, Duration.ofMinutes(1)).build();
  private static final Set<FindingCode> INCOMPLETE =
      Set.of(FindingCode.PARSE_ERROR, FindingCode.ANALYSIS_LIMIT);
  private static final Slowest SCRIPT = new Slowest("evaluate");
  private static final Slowest ARGV = new Slowest("evaluate-argv");

  static Stream<byte[]> corpus() {
    return FuzzSeeds.scripts();
  }

  static Stream<byte[]> argvCorpus() {
    return FuzzSeeds.scripts()
        .map(b -> FuzzSeeds.text(b).strip().replaceAll("\\s+", "\0").getBytes(FuzzSeeds.UTF_8));
  }

  @MethodSource("corpus")
  @FuzzTest
  void script(byte[] input) {
    String text = FuzzSeeds.text(input);
    EvaluationRequest request = EvaluationRequest.script(text, CWD, HOME, "dev");
    check(request, SCRIPT.time(text, () -> GUARD.evaluate(request)));
  }

  /** The input split at NUL bytes is an argv. */
  @MethodSource("argvCorpus")
  @FuzzTest
  void argv(byte[] input) {
    List<String> argv = Arrays.asList(FuzzSeeds.text(input).split("\0", -1));
    EvaluationRequest request = EvaluationRequest.argv(argv, CWD, HOME, "dev");
    check(request, ARGV.time(request.text(), () -> GUARD.evaluate(request)));
  }

  private static void check(EvaluationRequest request, Decision d) {
    if (d.primaryReason().startsWith("cmdguard could not analyse this command")) {
      rerunWithoutSafetyNet(request);
      throw new AssertionError(d.primaryReason() + ": " + request.text());
    }
    boolean incomplete = d.findings().stream().anyMatch(f -> INCOMPLETE.contains(f.code()));
    if (incomplete) {
      assertThat(d.decision())
          .as("incomplete analysis of %s", request.text())
          .isNotEqualTo(Verdict.ALLOW);
    }
    if (d.risk() == Risk.LOW) {
      assertThat(d.findings()).as("low risk with findings: %s", request.text()).isEmpty();
    }
    assertThat(d.primaryReason()).isNotBlank();
  }

  /** Stages 1–3 as {@link CommandGuard} runs them, so that an exception reaches the fuzzer. */
  private static void rerunWithoutSafetyNet(EvaluationRequest request) {
    ShellContext shell = ShellContext.of(CWD, HOME, "dev");
    UnwrapResult analysis =
        request.script().isPresent()
            ? Unwrap.script(request.script().get(), shell)
            : Unwrap.argv(request.argv().orElseThrow(), shell);
    PathContext paths = new PathContext(CWD, HOME, "dev");
    RuleContext context =
        new RuleContext(
            request.text(), analysis, paths, new PathClassifier(paths), java.util.Map.of());
    Detector.detect(context, BuiltInRules.all());
  }

  @AfterAll
  static void report() {
    SCRIPT.report();
    ARGV.report();
  }
}
