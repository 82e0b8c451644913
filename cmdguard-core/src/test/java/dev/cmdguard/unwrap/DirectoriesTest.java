package dev.cmdguard.unwrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.paths.PosixPaths;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Directories}: the same result as resolving and normalizing the whole path, while only the
 * new part is split; working directories longer than PATH_MAX are not tracked.
 */
class DirectoriesTest {

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/home/dev/project | src           | /home/dev/project/src",
        "/home/dev/project | ./src/./a/    | /home/dev/project/src/a",
        "/home/dev/project | ..            | /home/dev",
        "/home/dev/project | ../../..      | /",
        "/home/dev/project | ../../../../x | /x",
        "/home/dev/project | a/../../b     | /home/dev/b",
        "/home/dev/project | .             | /home/dev/project",
        "/home/dev/project | a//b          | /home/dev/project/a/b",
        "/                 | a             | /a",
        "/                 | ..            | /",
        "/home/dev/        | a             | /home/dev/a",
        "/home/./dev/../x  | a             | /home/x/a",
        "//home//dev       | ..            | /home",
        "/home/dev/project | /etc/../tmp   | /tmp",
        "/home/.dev/..a    | b             | /home/.dev/..a/b",
      })
  void resolvesLikeTheWholePath(String cwd, String path, String expected) {
    assertThat(Directories.resolve(Optional.of(cwd), path)).contains(expected);
    assertThat(expected).isEqualTo(PosixPaths.resolve(cwd, path));
  }

  @Test
  void aRelativePathFromAnUnknownDirectoryIsUnknown() {
    assertThat(Directories.resolve(Optional.empty(), "src")).isEmpty();
    assertThat(Directories.resolve(Optional.empty(), "/src")).contains("/src");
  }

  @Test
  void normalizedDirectories() {
    assertThat(Directories.normalized("/")).isTrue();
    assertThat(Directories.normalized("/home/.dev/..a/...")).isTrue();
    assertThat(Directories.normalized("/home/")).isFalse();
    assertThat(Directories.normalized("//home")).isFalse();
    assertThat(Directories.normalized("/home/./dev")).isFalse();
    assertThat(Directories.normalized("/home/..")).isFalse();
    assertThat(Directories.normalized("home")).isFalse();
  }

  @Test
  void aDirectoryLongerThanPathMaxIsNotTracked() {
    String deep = "/w" + "/a".repeat(2047);

    assertThat(Directories.resolve(Optional.of(deep), "")).contains(deep);
    assertThat(Directories.resolve(Optional.of(deep), "b")).isEmpty();
    assertThat(Directories.resolve(Optional.of(deep), "..")).isPresent();
  }
}
