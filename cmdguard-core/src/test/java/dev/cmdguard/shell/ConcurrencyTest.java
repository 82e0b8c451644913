package dev.cmdguard.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@link BashParser#parse} is safe to call from many threads at once. */
class ConcurrencyTest {

  @Test
  void threadsParsingAtOnceGetTheSameTreesAsOneThread() throws Exception {
    List<String> sources = sample();
    Map<String, String> expected = new HashMap<>();
    for (String s : sources) {
      expected.put(s, print(BashParser.parse(s)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Map<String, String>>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        long seed = t;
        runs.add(pool.submit(() -> parseShuffled(sources, seed)));
      }
      for (Future<Map<String, String>> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Map<String, String> parseShuffled(List<String> sources, long seed) {
    List<String> order = new ArrayList<>(sources);
    Collections.shuffle(order, new Random(seed));
    Map<String, String> out = new HashMap<>();
    for (String s : order) {
      out.put(s, print(BashParser.parse(s)));
    }
    return out;
  }

  private static String print(ParseResult result) {
    return AstPrinter.print(result.script()) + " " + result.errors();
  }

  private static List<String> sample() throws IOException {
    String shared = System.getProperty("cmdguard.shared", "../../shared");
    Path corpus = Path.of(shared).resolve("corpus").resolve("nl2bash.cm");
    List<String> lines = Files.readAllLines(corpus, StandardCharsets.UTF_8);
    return List.copyOf(new java.util.LinkedHashSet<>(lines.subList(0, 500)));
  }
}
