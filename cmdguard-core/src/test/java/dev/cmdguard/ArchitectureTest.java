package dev.cmdguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The core's boundaries (STYLE.md, "Habits"): it never executes a process, prints, reads the
 * environment or reads the clock: the caller passes them in through the context, so that analysis
 * is a pure function of (command, context). Only {@code dev.cmdguard.shell} may use tree-sitter, so
 * the parser can be replaced without touching the other stages. Checked on the source text with
 * comments and string literals removed.
 */
class ArchitectureTest {

  /** What the core must not call, each with the reason given in a failure. */
  private static final List<Forbidden> FORBIDDEN =
      List.of(
          new Forbidden("\\bProcessBuilder\\b", "executes a process"),
          new Forbidden(
              "\\bRuntime\\s*\\.\\s*getRuntime\\s*\\(\\s*\\)\\s*\\.\\s*exec\\b",
              "executes a process"),
          new Forbidden("\\bSystem\\s*(\\.|::)\\s*(out|err)\\b", "prints"),
          new Forbidden("\\bSystem\\s*(\\.|::)\\s*getenv\\b", "reads the environment"),
          new Forbidden(
              "\\bSystem\\s*(\\.|::)\\s*(currentTimeMillis|nanoTime)\\b", "reads the clock"),
          new Forbidden("\\b(Instant|LocalDateTime)\\s*(\\.|::)\\s*now\\b", "reads the clock"));

  private static final Pattern TREE_SITTER = Pattern.compile("\\borg\\s*\\.\\s*treesitter\\b");

  private record Forbidden(Pattern pattern, String why) {
    Forbidden(String regex, String why) {
      this(Pattern.compile(regex), why);
    }
  }

  @Test
  void coreNeverExecutesPrintsOrReadsEnvironmentOrClock() {
    List<String> violations = new ArrayList<>();
    for (Path file : sources()) {
      String code = codeOnly(read(file));
      for (Forbidden f : FORBIDDEN) {
        find(f.pattern(), code, file, "the core never " + f.why(), violations);
      }
    }
    assertThat(violations).as("forbidden calls in cmdguard-core/src/main/java").isEmpty();
  }

  @Test
  void onlyTheParserUsesTreeSitter() {
    List<String> violations = new ArrayList<>();
    for (Path file : sources()) {
      if (!relative(file).startsWith("dev/cmdguard/shell/")) {
        find(
            TREE_SITTER,
            codeOnly(read(file)),
            file,
            "only dev.cmdguard.shell uses org.treesitter",
            violations);
      }
    }
    assertThat(violations).as("tree-sitter outside dev.cmdguard.shell").isEmpty();
  }

  @Test
  void theSourcesAreFound() {
    assertThat(sources()).as("sources under " + sourceRoot()).isNotEmpty();
  }

  static Stream<Arguments> snippets() {
    return Stream.of(
        Arguments.of("long t = System.nanoTime();", true),
        Arguments.of("LongSupplier c = System :: nanoTime;", true),
        Arguments.of("new ProcessBuilder(\"ls\").start();", true),
        Arguments.of("Runtime.getRuntime()\n  .exec(cmd);", true),
        Arguments.of("java.lang.System.out.println(x);", true),
        Arguments.of("import static java.lang.System.getenv;", true),
        Arguments.of("var now = Instant.now();", true),
        Arguments.of("String s = \"\\\\\"; long t = System.nanoTime();", true),
        Arguments.of("// System.out.println(x);", false),
        Arguments.of("/* Instant.now() */ int x;", false),
        Arguments.of("/** {@code System::nanoTime} */ int x;", false),
        Arguments.of("String s = \"System.getenv\";", false),
        Arguments.of("char c = '\"'; String s = \"System.out\";", false),
        Arguments.of("String s = \"\"\"\n  System.out\n  \"\"\";", false),
        Arguments.of("String s = \"a\\\"System.out\";", false),
        Arguments.of("int SystemOut = 1; myInstant.nowish();", false));
  }

  /** The scanner itself: code is checked, comments and strings are not. */
  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("snippets")
  void scannerSeesCodeOnly(String code, boolean forbidden) {
    String stripped = codeOnly(code);
    boolean found = FORBIDDEN.stream().anyMatch(f -> f.pattern().matcher(stripped).find());
    assertThat(found).as(stripped).isEqualTo(forbidden);
  }

  private static void find(
      Pattern pattern, String code, Path file, String rule, List<String> violations) {
    Matcher m = pattern.matcher(code);
    while (m.find()) {
      int line = 1 + (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count();
      violations.add(relative(file) + ":" + line + ": " + m.group() + " (" + rule + ")");
    }
  }

  /** {@code src/main/java} of cmdguard-core; surefire runs with the module as working directory. */
  private static Path sourceRoot() {
    Path inModule = Path.of("src/main/java");
    return Files.isDirectory(inModule.resolve("dev/cmdguard"))
        ? inModule
        : Path.of("cmdguard-core/src/main/java");
  }

  private static List<Path> sources() {
    try (Stream<Path> files = Files.walk(sourceRoot())) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String relative(Path file) {
    return sourceRoot().relativize(file).toString().replace('\\', '/');
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The source with comments, string literals (text blocks too) and char literals replaced by
   * spaces; newlines are kept so that offsets still give line numbers.
   */
  static String codeOnly(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      int end = literalOrCommentEnd(source, i);
      if (end == i) {
        out.append(source.charAt(i++));
      } else {
        for (; i < end; i++) {
          out.append(source.charAt(i) == '\n' ? '\n' : ' ');
        }
      }
    }
    return out.toString();
  }

  /** Where the comment or literal starting at {@code i} ends, or {@code i} when none starts. */
  private static int literalOrCommentEnd(String s, int i) {
    if (s.startsWith("//", i)) {
      int nl = s.indexOf('\n', i);
      return nl < 0 ? s.length() : nl;
    }
    if (s.startsWith("/*", i)) {
      int close = s.indexOf("*/", i + 2);
      return close < 0 ? s.length() : close + 2;
    }
    if (s.startsWith("\"\"\"", i)) {
      return closing(s, i + 3, "\"\"\"");
    }
    char c = s.charAt(i);
    return c == '"' || c == '\'' ? closing(s, i + 1, String.valueOf(c)) : i;
  }

  private static int closing(String s, int from, String quote) {
    for (int j = from; j < s.length(); j++) {
      if (s.charAt(j) == '\\') {
        j++;
      } else if (s.startsWith(quote, j)) {
        return j + quote.length();
      }
    }
    return s.length();
  }
}
