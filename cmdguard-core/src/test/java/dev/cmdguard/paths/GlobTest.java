package dev.cmdguard.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bash pattern matching for filename expansion (bash manual, "Pattern Matching"). */
class GlobTest {

  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          *            | usr         | true
          *            | ""          | true
          *            | .ssh        | false
          *            | .           | false
          *            | ..          | false
          .*           | .ssh        | true
          .*           | .           | false
          .*           | ..          | false
          .*           | usr         | false
          ?            | a           | true
          ?            | ab          | false
          ?            | .           | false
          u*           | usr         | true
          u*           | bin         | false
          e?c          | etc         | true
          e?c          | ec          | false
          *.log        | build.log   | true
          *.log        | build.log.1 | false
          a*b*c        | aXbYc       | true
          a*b*c        | aXbYcZ      | false
          a*b*c        | abbbc       | true
          [eu]*        | etc         | true
          [eu]*        | usr         | true
          [eu]*        | bin         | false
          [!eu]*       | bin         | true
          [!eu]*       | etc         | false
          [^eu]*       | etc         | false
          [a-c]x       | bx          | true
          [a-c]x       | dx          | false
          []]          | ]           | true
          [!]]         | a           | true
          [!]]         | ]           | false
          [a-]         | -           | true
          [[:digit:]]* | 0day        | true
          [[:digit:]]* | day0        | false
          [[:upper:]]  | A           | true
          [[:upper:]]  | a           | false
          [[:alpha:]]* | usr         | true
          [.]ssh       | .ssh        | true
          [!a]ssh      | .ssh        | false
          [abc         | [abc        | true
          [abc         | a           | false
          \\*          | *           | true
          \\*          | a           | false
          sd?          | sda         | true
          sd?          | sda1        | false
          sd[a-z]      | sdb         | true
          nvme*        | nvme0n1p1   | true
          ü*           | über        | true
          ?            | 😀          | true
          """)
  void matchesNamesAsFilenameExpansionDoes(String pattern, String name, boolean expected) {
    assertThat(Glob.of(pattern).matches(name)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "hasPattern({0}) = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          /usr/*      | true
          /u?r        | true
          /[eu]*      | true
          *           | true
          /usr/bin    | false
          /a[b        | false
          /a]b        | false
          \\*         | false
          /a\\[b]     | false
          ~/x         | false
          """)
  void findsUnquotedPatternCharacters(String text, boolean expected) {
    assertThat(Glob.hasPattern(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} covers every name: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          *      | true
          **     | true
          .*     | true
          ?*     | true
          *?     | true
          .??*   | true
          ?      | false
          u*     | false
          *.log  | false
          .e*    | false
          [a-z]* | true
          [!.]*  | true
          .[!.]* | true
          [[:alpha:]]* | true
          [a-y]* | false
          [eu]*  | false
          [A-Z]* | false
          .      | false
          """)
  void coversEveryNameWithStarsAndLetterWideBrackets(String pattern, boolean expected) {
    assertThat(Glob.of(pattern).coversEveryName()).isEqualTo(expected);
  }

  @Test
  void plainMatchingIgnoresTheLeadingDotRule() {
    assertThat(Glob.of("*.pem").matchesText(".hidden.pem")).isTrue();
    assertThat(Glob.of("*.pem").matches(".hidden.pem")).isFalse();
  }

  @Test
  void rejectsASlash() {
    assertThatThrownBy(() -> Glob.of("a/b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a/b");
  }

  @Test
  void equalsByPattern() {
    assertThat(Glob.of("a*")).isEqualTo(Glob.of("a*")).hasSameHashCodeAs(Glob.of("a*"));
    assertThat(Glob.of("a*")).isNotEqualTo(Glob.of("b*"));
    assertThat(Glob.of("a*")).hasToString("a*");
    assertThat(Glob.of("a*").pattern()).isEqualTo("a*");
  }
}
