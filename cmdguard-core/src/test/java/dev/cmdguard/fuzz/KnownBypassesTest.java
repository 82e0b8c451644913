package dev.cmdguard.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.Risk;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bypasses issue 9 found and did not fix, because the fix is not small or not in the unwrap layer
 * (reported to the lead): each row is a command, the risk it gets today, the risk it should get,
 * the layer to fix and why. The test pins today's risk, so it fails when a bypass is fixed (move
 * the row to {@link BypassRegressionsTest} with the right risk) or gets worse.
 */
class KnownBypassesTest {

  static Stream<Arguments> table() {
    return Stream.of(
        // parser: tree-sitter reads '…' inside `…` as a string that runs past the closing
        // backquote, where bash ends the substitution at the first unescaped backquote; the rest of
        // the command is lost into an error node. Found by ObfuscationPropertyTest chains
        // (-Dcmdguard.chains=1500, seeds 1270 and 1422). A locked code becomes ask.
        row("x=`echo 'a'\\\\''b'`; rm -rf /", Risk.MEDIUM, Risk.CRITICAL, "shell: backquote ends"),
        row("echo `echo 'a'\\\\''b'; rm -rf /`", Risk.MEDIUM, Risk.CRITICAL, "shell: same, inside"),
        // unwrap: arrays are not tracked, so "${A[@]}" is a dynamic program (obfuscation-gaps.txt)
        row("A=(rm -rf /); \"${A[@]}\"", Risk.HIGH, Risk.CRITICAL, "unwrap: static arrays"),
        // rules: the environment dump reaches the output through a variable
        row("x=$(printenv); echo \"$x\"", Risk.MEDIUM, Risk.CRITICAL, "rules: secrets data flow"),
        // limits (SPEC section 2): hitting one is ANALYSIS_LIMIT, medium, so ask; padding put
        // before a locked code hides it. Here the invocation limit (unwrap.Engine, 10,000: a memory
        // bound, 0.7 to 3 KB each) stops the walk before the 10,001st command, in 0.3 s. Not
        // raised: a few hundred kilobytes more of padding reach the time budget instead, because
        // parsing takes over 2 s per MiB here (tree-sitter-ng's native library is unoptimized)
        row("echo a; ".repeat(10_000) + "rm -rf /", Risk.MEDIUM, Risk.CRITICAL, "limits: ask"));
  }

  @ParameterizedTest(name = "{3}")
  @MethodSource("table")
  void stillBypassed(String command, Risk today, Risk wanted, String layer) {
    assertThat(wanted).isGreaterThan(today);
    assertThat(ObfuscationPropertyTest.risk(command))
        .as("%s: if it is %s now, move it to BypassRegressionsTest", layer, wanted)
        .isEqualTo(today);
  }

  private static Arguments row(String command, Risk today, Risk wanted, String layer) {
    return Arguments.of(command, today, wanted, layer);
  }
}
