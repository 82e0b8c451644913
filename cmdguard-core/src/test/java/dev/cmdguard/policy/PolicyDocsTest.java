package dev.cmdguard.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** docs/policy.md documents every policy key and every preset, so the reference cannot drift. */
class PolicyDocsTest {

  @Test
  void everyKeyAndPresetIsDocumented() throws IOException {
    String doc = Files.readString(page());

    assertThat(doc)
        .contains(
            Arrays.stream(PolicyKey.values())
                .map(k -> k == PolicyKey.SEVERITY ? "`severity.CODE`" : "`" + k.path() + "`")
                .toList());
    assertThat(doc).contains(PolicyPresets.names().stream().map(n -> "| `" + n + "` |").toList());
  }

  private static Path page() {
    Path inModule = Path.of("../docs/policy.md");
    return Files.exists(inModule) ? inModule : Path.of("docs/policy.md");
  }
}
