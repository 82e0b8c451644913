package dev.cmdguard.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shape of resolved paths: {@code input | glob given | cwd | normalized | still a glob | static
 * directory | covers all}; a cwd of {@code -} is unknown, a static directory of {@code -} absent.
 */
class PathResolverTest {
  private static final PathContext CONTEXT =
      new PathContext("/home/dev/project", "/home/dev", "dev");
  private static final Optional<String> WORKSPACE = Optional.of(CONTEXT.workspace());

  private final PathResolver resolver = new PathResolver(CONTEXT);

  @ParameterizedTest(name = "{0} (glob {1}) from {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          /*          | true  | /w | /*                  | true  | /              | true
          /*/         | true  | /w | /*                  | true  | /              | true
          /u*         | true  | /w | /u*                 | true  | /              | false
          /usr/*      | true  | /w | /usr/*              | true  | /usr           | true
          /usr/*/bin  | true  | /w | /usr/*/bin          | true  | /usr           | false
          /*/*        | true  | /w | /*/*                | true  | /              | false
          ~/*         | true  | /w | /home/dev/*         | true  | /home/dev      | true
          ~/.*        | true  | /w | /home/dev/.*        | true  | /home/dev      | true
          ~/.ssh/id_* | true  | /w | /home/dev/.ssh/id_* | true  | /home/dev/.ssh | false
          *           | true  | /w | /w/*                | true  | /w             | true
          .*          | true  | /w | /w/.*               | true  | /w             | true
          ./*.log     | true  | /w | /w/*.log            | true  | /w             | false
          ../*        | true  | /w | /*                  | true  | /              | true
          *           | true  | -  | *                   | true  | -              | true
          src/*.c     | true  | -  | src/*.c             | true  | -              | false
          /usr/*/..   | true  | /w | /usr                | false | -              | false
          /usr/*      | false | /w | /usr/*              | false | -              | false
          /usr/bin    | true  | /w | /usr/bin            | false | -              | false
          /a[b        | true  | /w | /a[b                | false | -              | false
          """)
  void shapesGlobs(
      String input,
      boolean glob,
      String cwd,
      String normalized,
      boolean stillGlob,
      String staticDirectory,
      boolean coversAll) {
    Optional<String> dir = cwd.equals("-") ? Optional.empty() : Optional.of(cwd);

    ResolvedPath path = resolver.resolve(input, glob, dir);

    assertThat(path.text()).isEqualTo(input);
    assertThat(path.normalized()).isEqualTo(normalized);
    assertThat(path.absolute())
        .isEqualTo(
            dir.isPresent() || input.startsWith("/") ? Optional.of(normalized) : Optional.empty());
    assertThat(path.glob()).isEqualTo(stillGlob);
    assertThat(path.staticDirectory().orElse("-")).isEqualTo(staticDirectory);
    assertThat(path.coversAll()).isEqualTo(coversAll);
  }

  @ParameterizedTest(name = "{0} from {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ~-        | /w | .
          ~-/a/../b | /w | b
          ~+/x      | -  | x
          ../a      | -  | ../a
          a/../..   | -  | ..
          """)
  void keepsTheRelativeFormWhenTheBaseIsUnknown(String input, String cwd, String normalized) {
    Optional<String> dir = cwd.equals("-") ? Optional.empty() : Optional.of(cwd);

    ResolvedPath path = resolver.resolve(input, false, dir);

    assertThat(path.absolute()).isEmpty();
    assertThat(path.normalized()).isEqualTo(normalized);
  }

  @Test
  void aLiteralStarIsAnOrdinaryName() {
    ResolvedPath path = resolver.resolve("*", false, WORKSPACE);
    PathClassification judgment = new PathClassifier(CONTEXT).classify(path);

    assertThat(path.glob()).isFalse();
    assertThat(path.absolute()).contains("/home/dev/project/*");
    assertThat(judgment.classes()).containsExactly(PathClass.WORKSPACE);
  }

  @Test
  void anEmptyValueNamesNoFile() {
    ResolvedPath path = resolver.resolve("", true, WORKSPACE);

    assertThat(path.absolute()).isEmpty();
    assertThat(path.normalized()).isEmpty();
    assertThat(path.glob()).isFalse();
  }

  @Test
  void rejectsARelativeCwd() {
    assertThatThrownBy(() -> resolver.resolve("x", false, Optional.of("work")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("work");
  }

  @Test
  void recordRejectsInconsistentShapes() {
    assertThatThrownBy(
            () -> new ResolvedPath("x", Optional.of("/a"), "/b", false, Optional.empty(), false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new ResolvedPath("x", Optional.of("/x"), "/x", false, Optional.of("/"), false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new ResolvedPath("x", Optional.of("/x"), "/x", false, Optional.empty(), true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
