package dev.cmdguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Quoting for display: bash must read the quoted text back as the same word. */
class ShellQuoteTest {

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "ls                | ls",
        "/usr/bin/env      | /usr/bin/env",
        "--color=auto      | --color=auto",
        "café              | café",
        "\"\"              | ''",
        "a b               | 'a b'",
        "rm -rf /          | 'rm -rf /'",
        "it's              | 'it'\\''s'",
        "$HOME             | '$HOME'",
        "*.txt             | '*.txt'",
        "~                 | '~'",
      })
  void quotesOnlyWhatNeedsIt(String value, String quoted) {
    assertThat(ShellQuote.quote(value)).isEqualTo(quoted);
  }

  static Stream<Arguments> hidden() {
    return Stream.of(
        Arguments.of("a\nb", "$'a\\nb'"),
        Arguments.of("\u001b[31m", "$'\\e[31m'"),
        Arguments.of("x\u202ey", "$'x\\u202ey'"),
        Arguments.of("tab\there's", "$'tab\\there\\'s'"),
        Arguments.of("\u0007", "$'\\x07'"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("hidden")
  void hiddenCharactersAreEscaped(String value, String quoted) {
    assertThat(ShellQuote.quote(value)).isEqualTo(quoted);
  }

  static Stream<Arguments> visible() {
    return Stream.of(
        Arguments.of("a\tb", "a b"),
        Arguments.of("a\u001bb", "a\uFFFDb"),
        Arguments.of("\u200bx", "\uFFFDx"),
        Arguments.of("plain", "plain"));
  }

  @ParameterizedTest
  @MethodSource
  void visible(String text, String shown) {
    assertThat(ShellQuote.visible(text)).isEqualTo(shown);
  }
}
