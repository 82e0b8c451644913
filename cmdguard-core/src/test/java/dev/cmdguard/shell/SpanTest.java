package dev.cmdguard.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Spans are character offsets (UTF-16 units) into the original command, also when nested. */
class SpanTest {

  @Test
  void wordsAndCommandsHaveTheirOffsets() {
    Command.Simple rm = simple("rm -rf /", 0);

    assertThat(rm.span()).isEqualTo(new Span(0, 8));
    assertThat(rm.words())
        .extracting(Word::span)
        .containsExactly(new Span(0, 2), new Span(3, 6), new Span(7, 8));
  }

  @Test
  void offsetsAreCharactersAfterMultiByteText() {
    String source = "echo é; rm -rf /";
    Command.Simple rm = simple(source, 1);

    assertThat(rm.span()).isEqualTo(new Span(8, 16));
    assertThat(rm.words().get(0).span().of(source)).isEqualTo("rm");
    assertThat(rm.words().get(2).span()).isEqualTo(new Span(15, 16));
  }

  @Test
  void offsetsCountSurrogatePairsAsTwoCharacters() {
    String source = "echo 😀 日本; rm x";
    Command.Simple rm = simple(source, 1);

    assertThat(rm.words().get(0).span()).isEqualTo(new Span(12, 14));
    assertThat(rm.words().get(1).span().of(source)).isEqualTo("x");
  }

  @Test
  void substitutionBodiesKeepOriginalOffsets() {
    String source = "echo $(rm -rf /) \"$(id)\"";
    Command.Simple echo = simple(source, 0);
    WordPart.CommandSubstitution sub =
        (WordPart.CommandSubstitution) echo.words().get(1).parts().get(0);
    Command.Simple rm = (Command.Simple) sub.body().commands().get(0);

    assertThat(sub.span()).isEqualTo(new Span(5, 16));
    assertThat(rm.span()).isEqualTo(new Span(7, 15));
    assertThat(rm.words().get(2).span()).isEqualTo(new Span(14, 15));
  }

  @Test
  void backquotedBodiesParsedAgainMapBackThroughRemovedBackslashes() {
    String source = "echo `echo \\`rm -rf /\\``";
    Command.Simple outer = simple(source, 0);
    Command.Simple inner = only(sub(outer.words().get(1)).body());
    Command.Simple rm = only(sub(inner.words().get(1)).body());

    assertThat(rm.words().get(0).span().of(source)).isEqualTo("rm");
    assertThat(rm.words().get(2).span().of(source)).isEqualTo("/");
  }

  @Test
  void heredocBodyAndExpansionsInsideIt() {
    String source = "cat <<EOF\nhi $(rm -rf /)\nEOF\n";
    Redirection.Heredoc heredoc = (Redirection.Heredoc) simple(source, 0).redirections().get(0);
    WordPart.CommandSubstitution sub = (WordPart.CommandSubstitution) heredoc.body().parts().get(1);

    assertThat(heredoc.span().of(source)).isEqualTo("<<EOF");
    assertThat(heredoc.body().span().of(source)).isEqualTo("hi $(rm -rf /)\n");
    assertThat(only(sub.body()).words().get(0).span().of(source)).isEqualTo("rm");
  }

  @Test
  void wordAcrossLineContinuationCoversIt() {
    String source = "r\\\nm -rf /";
    Command.Simple rm = simple(source, 0);

    assertThat(rm.words().get(0).staticValue()).contains("rm");
    assertThat(rm.words().get(0).span()).isEqualTo(new Span(0, 4));
  }

  @Test
  void redirectionSpansCoverDescriptorOperatorAndTarget() {
    String source = "ls 2>/dev/null >&-";
    List<Redirection> rs = simple(source, 0).redirections();

    assertThat(rs).extracting(r -> r.span().of(source)).containsExactly("2>/dev/null", ">&-");
  }

  @Test
  void reservedWordPrefixesAreInsideTheirCommandsSpan() {
    String source = "x; ! ! a | b; coproc NAME { ls; }";
    List<Command> commands = BashParser.parse(source).script().commands();

    assertThat(commands)
        .extracting(c -> c.span().of(source))
        .containsExactly("x", "! ! a | b", "coproc NAME { ls; }");
    Command.Negation outer = (Command.Negation) commands.get(1);
    assertThat(outer.command().span().of(source)).isEqualTo("! a | b");
  }

  private static Command.Simple simple(String source, int index) {
    ParseResult result = BashParser.parse(source);
    assertThat(result.errors()).isEmpty();
    return (Command.Simple) result.script().commands().get(index);
  }

  private static Command.Simple only(Script script) {
    assertThat(script.commands()).hasSize(1);
    return (Command.Simple) script.commands().get(0);
  }

  private static WordPart.CommandSubstitution sub(Word word) {
    return (WordPart.CommandSubstitution) word.parts().get(0);
  }
}
