package dev.cmdguard.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cmdguard.fuzz.FuzzSeeds;
import dev.cmdguard.fuzz.Slowest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of the policy loader (Jazzer, issue 9): any text either gives a layer or
 * a {@link PolicyException} whose every problem names the file, a position within the text and a
 * message; nothing else is thrown. Seeded with the valid and invalid policy files of the loader's
 * own tests (read in place) and the files in {@code PolicyLoaderFuzzTestInputs/parse}. {@code
 * ./fuzz policy}.
 */
class PolicyLoaderFuzzTest {
  private static final Slowest SLOWEST = new Slowest("policy");

  static Stream<byte[]> policies() throws IOException, URISyntaxException {
    Path root =
        Path.of(Objects.requireNonNull(PolicyLoaderFuzzTest.class.getResource("/policy")).toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".yaml"))
          .sorted()
          .map(PolicyLoaderFuzzTest::bytes)
          .toList()
          .stream();
    }
  }

  @MethodSource("policies")
  @FuzzTest
  void parse(byte[] input) {
    String text = FuzzSeeds.text(input);
    Object outcome = SLOWEST.time(text, () -> load(text));
    if (outcome instanceof PolicyException broken) {
      assertThat(broken.problems()).as("problems of\n%s", text).isNotEmpty();
      long lines = text.lines().count() + 1;
      for (PolicyProblem p : broken.problems()) {
        assertThat(p.file()).isEqualTo("fuzz.yaml");
        assertThat(p.message()).isNotBlank();
        assertThat((long) p.line()).as("line of %s", p.describe()).isBetween(0L, lines);
        assertThat(p.column()).as("column of %s", p.describe()).isNotNegative();
      }
    } else {
      assertThat(outcome).isInstanceOf(PolicyLayer.class);
    }
  }

  private static Object load(String text) {
    try {
      return PolicyLoader.parse(text, "fuzz.yaml", Layer.PROJECT, "");
    } catch (PolicyException e) {
      return e;
    }
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  static void report() {
    SLOWEST.report();
  }
}
