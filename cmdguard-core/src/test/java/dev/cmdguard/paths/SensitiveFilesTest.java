package dev.cmdguard.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the lists consistent: the examples are what globs are judged against. */
class SensitiveFilesTest {
  private static final PathContext CONTEXT =
      new PathContext("/home/dev/project", "/home/dev", "dev");

  @Test
  void everyExampleIsASensitiveFile() {
    for (String example : SensitiveFiles.examples()) {
      assertThat(SensitiveFiles.kindsOf(placed(example), CONTEXT)).as(example).isNotEmpty();
    }
  }

  @Test
  void everyRuleHasAnExampleSoThatGlobsCanFindIt() {
    List<SensitiveFiles.Subject> examples =
        SensitiveFiles.examples().stream()
            .map(e -> SensitiveFiles.Subject.of(placed(e), CONTEXT))
            .toList();
    for (SensitiveFiles.Rule rule : SensitiveFiles.RULES) {
      assertThat(examples.stream().anyMatch(rule::applies)).as(rule.pattern().text()).isTrue();
    }
  }

  @Test
  void ignoresCaseAsMacOsDoes() {
    assertThat(SensitiveFiles.kindsOf("/w/.ENV.Local", CONTEXT)).containsExactly(FileKind.DOTENV);
    assertThat(SensitiveFiles.kindsOf("/home/dev/.SSH/ID_RSA", CONTEXT))
        .containsExactly(FileKind.PRIVATE_KEY);
  }

  @Test
  void appliesHomeRulesInEveryHome() {
    for (String home : List.of("/home/dev", "/root", "/home/bob", "/Users/alice")) {
      assertThat(SensitiveFiles.kindsOf(home + "/.aws/credentials", CONTEXT))
          .as(home)
          .containsExactly(FileKind.CREDENTIAL_FILE);
      assertThat(SensitiveFiles.kindsOf(home + "/.bashrc", CONTEXT))
          .as(home)
          .containsExactly(FileKind.SHELL_CONFIG);
    }
    assertThat(SensitiveFiles.kindsOf("/srv/app/.bashrc", CONTEXT)).isEmpty();
  }

  /** An example in the rules' notation as an absolute path of this context. */
  private static String placed(String example) {
    if (example.startsWith("~/")) {
      return CONTEXT.home() + example.substring(1);
    }
    return example.startsWith("/") ? example : CONTEXT.workspace() + "/" + example;
  }
}
