package dev.cmdguard.unwrap.inline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Helpers for the {@code code | expected effects} tables of the per-language tests. */
final class Rows {
  private Rows() {}

  /**
   * One table row.
   *
   * @param code the interpreter code
   * @param expected the effects as {@link Rendered} writes them, in order; none for a row that must
   *     not fire
   */
  static Arguments row(String code, String... expected) {
    return Arguments.of(code, List.of(expected));
  }

  /** Asserts that {@code code} analyses to exactly {@code expected}. */
  static void check(Language language, String code, List<String> expected) {
    assertThat(Rendered.of(InlineCode.analyze(language, code)))
        .as("%s: %s", language, code)
        .containsExactlyElementsOf(expected);
  }

  /** Asserts the table has at least as many rows that must not fire as rows that must. */
  static void assertBalanced(Stream<Arguments> rows) {
    List<Arguments> all = rows.toList();
    long benign = all.stream().filter(a -> ((List<?>) a.get()[1]).isEmpty()).count();
    assertThat(benign)
        .as("benign rows of %d", all.size())
        .isGreaterThanOrEqualTo(all.size() - benign);
  }
}
