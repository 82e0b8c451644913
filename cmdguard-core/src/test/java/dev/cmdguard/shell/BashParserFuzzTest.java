package dev.cmdguard.shell;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cmdguard.fuzz.FuzzSeeds;
import dev.cmdguard.fuzz.Slowest;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of the parser (Jazzer, issue 9): any text parses without an exception and
 * the tree keeps its invariants ({@link CorpusTest#checkInvariants}). In the test suite the seeds
 * run: the files in {@code BashParserFuzzTestInputs/parse} (curated seeds and every crash a fuzz
 * run found) and a sample of the shared corpora; {@code ./fuzz parse} fuzzes.
 */
class BashParserFuzzTest {
  private static final Slowest SLOWEST = new Slowest("parse");

  static Stream<byte[]> corpus() {
    return FuzzSeeds.scripts();
  }

  @MethodSource("corpus")
  @FuzzTest
  void parse(byte[] input) {
    String source = FuzzSeeds.text(input);
    ParseResult result = SLOWEST.time(source, () -> BashParser.parse(source));
    CorpusTest.checkInvariants(source, result);
  }

  @AfterAll
  static void report() {
    SLOWEST.report();
  }
}
