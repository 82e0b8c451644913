package dev.cmdguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.shell.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Finding a span's line and column, and cutting long lines around it. */
class SourceLinesTest {

  @ParameterizedTest(name = "[{0}] {1}..{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // source          | start | end | line | column | caretStart | caretWidth
        "ls -la            | 3     | 6   | 1    | 4      | 3          | 3",
        "ls                | 2     | 2   | 1    | 3      | 2          | 1",
        "a\\nbb cc\\nd     | 5     | 7   | 2    | 4      | 3          | 2",
        "a\\nbb cc\\nd     | 2     | 10  | 2    | 1      | 0          | 5",
        "é😀 rm            | 4     | 6   | 1    | 5      | 3          | 2",
      })
  void excerpt(String source, int start, int end, int line, int column, int caret, int width) {
    SourceLines lines = new SourceLines(source.replace("\\n", "\n"));
    SourceExcerpt e = lines.excerpt(new Span(start, end)).orElseThrow();
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.caretStart()).isEqualTo(caret);
    assertThat(e.caretWidth()).isEqualTo(width);
  }

  @Test
  void aSpanPastTheEndHasNoExcerpt() {
    assertThat(new SourceLines("ls").excerpt(new Span(5, 6))).isEmpty();
  }

  @Test
  void countIgnoresTheFinalNewline() {
    assertThat(new SourceLines("ls\n").count()).isEqualTo(1);
    assertThat(new SourceLines("ls\npwd").count()).isEqualTo(2);
    assertThat(new SourceLines("").count()).isEqualTo(1);
    assertThat(new SourceLines("a\r\nb").line(0)).isEqualTo("a");
  }

  @Test
  void longLinesAreCutAroundTheSpan() {
    String source = "echo " + "x".repeat(300) + " && rm -rf / && " + "y".repeat(300);
    int start = source.indexOf("rm -rf /");
    SourceExcerpt e = new SourceLines(source).excerpt(new Span(start, start + 8)).orElseThrow();
    assertThat(e.text()).startsWith("…").endsWith("…");
    assertThat(e.text().codePointCount(0, e.text().length()))
        .isLessThanOrEqualTo(SourceExcerpt.WIDTH + 2);
    String marked = e.text().substring(e.caretStart(), e.caretStart() + e.caretWidth());
    assertThat(marked).isEqualTo("rm -rf /");
    assertThat(e.column()).isEqualTo(start + 1);
  }
}
