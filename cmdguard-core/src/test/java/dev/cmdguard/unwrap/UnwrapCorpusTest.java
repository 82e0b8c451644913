package dev.cmdguard.unwrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every real-world one-liner of the shared NL2Bash corpus ({@code ../shared/corpus/nl2bash.cm})
 * parses and unwraps without an exception; only assignment-only lines give no invocation.
 */
class UnwrapCorpusTest {

  static Path corpus(String name) {
    String shared = System.getProperty("cmdguard.shared", "../../shared");
    return Path.of(shared, "corpus", name);
  }

  @Test
  void everyNl2bashLineUnwraps() throws IOException {
    List<String> lines = Files.readAllLines(corpus("nl2bash.cm"), StandardCharsets.UTF_8);
    assertThat(lines).hasSizeGreaterThan(12_000);
    List<String> empty = new ArrayList<>();
    int invocations = 0;
    for (String line : lines) {
      UnwrapResult r = Unwrap.script(line, UnwrapTableTest.CONTEXT);
      invocations += r.invocations().size();
      if (!line.isBlank()
          && r.invocations().isEmpty()
          && r.markers().isEmpty()
          && !line.matches("^[A-Za-z_][A-Za-z0-9_]*=.*")) {
        empty.add(line);
      }
    }
    assertThat(empty).as("lines that gave nothing though they are not assignments").isEmpty();
    assertThat(invocations).isGreaterThan(lines.size());
  }
}
