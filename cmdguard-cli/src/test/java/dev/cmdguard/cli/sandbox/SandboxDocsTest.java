package dev.cmdguard.cli.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/sandbox.md} names every refused system call, every variable of the allowlist and
 * every hidden credential path, so the page cannot fall behind the code.
 */
class SandboxDocsTest {
  private static String page() throws IOException {
    Path inModule = Path.of("../docs/sandbox.md");
    return Files.readString(Files.exists(inModule) ? inModule : Path.of("docs/sandbox.md"));
  }

  @Test
  void thePageNamesWhatTheCodeDoes() throws IOException {
    String doc = page();

    assertThat(doc).contains(SeccompFilter.blocked().stream().map(n -> "`" + n + "`").toList());
    assertThat(doc)
        .contains(
            SandboxEnvironment.ALLOWED.stream()
                .filter(n -> !n.startsWith("XDG_"))
                .map(n -> "`" + n + "`")
                .toList())
        .contains("`XDG_*_HOME`");
    assertThat(doc)
        .contains(
            SandboxPaths.CREDENTIALS.stream()
                .map(p -> p.replace("credentials.toml", "credentials(.toml)"))
                .filter(p -> !p.equals(".cargo/credentials"))
                .map(p -> "`~/" + p)
                .toList());
  }
}
