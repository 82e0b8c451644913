package dev.cmdguard.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parts of the last word of a simple command: how each literal was quoted (which decides
 * globbing and tilde expansion in the unwrap stage) and what each expansion holds.
 */
class WordPartsTest {

  static Stream<Arguments> parts() {
    return Stream.of(
        row("echo *", "UNQUOTED:*"),
        row("echo \\*", "ESCAPED:*"),
        row("echo a\\*b", "UNQUOTED:a ESCAPED:* UNQUOTED:b"),
        row("echo '*'", "SINGLE:*"),
        row("echo \"*\"", "DOUBLE:*"),
        row("echo ~/x", "UNQUOTED:~/x"),
        row("echo r''m", "UNQUOTED:rm"),
        row("echo $'\\x72\\x6d'", "ANSI_C:rm"),
        row("echo $\"rm\"", "LOCALE:rm"),
        row("echo $\"a $x\"", "LOCALE:a  param(x,,-,quoted)"),
        row("echo a\\\nb", "UNQUOTED:ab"),
        row("echo \"a\\\nb\"", "DOUBLE:ab"),
        row("echo \"$HOME\"/x", "param(HOME,,-,quoted) UNQUOTED:/x"),
        row("echo $HOME", "param(HOME,,-,unquoted)"),
        row("echo $1$@", "param(1,,-,unquoted) param(@,,-,unquoted)"),
        row("echo $$x", "param($,,-,unquoted) UNQUOTED:x"),
        row("echo a$", "UNQUOTED:a$"),
        row("echo \"$\"", "DOUBLE:$"),
        row("echo ${X:-/tmp}", "param(X,:-,[/tmp],unquoted)"),
        row("echo \"${X:-a b}\"", "param(X,:-,[a b],quoted)"),
        row("echo ${#X}", "param(X,#,-,unquoted)"),
        row("echo ${#}", "param(#,,-,unquoted)"),
        row("echo ${!X}", "param(X,!,-,unquoted)"),
        row("echo ${!}", "param(!,,-,unquoted)"),
        row("echo ${X/a/b}", "param(X,/,[a/b],unquoted)"),
        row("echo ${X%.*}", "param(X,%,[.*],unquoted)"),
        row("echo ${X:1:2}", "param(X,:,[1:2],unquoted)"),
        row("echo ${X^^}", "param(X,^^,-,unquoted)"),
        row("echo ${X@Q}", "param(X,@Q,-,unquoted)"),
        row("echo ${arr[1]}", "param(arr[1],,-,unquoted)"),
        row("echo $(ls)", "cmdsub(plain,unquoted,[ls])"),
        row("echo \"$(ls)\"", "cmdsub(plain,quoted,[ls])"),
        row("echo `ls`", "cmdsub(backquoted,unquoted,[ls])"),
        row("echo <(ls)", "procsub(input,[ls])"),
        row("echo >(ls)", "procsub(output,[ls])"),
        row("echo $((1 + $(ls)))", "arith(1 + $(ls),1,unquoted)"),
        row("echo \"$((1))\"", "arith(1,0,quoted)"),
        row("echo \"\"", "DOUBLE:"),
        row("echo ''\"\"", "SINGLE:"),
        row("echo 'a''b'", "SINGLE:ab"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parts")
  void decodesQuotingAndExpansions(String source, String expected) {
    ParseResult result = BashParser.parse(source);

    assertThat(result.errors()).isEmpty();
    Command.Simple simple = (Command.Simple) result.script().commands().get(0);
    Word last = simple.words().get(simple.words().size() - 1);
    String parts = last.parts().stream().map(WordPartsTest::part).collect(Collectors.joining(" "));
    assertThat(parts).isEqualTo(expected);
  }

  private static String part(WordPart p) {
    return switch (p) {
      case WordPart.Literal l -> l.quoting() + ":" + l.value();
      case WordPart.Parameter x ->
          "param("
              + x.name()
              + ","
              + x.operator()
              + ","
              + x.argument().map(AstPrinter::word).orElse("-")
              + ","
              + quoted(x.quoted())
              + ")";
      case WordPart.CommandSubstitution c ->
          "cmdsub("
              + (c.backquoted() ? "backquoted" : "plain")
              + ","
              + quoted(c.quoted())
              + ","
              + words(c.body())
              + ")";
      case WordPart.ProcessSubstitution s ->
          "procsub(" + (s.input() ? "input" : "output") + "," + words(s.body()) + ")";
      case WordPart.ArithmeticExpansion a ->
          "arith("
              + a.expression()
              + ","
              + a.substitutions().size()
              + ","
              + quoted(a.quoted())
              + ")";
    };
  }

  private static String words(Script body) {
    return AstPrinter.words(((Command.Simple) body.commands().get(0)).words());
  }

  private static String quoted(boolean quoted) {
    return quoted ? "quoted" : "unquoted";
  }

  static Arguments row(String source, String expected) {
    return Arguments.of(source, expected);
  }
}
