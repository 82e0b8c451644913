package dev.cmdguard.fuzz;

import dev.cmdguard.rules.PeersCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Seeds for the Jazzer fuzz tests, read in place from the shared corpora ({@code
 * ../shared/corpus/nl2bash.cm} and the scripts of {@code peers.jsonl}; never copied into the
 * project). In the normal test suite only every {@value #SAMPLE_STEP}th command is used, so that
 * each fuzz test runs about 160 corpus seeds next to the curated files in its {@code …Inputs}
 * directory; when fuzzing ({@code JAZZER_FUZZ} set, see {@code ./fuzz}) every command seeds the
 * fuzzer.
 */
public final class FuzzSeeds {
  /** The charset of seeds and inputs. */
  public static final java.nio.charset.Charset UTF_8 = StandardCharsets.UTF_8;

  /** One corpus command in this many seeds a regression run. */
  static final int SAMPLE_STEP = 97;

  private FuzzSeeds() {}

  /** True when Jazzer fuzzes instead of replaying seeds ({@code JAZZER_FUZZ=1}, {@code ./fuzz}). */
  public static boolean fuzzing() {
    String value = System.getenv("JAZZER_FUZZ");
    return value != null && !value.isEmpty() && !value.equals("0");
  }

  /** Corpus commands as UTF-8 bytes: a sample in the test suite, all of them when fuzzing. */
  public static Stream<byte[]> scripts() {
    int step = fuzzing() ? 1 : SAMPLE_STEP;
    List<byte[]> out = new ArrayList<>();
    List<String> all = commands();
    for (int i = 0; i < all.size(); i += step) {
      out.add(all.get(i).getBytes(StandardCharsets.UTF_8));
    }
    return out.stream();
  }

  /** Every command of both corpora, NL2Bash first, in file order. */
  public static List<String> commands() {
    try {
      List<String> out =
          new ArrayList<>(
              Files.readAllLines(PeersCorpus.file("nl2bash.cm"), StandardCharsets.UTF_8));
      PeersCorpus.load().forEach(c -> out.add(c.script()));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shared corpora", e);
    }
  }

  /**
   * The bytes as a Java string, decoded as UTF-8 with malformed input replaced (U+FFFD), as the CLI
   * would refuse and a library caller could still pass. NUL bytes stay NUL.
   */
  public static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
