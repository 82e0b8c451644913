package dev.cmdguard.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link NativeGate}: tree-sitter never reads more than 256 levels of nesting; what is deeper is
 * blanked and reported, and what is around it is still parsed. Quoted text and here-document bodies
 * are not nesting.
 */
class NativeGateTest {
  private static final String TOO_DEEP = "nesting too deep (more than 256 levels): not parsed";

  @Test
  void deepSubstitutionsAreCutAtTheGateAndTheCommandsAroundThemStay() {
    String deep = "echo " + "$(".repeat(10_000) + "rm -rf /" + ")".repeat(10_000);
    String source = "rm -rf /tmp/a; " + deep + "; ls";

    ParseResult result = BashParser.parse(source);

    assertThat(result.errors()).extracting(SyntaxError::message).contains(TOO_DEEP);
    assertThat(TreeWalk.simpleCommands(result.script())).contains("rm -rf /tmp/a", "ls");
    CorpusTest.checkInvariants(source, result);
  }

  @Test
  void theBlankedRegionStartsAtTheFirstConstructBeyondTheLimit() {
    String source = "( ".repeat(300) + "x" + " )".repeat(300);

    ParseResult result = BashParser.parse(source);

    SyntaxError gate =
        result.errors().stream()
            .filter(e -> e.message().equals(TOO_DEEP))
            .findFirst()
            .orElseThrow();
    assertThat(gate.span()).isEqualTo(new Span(2 * 256, source.length() - 2 * 256));
  }

  @Test
  void anUnclosedDeepRegionRunsToTheEnd() {
    String source = "echo " + "\"$(".repeat(5_000);

    ParseResult result = BashParser.parse(source);

    assertThat(result.errors())
        .filteredOn(e -> e.message().equals(TOO_DEEP))
        .singleElement()
        .satisfies(e -> assertThat(e.span().end()).isEqualTo(source.length()));
  }

  @Test
  void exactlyTheLimitIsNotCut() {
    String source = "( ".repeat(256) + "x" + " )".repeat(256);

    assertThat(BashParser.parse(source).errors())
        .extracting(SyntaxError::message)
        .doesNotContain(TOO_DEEP)
        .contains("nesting too deep (more than 128 levels)");
  }

  @Test
  void quotedParenthesesAndHeredocBodiesAreNotNesting() {
    String quoted = "echo '" + "(".repeat(1_000) + "' \"" + "\\(".repeat(1_000) + "\"";
    String heredoc = "cat <<'EOF'\n" + "(".repeat(1_000) + "\nEOF\nls";

    assertThat(BashParser.parse(quoted).errors()).isEmpty();
    ParseResult doc = BashParser.parse(heredoc);
    assertThat(doc.errors()).isEmpty();
    assertThat(TreeWalk.simpleCommands(doc.script())).containsExactly("cat", "ls");
  }
}
