package dev.cmdguard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --ttl} durations: a whole number and one unit, read and written back. */
class DurationsTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "90s, PT1M30S, 90s",
    "30m, PT30M, 30m",
    "12h, PT12H, 12h",
    "7d, PT168H, 7d",
    "36h, PT36H, 36h",
    "120m, PT2H, 2h",
    "' 7d ', PT168H, 7d",
  })
  void readsAndWritesBack(String text, Duration expected, String shown) {
    assertThat(Durations.parse(text)).isEqualTo(expected);
    assertThat(Durations.format(expected)).isEqualTo(shown);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          7            | '7' is not a duration
          d            | 'd' is not a duration
          7w           | '7w' is not a duration
          1.5h         | '1.5h' is not a duration
          -1d          | '-1d' is not a duration
          7 d          | '7 d' is not a duration
          7D           | '7D' is not a duration
          P7D          | 'P7D' is not a duration
          9999999999d  | '9999999999d' is not a duration
          0s           | '0s' is no time at all
          ``           | '' is not a duration
          """)
  void refusesWhatIsNotOne(String text, String message) {
    assertThatThrownBy(() -> Durations.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }
}
