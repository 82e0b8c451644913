package dev.cmdguard.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PosixPathsTest {

  @ParameterizedTest(name = "normalize({0}) = {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          /                  | /
          //                 | /
          ///                | /
          /.                 | /
          /./.               | /
          /..                | /
          /../..             | /
          /usr/..            | /
          /usr/../           | /
          /usr/bin/          | /usr/bin
          /usr//bin          | /usr/bin
          /usr/./bin         | /usr/bin
          /usr/bin/..        | /usr
          /a/b/../../c       | /c
          /a/../../../b      | /b
          /a/.../b           | /a/.../b
          /a/..b/c           | /a/..b/c
          /a                 | /a
          /a/.b              | /a/.b
          /.a/...            | /.a/...
          /a/b/c             | /a/b/c
          a                  | a
          a/                 | a
          ./a                | a
          a/..               | .
          .                  | .
          ./                 | .
          ""                 | .
          ..                 | ..
          ../..              | ../..
          a/../..            | ..
          ../a/../b          | ../b
          x/y/../../z        | z
          /*/..              | /
          /u*/./bin/         | /u*/bin
          """)
  void normalizesLexically(String path, String expected) {
    assertThat(PosixPaths.normalize(path)).isEqualTo(expected);
  }

  /**
   * Seeded paths built from tricky names, against the textbook algorithm (a stack of names): the
   * shortcut for paths that are already normal must never change an answer.
   */
  @Test
  void agreesWithAStackOfNamesOnGeneratedPaths() {
    String[] names = {"a", "b", ".", "..", "", ".a", "..b", "...", "*"};
    java.util.Random random = new java.util.Random(20261122);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder path = new StringBuilder(random.nextBoolean() ? "/" : "");
      int count = random.nextInt(6);
      for (int j = 0; j < count; j++) {
        path.append(j == 0 ? "" : "/").append(names[random.nextInt(names.length)]);
      }
      if (random.nextInt(4) == 0) {
        path.append('/');
      }
      String p = path.toString();
      assertThat(PosixPaths.normalize(p)).as(p).isEqualTo(stackOfNames(p));
    }
  }

  private static String stackOfNames(String path) {
    boolean absolute = path.startsWith("/");
    java.util.ArrayDeque<String> stack = new java.util.ArrayDeque<>();
    for (String name : path.split("/", -1)) {
      if (name.isEmpty() || name.equals(".")) {
        continue;
      }
      if (!name.equals("..")) {
        stack.addLast(name);
      } else if (!stack.isEmpty() && !stack.peekLast().equals("..")) {
        stack.removeLast();
      } else if (!absolute) {
        stack.addLast("..");
      }
    }
    String joined = String.join("/", stack);
    return absolute ? "/" + joined : joined.isEmpty() ? "." : joined;
  }

  @ParameterizedTest(name = "resolve({0}, {1}) = {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          /home/dev/project | ../../..    | /
          /home/dev/project | ../../../.. | /
          /home/dev/project | src/../..   | /home/dev
          /home/dev/project | /etc//      | /etc
          /                 | ..          | /
          /                 | a/b         | /a/b
          /home/dev/project | .           | /home/dev/project
          """)
  void resolvesAgainstABaseDirectory(String base, String path, String expected) {
    assertThat(PosixPaths.resolve(base, path)).isEqualTo(expected);
  }

  @Test
  void resolveRejectsARelativeBase() {
    assertThatThrownBy(() -> PosixPaths.resolve("home", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("home");
  }

  @ParameterizedTest(name = "{0}: parent {1}, name {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          /            | /        | ""
          /usr         | /        | usr
          /usr/bin     | /usr     | bin
          /usr/bin/env | /usr/bin | env
          """)
  void splitsParentAndName(String path, String parent, String name) {
    assertThat(PosixPaths.parent(path)).isEqualTo(parent);
    assertThat(PosixPaths.fileName(path)).isEqualTo(name);
  }

  @ParameterizedTest(name = "{0} within {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          /usr/bin       | /usr      | true
          /usr           | /usr      | true
          /usrx          | /usr      | false
          /us            | /usr      | false
          /anything      | /         | true
          /              | /         | true
          /home/dev2     | /home/dev | false
          /home/dev/.ssh | /home/dev | true
          a              | /         | false
          """)
  void testsContainmentByWholeNames(String path, String directory, boolean expected) {
    assertThat(PosixPaths.isWithin(path, directory)).isEqualTo(expected);
  }

  @Test
  void listsNames() {
    assertThat(PosixPaths.names("/")).isEmpty();
    assertThat(PosixPaths.names(".")).isEmpty();
    assertThat(PosixPaths.names("/usr/bin")).containsExactly("usr", "bin");
    assertThat(PosixPaths.names("../a")).containsExactly("..", "a");
  }

  @Test
  void joinsAChild() {
    assertThat(PosixPaths.child("/", "usr")).isEqualTo("/usr");
    assertThat(PosixPaths.child("/usr", "bin")).isEqualTo("/usr/bin");
    assertThat(PosixPaths.child("", "a")).isEqualTo("a");
    assertThat(PosixPaths.child(".", "a")).isEqualTo("a");
  }

  @Test
  void absoluteMeansALeadingSlash() {
    assertThat(PosixPaths.isAbsolute("/x")).isTrue();
    assertThat(PosixPaths.isAbsolute("x/")).isFalse();
    assertThat(PosixPaths.isAbsolute("~/x")).isFalse();
    assertThat(PosixPaths.isAbsolute("")).isFalse();
  }
}
