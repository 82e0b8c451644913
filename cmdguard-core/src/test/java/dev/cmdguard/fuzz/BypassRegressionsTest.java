package dev.cmdguard.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.Risk;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Regressions of issue 9: every bypass and crash that the fuzz tests and the obfuscation properties
 * found, with the risk the command must keep and why it was missed. Context: cwd {@code
 * /home/dev/project}, home {@code /home/dev}, user {@code dev}, default profile.
 */
class BypassRegressionsTest {

  static Stream<Arguments> table() {
    return Stream.of(
        // the code of a process substitution was not followed (SPEC section 2: source of a process
        // substitution); found by ObfuscationPropertyTest
        row("source <(echo 'rm -rf /')", Risk.CRITICAL, "source read a file it could not see"),
        row(". <(echo 'rm -rf /')", Risk.CRITICAL, "same, with the dot builtin"),
        row("bash <(echo 'rm -rf /')", Risk.CRITICAL, "bash ran a script file it could not see"),
        row("bash < <(echo 'rm -rf /')", Risk.CRITICAL, "the shell's stdin was an unread file"),
        row("source <(echo 'X=/'); rm -rf $X", Risk.CRITICAL, "sourced assignments persist"),
        row("diff <(echo a) <(echo b)", Risk.LOW, "data read from process substitutions"),
        // $0 of bash -c SCRIPT ARG0 was unknown
        row("sh -c 'rm -rf $0' /", Risk.CRITICAL, "$0 is the first word after the script"),
        row("sh -c 'echo $0'", Risk.LOW, "$0 unknown without one, still only echoed"),
        // find's {} with -maxdepth 0 or -prune is the starting point itself
        row("find / -maxdepth 0 -exec rm -rf {} \\;", Risk.CRITICAL, "{} taken as a path under /"),
        row(
            "find /etc -prune -exec chown -R nobody {} +",
            Risk.CRITICAL,
            "chown of {} was unknown"),
        row("find . -maxdepth 0 -name x -exec rm -rf {} \\;", Risk.MEDIUM, "a test narrows it"),
        // a function that redefines itself and calls the new body was taken as recursion
        row("f() { f() { rm -rf /; }; f; }; f", Risk.CRITICAL, "the new body never ran"),
        row("f() { :; }; f; f() { rm -rf /; }", Risk.CRITICAL, "a defined body is walked"),
        // a crash in the parser (Jazzer, BashParserFuzzTest): the analysis failed closed as high,
        // so a locked code next to the crashing text became ask instead of deny
        row("rm -rf /; \"$(-|1|e \"r\" i(for i ))\"", Risk.CRITICAL, "Redirects.convert threw"),
        row("\"$(-|1|e \"r\" i(for i ))\"; rm -rf /", Risk.CRITICAL, "same, crash first"),
        // a crash in the unwrapper (Jazzer, UnwrapFuzzTest#argv): find -D without its value
        row("rm -rf /; find -D", Risk.CRITICAL, "FindExec read past the arguments"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void keepsItsRisk(String command, Risk expected, String why) {
    assertThat(ObfuscationPropertyTest.risk(command)).as(why).isEqualTo(expected);
  }

  private static Arguments row(String command, Risk expected, String why) {
    return Arguments.of(command, expected, why);
  }
}
