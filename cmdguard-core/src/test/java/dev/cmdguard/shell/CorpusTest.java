package dev.cmdguard.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every command of the shared corpora parses without an exception, and every tree keeps its
 * invariants: spans inside the source, Unparsed text only together with a syntax error. How many
 * inputs have syntax errors is printed, not asserted (NL2Bash holds many broken one-liners).
 */
class CorpusTest {

  @Test
  void everyNl2BashLineParses() throws IOException {
    List<String> lines = Files.readAllLines(corpus("nl2bash.cm"), StandardCharsets.UTF_8);
    assertThat(lines).hasSizeGreaterThan(10_000);

    int withErrors = parseAll(lines);

    System.out.printf("nl2bash: %d lines, %d with syntax errors%n", lines.size(), withErrors);
  }

  @Test
  void everyPeerScriptParses() throws IOException {
    List<String> scripts = new ArrayList<>();
    for (String line : Files.readAllLines(corpus("peers.jsonl"), StandardCharsets.UTF_8)) {
      scripts.add(JsonString.field(line, "script"));
    }
    assertThat(scripts).hasSizeGreaterThan(2_000).doesNotContainNull();

    int withErrors = parseAll(scripts);

    System.out.printf("peers: %d scripts, %d with syntax errors%n", scripts.size(), withErrors);
  }

  private static int parseAll(List<String> sources) {
    int withErrors = 0;
    for (String source : sources) {
      ParseResult result = BashParser.parse(source);
      checkInvariants(source, result);
      withErrors += result.ok() ? 0 : 1;
    }
    return withErrors;
  }

  static void checkInvariants(String source, ParseResult result) {
    assertThat(result.script().span()).as(source).isEqualTo(new Span(0, source.length()));
    boolean unparsed = false;
    for (Node node : TreeWalk.nodes(result.script())) {
      assertThat(node.span().end())
          .as("span of %s in %s", node, source)
          .isLessThanOrEqualTo(source.length());
      unparsed |= node instanceof Command.Unparsed;
    }
    if (unparsed) {
      assertThat(result.errors()).as("Unparsed without an error in %s", source).isNotEmpty();
    }
    for (SyntaxError e : result.errors()) {
      assertThat(e.line()).isPositive();
      assertThat(e.column()).isPositive();
      assertThat(e.span().end()).isLessThanOrEqualTo(source.length());
    }
  }

  private static Path corpus(String name) {
    String shared = System.getProperty("cmdguard.shared", "../../shared");
    return Path.of(shared).resolve("corpus").resolve(name);
  }
}
