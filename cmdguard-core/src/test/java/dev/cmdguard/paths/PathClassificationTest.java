package dev.cmdguard.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PathClassificationTest {

  @Test
  void answersQuestionsAboutItsClassesAndKinds() {
    PathClassification judgment =
        new PathClassification(
            Set.of(PathClass.SECRET_FILE, PathClass.INSIDE_HOME), Set.of(FileKind.PRIVATE_KEY));

    assertThat(judgment.has(PathClass.INSIDE_HOME)).isTrue();
    assertThat(judgment.has(PathClass.HOME)).isFalse();
    assertThat(judgment.has(FileKind.PRIVATE_KEY)).isTrue();
    assertThat(judgment.has(FileKind.DOTENV)).isFalse();
    assertThat(judgment.isSecret()).isTrue();
    assertThat(judgment.classes()).containsExactly(PathClass.INSIDE_HOME, PathClass.SECRET_FILE);
  }

  @Test
  void isImmutable() {
    PathClassification judgment = new PathClassification(Set.of(PathClass.OTHER), Set.of());

    assertThatThrownBy(() -> judgment.classes().add(PathClass.ROOT))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> judgment.kinds().add(FileKind.DOTENV))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void requiresAClass() {
    assertThatThrownBy(() -> new PathClassification(Set.of(), Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void requiresSecretFileExactlyForSecretKinds() {
    assertThatThrownBy(
            () -> new PathClassification(Set.of(PathClass.WORKSPACE), Set.of(FileKind.DOTENV)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new PathClassification(
                    Set.of(PathClass.WORKSPACE, PathClass.SECRET_FILE),
                    Set.of(FileKind.SHELL_CONFIG)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            new PathClassification(Set.of(PathClass.WORKSPACE), Set.of(FileKind.SHELL_CONFIG))
                .isSecret())
        .isFalse();
  }

  @Test
  void knowsWhichKindsAreSecrets() {
    assertThat(FileKind.DOTENV.isSecret()).isTrue();
    assertThat(FileKind.PRIVATE_KEY.isSecret()).isTrue();
    assertThat(FileKind.CREDENTIAL_FILE.isSecret()).isTrue();
    assertThat(FileKind.SHELL_CONFIG.isSecret()).isFalse();
    assertThat(FileKind.SYSTEM_CRITICAL_FILE.isSecret()).isFalse();
  }
}
