package dev.cmdguard.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code $'…'} decoding (bash manual, "ANSI-C Quoting"); inputs are the text between quotes. */
class AnsiCTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          \\x72\\x6d            | rm
          \\162\\155            | rm
          \\u0072\\U0000006d    | rm
          \\x41\\x4                | "A\u0004"
          \\101                 | A
          \\u00e9               | é
          \\U0001F600           | 😀
          \\a\\b\\e\\E\\f\\v    | "\u0007\u0008\u001b\u001b\u000c\u000b"
          a\\tb\\nc\\rd         | "a\tb\nc\rd"
          it\\'s \\"q\\" \\\\ \\? | it's "q" \\ ?
          \\cA\\cz\\c?          | "\u0001\u001a\u007f"
          \\q\\x\\u             | \\q\\x\\u
          rm\\0 -rf /           | rm
          a\\x00b               | a
          \\uD800               | \uFFFD
          \\                    | \\
          """)
  void decodes(String raw, String value) {
    assertThat(AnsiC.decode(raw)).isEqualTo(value);
  }
}
