package dev.cmdguard.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invalid input: each error is reported as {@code line:column message}, and every command that
 * could still be read stays in the tree (a guard must not lose {@code rm -rf /} because something
 * else is malformed).
 */
class SyntaxErrorTest {

  static Stream<Arguments> errors() {
    return Stream.of(
        row(
            "if true; then rm -rf /",
            "(unparsed \"if true; then rm -rf /\"); (simple [true]); (simple [rm] [-rf] [/])",
            "1:1 missing 'fi'"),
        row(
            "for x in a b; do rm -rf /",
            "(unparsed \"for x in a b; do rm -rf /\"); (simple [rm] [-rf] [/])",
            "1:1 missing 'done'"),
        row(
            "echo \"unterminated",
            "(simple [echo]); (unparsed \"\\\"unterminated\")",
            "1:6 missing '\"'"),
        row("rm -rf / )", "(simple [rm] [-rf] [/]); (unparsed \")\")", "1:10 unexpected ')'"),
        row("echo )", "(simple [echo]); (unparsed \")\")", "1:6 unexpected ')'"),
        row(
            "ls && ; rm -rf /",
            "(and (simple [ls]) (simple [rm] [-rf] [/])); (unparsed \" ;\")",
            "1:7 unexpected ';'"),
        row("ls ;;", "(simple [ls])", "1:4 unexpected ';;'"),
        row("(ls", "(subshell {(simple [ls])})", "1:4 missing ')'"),
        row("echo $(ls", "(simple [echo] [$({(simple [ls])})])", "1:10 missing ')'"),
        row(
            "cat <<EOF\nrm -rf /",
            "(simple [cat] <<EOF:\"rm -rf /\")",
            "1:5 here-document delimited by end of input (wanted 'EOF')"),
        row(
            "cat <<",
            "(simple [cat]); (unparsed \"<<\")",
            "1:5 here-document delimiter missing after '<<'; 1:5 unexpected '<<'"),
        row(
            "ls\nif x; then\n  rm -rf /\n",
            "(simple [ls]); (if {(simple [x])} then {(simple [rm] [-rf] [/])})",
            "4:1 missing 'fi'"),
        row(
            "ls\nif x; then\n  rm -rf /",
            "(unparsed \"ls\\nif x; then\\n  rm -rf /\"); (simple [ls]); (simple [x]);"
                + " (simple [rm] [-rf] [/])",
            "2:1 missing 'fi'"),
        row(
            "echo a; { ls",
            "(unparsed \"echo a; { ls\"); (simple [echo] [a]); (simple [ls])",
            "1:9 missing '}'"),
        row(
            "case x in a) rm -rf /",
            "(case [x] ([a] => {(simple [rm] [-rf] [/])}))",
            "1:22 missing 'esac'"),
        row("echo é )", "(simple [echo] [é]); (unparsed \")\")", "1:8 unexpected ')'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void reportsWhatIsWrongAndKeepsWhatParsed(String source, String shape, String errors) {
    ParseResult result = BashParser.parse(source);

    assertThat(AstPrinter.print(result.script())).isEqualTo(shape);
    assertThat(result.ok()).isFalse();
    String reported =
        result.errors().stream()
            .map(e -> e.line() + ":" + e.column() + " " + e.message())
            .collect(Collectors.joining("; "));
    assertThat(reported).isEqualTo(errors);
  }

  static Arguments row(String source, String shape, String errors) {
    return Arguments.of(source, shape, errors);
  }
}
