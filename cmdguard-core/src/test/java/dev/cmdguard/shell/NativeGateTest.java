package dev.cmdguard.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link NativeGate}: tree-sitter never reads more than 256 levels of nesting (frames, parentheses
 * and compound commands); what is deeper is blanked and reported, and what is around it is still
 * parsed. Quoted text and here-document bodies are not nesting.
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

  @Test
  void deepCompoundCommandsAreCutAtTheGate() {
    List<String> sources =
        List.of(
            "{ ".repeat(10_000) + "ls; " + "}; ".repeat(10_000),
            "if a; then ".repeat(5_000) + "ls" + "; fi".repeat(5_000),
            "while a; do ".repeat(300) + "ls" + "; done".repeat(300),
            "until a; do ".repeat(300) + "ls" + "; done".repeat(300),
            "for x in a; do ".repeat(300) + "ls" + "; done".repeat(300),
            "select x in a; do ".repeat(300) + "ls" + "; done".repeat(300),
            "case x in x) ".repeat(300) + "ls" + " ;; esac".repeat(300),
            "f() { ".repeat(300) + "ls" + "; }".repeat(300),
            "function f { ".repeat(300) + "ls" + "; }".repeat(300),
            "{ ( if a; then ".repeat(100) + "ls" + "; fi ) }".repeat(100));
    for (String nested : sources) {
      String source = "rm -rf /tmp/a; " + nested + "\nls -la";

      ParseResult result = BashParser.parse(source);

      assertThat(result.errors())
          .as(nested.substring(0, 20))
          .extracting(SyntaxError::message)
          .contains(TOO_DEEP);
      assertThat(TreeWalk.simpleCommands(result.script()))
          .as(nested.substring(0, 20))
          .contains("rm -rf /tmp/a", "ls -la");
      CorpusTest.checkInvariants(source, result);
    }
  }

  @Test
  void exactlyTheLimitOfCompoundCommandsIsNotCut() {
    String source = "if a; then { ".repeat(128) + "x" + "; }; fi".repeat(128);

    assertThat(BashParser.parse(source).errors())
        .extracting(SyntaxError::message)
        .doesNotContain(TOO_DEEP);
  }

  @Test
  void compoundCommandsInSequenceOrAsDataAreNotNesting() {
    List<String> sources =
        List.of(
            "if a; then b; fi\n".repeat(1_000),
            "for f in *; do { echo \"$f\"; }; done; ".repeat(1_000),
            "case $x in a) if b; then c; fi ;; esac\n".repeat(1_000),
            "echo if while for { case; ".repeat(1_000),
            "x=$(if a; then b; fi); ".repeat(1_000),
            "cat <<EOF\nif a; then {\nEOF\n".repeat(1_000),
            // a compound that a substitution leaves open closes with it
            "echo $(if a; then b) ".repeat(1_000));
    for (String source : sources) {
      assertThat(BashParser.parse(source).errors())
          .as(source.substring(0, 20))
          .extracting(SyntaxError::message)
          .doesNotContain(TOO_DEEP);
    }
  }
}
