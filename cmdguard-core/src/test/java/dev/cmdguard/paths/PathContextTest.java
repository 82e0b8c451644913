package dev.cmdguard.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathContextTest {

  @Test
  void storesNormalizedDirectories() {
    PathContext context =
        new PathContext("/home/dev/project/", "//home/dev/.", "dev", List.of("/tmp/", "/tmp"));

    assertThat(context.workspace()).isEqualTo("/home/dev/project");
    assertThat(context.home()).isEqualTo("/home/dev");
    assertThat(context.tempDirectories()).containsExactly("/tmp");
  }

  @Test
  void defaultsToTheUsualTempDirectories() {
    PathContext context = new PathContext("/w", "/home/dev", "dev");

    assertThat(context.tempDirectories()).isEqualTo(PathContext.DEFAULT_TEMP_DIRECTORIES);
  }

  @Test
  void rejectsRelativeDirectoriesNamingThem() {
    assertThatThrownBy(() -> new PathContext("project", "/home/dev", "dev"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("workspace")
        .hasMessageContaining("project");
    assertThatThrownBy(() -> new PathContext("/w", "~", "dev"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("home");
    assertThatThrownBy(() -> new PathContext("/w", "/home/dev", "dev", List.of("tmp")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tmp");
  }
}
