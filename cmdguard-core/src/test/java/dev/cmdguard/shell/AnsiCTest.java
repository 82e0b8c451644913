package dev.cmdguard.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code $'…'} decoding (bash manual, "ANSI-C Quoting"); inputs are the text between quotes. */
class AnsiCTest {

  static Stream<Arguments> escapes() {
    return Stream.of(
        Arguments.of("\\x72\\x6d", "rm"),
        Arguments.of("\\162\\155", "rm"),
        Arguments.of("\\u0072\\U0000006d", "rm"),
        Arguments.of("\\x41\\x4", "A\u0004"),
        Arguments.of("\\101", "A"),
        Arguments.of("\\u00e9", "é"),
        Arguments.of("\\U0001F600", "😀"),
        Arguments.of("\\a\\b\\e\\E\\f\\v", "\u0007\b\u001b\u001b\f\u000b"),
        Arguments.of("a\\tb\\nc\\rd", "a\tb\nc\rd"),
        Arguments.of("it\\'s \\\"q\\\" \\\\ \\?", "it's \"q\" \\ ?"),
        Arguments.of("\\cA\\cz\\c?", "\u0001\u001a\u007f"),
        Arguments.of("\\q\\x\\u", "\\q\\x\\u"),
        Arguments.of("rm\\0 -rf /", "rm"),
        Arguments.of("a\\x00b", "a"),
        Arguments.of("\\uD800", "\uFFFD"),
        Arguments.of("\\", "\\"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("escapes")
  void decodes(String raw, String value) {
    assertThat(AnsiC.decode(raw)).isEqualTo(value);
  }
}
