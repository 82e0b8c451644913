package dev.cmdguard.unwrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.shell.Span;
import org.junit.jupiter.api.Test;

/** {@link Stdin#text()}: only input written in the command itself is text the rules can read. */
class StdinTest {
  @Test
  void hereDocumentsAndHereStringsCarryTheirText() {
    assertThat(new Stdin.Heredoc("echo hi\n", true, false).text()).contains("echo hi\n");
    assertThat(new Stdin.HereString(Arg.of("rm -rf /", Span.NONE)).text()).contains("rm -rf /");
  }

  @Test
  void pipesFilesAndTheInheritedInputCarryNone() {
    assertThat(new Stdin.Pipe(0, "curl").text()).isEmpty();
    assertThat(new Stdin.File(Arg.of("script.sh", Span.NONE)).text()).isEmpty();
    assertThat(new Stdin.Inherited().text()).isEmpty();
  }
}
