package dev.cmdguard.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The fixed benchmark sample: every n-th non-blank line of the NL2Bash corpus. */
final class Nl2bashSample {
  /** The corpus file from the project root. */
  static final String DEFAULT_CORPUS = "../shared/corpus/nl2bash.cm";

  private Nl2bashSample() {}

  /**
   * @param corpus a path, or empty for the {@code cmdguard.corpus} system property, else {@link
   *     #DEFAULT_CORPUS} relative to the project root found above the working directory
   * @param every take every n-th line, starting with the first
   * @return the sample, never empty
   * @throws IOException when the corpus cannot be read
   * @throws IllegalStateException when it cannot be found or holds no command
   */
  static String[] load(String corpus, int every) throws IOException {
    Path file = path(corpus);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> sample = new ArrayList<>();
    for (int i = 0; i < lines.size(); i += every) {
      if (!lines.get(i).isBlank()) {
        sample.add(lines.get(i));
      }
    }
    if (sample.isEmpty()) {
      throw new IllegalStateException("no commands in " + file);
    }
    return sample.toArray(String[]::new);
  }

  private static Path path(String corpus) {
    String given = corpus.isEmpty() ? System.getProperty("cmdguard.corpus", "") : corpus;
    if (!given.isEmpty()) {
      return Path.of(given);
    }
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("cmdguard-bench"))
          && Files.isRegularFile(d.resolve("pom.xml"))) {
        return d.resolve(DEFAULT_CORPUS).normalize();
      }
    }
    throw new IllegalStateException(
        "cannot find the project root above "
            + dir
            + "; run from the project or pass -p corpus=PATH (or -Dcmdguard.corpus=PATH)");
  }
}
