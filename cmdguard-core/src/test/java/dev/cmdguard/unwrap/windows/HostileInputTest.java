package dev.cmdguard.unwrap.windows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The parsers never throw and always end, whatever the text: seeded random text from the characters
 * that matter to cmd.exe and PowerShell, deep nesting, and unterminated constructs.
 */
class HostileInputTest {
  private static final String ALPHABET = "ab$@'\"`^%!&|;(){}[]<>,.:\\/=+-*? \n\t#0123456789";
  private static final WindowsContext CONTEXT = WindowsContext.of("dev", Map.of());

  @Test
  void randomTextNeverThrows() {
    Random random = new Random(20240801L);
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(60);
      for (int j = 0; j < n; j++) {
        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      for (Dialect d : Dialect.values()) {
        WindowsScript s = parse(d, sb.toString());
        assertThat(s.problems())
            .as(sb.toString())
            .noneMatch(p -> p.contains("could not be parsed"));
      }
    }
  }

  @Test
  void deepNestingIsBoundedAndReported() {
    String ps = "(".repeat(5000) + "rm x" + ")".repeat(5000);
    assertThat(parse(Dialect.POWERSHELL, ps).problems()).anyMatch(p -> p.contains("nests deeper"));
    String cmd = "(".repeat(5000) + "del x" + ")".repeat(5000);
    assertThat(parse(Dialect.CMD, cmd).problems()).anyMatch(p -> p.contains("nests deeper"));
    String iex = "iex '".repeat(10) + "rm x";
    assertThat(parse(Dialect.POWERSHELL, iex).steps()).isNotEmpty();
  }

  @Test
  void manyCommandsAreBounded() {
    String text = "echo a;".repeat(Emitter.MAX_STEPS + 10);
    WindowsScript s = parse(Dialect.POWERSHELL, text);
    assertThat(s.steps()).hasSize(Emitter.MAX_STEPS);
    assertThat(s.problems()).anyMatch(p -> p.contains("more than"));
  }

  private static WindowsScript parse(Dialect d, String text) {
    return WindowsScripts.parse(d, Arg.of(text, new Span(0, text.length())), CONTEXT);
  }
}
