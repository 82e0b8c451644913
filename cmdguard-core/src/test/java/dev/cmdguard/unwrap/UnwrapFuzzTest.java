package dev.cmdguard.unwrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cmdguard.fuzz.FuzzSeeds;
import dev.cmdguard.fuzz.Slowest;
import dev.cmdguard.shell.Span;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of the unwrapper (Jazzer, issue 9): any script, and any argv, unwraps
 * without an exception, within the invocation bound, with every span inside the command and a
 * marker for every syntax error. The clock does not move, so the time budget never hides a slow
 * input from the fuzzer ({@code ./fuzz unwrap}, {@code ./fuzz unwrap-argv}).
 */
class UnwrapFuzzTest {
  private static final ShellContext CONTEXT =
      ShellContext.of("/home/dev/project", "/home/dev", "dev");
  private static final Slowest SCRIPT = new Slowest("unwrap");
  private static final Slowest ARGV = new Slowest("unwrap-argv");

  static Stream<byte[]> corpus() {
    return FuzzSeeds.scripts();
  }

  /** The corpus commands split at blanks, joined by NUL: one argv each. */
  static Stream<byte[]> argvCorpus() {
    return FuzzSeeds.scripts()
        .map(b -> FuzzSeeds.text(b).strip().replaceAll("\\s+", "\0").getBytes(FuzzSeeds.UTF_8));
  }

  @MethodSource("corpus")
  @FuzzTest
  void script(byte[] input) {
    String text = FuzzSeeds.text(input);
    UnwrapResult result = SCRIPT.time(text, () -> Unwrap.script(text, CONTEXT));
    checkInvariants(text, result);
    if (!result.parse().errors().isEmpty()) {
      assertThat(result.markers())
          .as("a syntax error must leave a marker: %s", text)
          .anyMatch(m -> m.kind() == AnalysisMarker.Kind.PARSE_ERROR);
    }
  }

  /** The input split at NUL bytes is an argv (execve cannot pass a NUL inside an argument). */
  @MethodSource("argvCorpus")
  @FuzzTest
  void argv(byte[] input) {
    List<String> argv = Arrays.asList(FuzzSeeds.text(input).split("\0", -1));
    String text = String.join(" ", argv);
    UnwrapResult result = ARGV.time(text, () -> Unwrap.argv(argv, CONTEXT));
    checkInvariants(text, result);
  }

  private static void checkInvariants(String text, UnwrapResult result) {
    assertThat(result.invocations()).hasSizeLessThanOrEqualTo(Engine.MAX_INVOCATIONS + 100);
    for (Invocation inv : result.invocations()) {
      assertThat(inv.program()).isNotNull();
      inside(text, inv.span(), inv);
      for (Arg arg : inv.argv()) {
        inside(text, arg.span(), inv);
      }
    }
    for (AnalysisMarker marker : result.markers()) {
      inside(text, marker.span(), marker);
      assertThat(marker.message()).isNotBlank();
    }
  }

  private static void inside(String text, Span span, Object what) {
    assertThat(span.start()).as("start of %s in %s", what, text).isBetween(0, span.end());
    assertThat(span.end()).as("end of %s in %s", what, text).isLessThanOrEqualTo(text.length());
  }

  @AfterAll
  static void report() {
    SCRIPT.report();
    ARGV.report();
  }
}
