package dev.cmdguard.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Did you mean …?": edit distance at most 2, ignoring case, else a common prefix, else nothing.
 */
class SuggestionsTest {
  private static final List<String> KEYS =
      List.of("mode", "runtime", "network", "writable", "image", "seccomp");
  private static final List<String> CANDIDATES =
      List.of(
          "mode",
          "runtime",
          "network",
          "writable",
          "image",
          "seccomp",
          "DOTENV_FILE_READ",
          "DISK_WIPE",
          "GIT_FORCE_PUSH",
          "GIT_BRANCH_DELETE");

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "mode              | mode",
        "mdoe              | mode",
        "Mode              | mode",
        "runtme            | runtime",
        "net               | network",
        "networking        | network",
        "imagee            | image",
        "sec               | seccomp",
        "xyz               | -",
        "im                | -",
        "storage           | -",
        "dotenv_file_read  | DOTENV_FILE_READ",
        "DOTENV_FILE_REED  | DOTENV_FILE_READ",
        "GIT_FORCE         | GIT_FORCE_PUSH",
        "DISK_WIPES        | DISK_WIPE",
        "NOT_A_CODE        | -"
      })
  void closest(String written, String expected) {
    assertThat(Suggestions.closest(written, CANDIDATES).orElse(null)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource({"kitten, sitting, 3", "abc, abc, 0", "abc, abd, 1", "a, abcdef, 5"})
  void distanceIsLevenshteinCutAtTheLimit(String a, String b, int expected) {
    assertThat(Suggestions.distance(a, b, 10)).isEqualTo(expected);
    assertThat(Suggestions.distance(a, b, 2)).isEqualTo(Math.min(expected, 2));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mdoe    | did you mean 'mode'?",
        "storage | known keys: mode, runtime, network, writable, image, seccomp"
      })
  void hint(String written, String expected) {
    assertThat(Suggestions.hint(written, KEYS, "keys")).isEqualTo(expected);
  }
}
