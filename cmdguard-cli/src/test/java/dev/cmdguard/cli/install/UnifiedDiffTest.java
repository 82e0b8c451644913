package dev.cmdguard.cli.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hunks, ranges and context lines as {@code diff -u} prints them. */
class UnifiedDiffTest {
  private static String lines(int from, int to) {
    return IntStream.rangeClosed(from, to)
        .mapToObj(i -> "l" + i + "\n")
        .collect(Collectors.joining());
  }

  private static String diff(String a, String b) {
    String out = UnifiedDiff.of(a, b, "a", "b");
    return out.isEmpty() ? "" : out.substring("--- a\n+++ b\n".length());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          equal texts             | 'x\ny\n'       | 'x\ny\n'       | ''
          new file                | ''             | 'x\ny\n'       | '@@ -0,0 +1,2 @@\n+x\n+y\n'
          emptied file            | 'x\n'          | ''             | '@@ -1 +0,0 @@\n-x\n'
          one line changed        | 'a\nb\nc\n'    | 'a\nB\nc\n'    | '@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n'
          line added at the end   | 'a\n'          | 'a\nb\n'       | '@@ -1 +1,2 @@\n a\n+b\n'
          """)
  void smallDiffs(String what, String a, String b, String expected) {
    assertThat(diff(a.replace("\\n", "\n"), b.replace("\\n", "\n")))
        .isEqualTo(expected.replace("\\n", "\n"));
  }

  @Test
  void changesFarApartMakeTwoHunksWithThreeLinesOfContext() {
    String a = lines(1, 20);
    String b = a.replace("l2\n", "two\n").replace("l18\n", "eighteen\n");
    assertThat(diff(a, b))
        .isEqualTo(
            "@@ -1,5 +1,5 @@\n l1\n-l2\n+two\n l3\n l4\n l5\n"
                + "@@ -15,6 +15,6 @@\n l15\n l16\n l17\n-l18\n+eighteen\n l19\n l20\n");
  }

  @Test
  void changesCloseTogetherShareAHunk() {
    String a = lines(1, 12);
    String b = a.replace("l3\n", "three\n").replace("l8\n", "eight\n");
    assertThat(diff(a, b))
        .isEqualTo(
            "@@ -1,11 +1,11 @@\n l1\n l2\n-l3\n+three\n l4\n l5\n l6\n l7\n-l8\n+eight\n l9\n l10\n"
                + " l11\n");
  }
}
