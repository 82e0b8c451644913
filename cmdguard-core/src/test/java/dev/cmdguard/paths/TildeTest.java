package dev.cmdguard.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tilde expansion (bash manual, "Tilde Expansion"); {@code -} is an unknown cwd or result. */
class TildeTest {
  private static final PathContext CONTEXT =
      new PathContext("/home/dev/project", "/home/dev", "dev");

  @ParameterizedTest(name = "{0} from {1} = {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ~               | /work  | /home/dev
          ~/              | /work  | /home/dev/
          ~/x/y           | /work  | /home/dev/x/y
          ~dev            | /work  | /home/dev
          ~dev/.ssh       | /work  | /home/dev/.ssh
          ~root           | /work  | /root
          ~root/.bashrc   | /work  | /root/.bashrc
          ~bob            | /work  | /home/bob
          ~bob/x          | /work  | /home/bob/x
          ~svc-user.1     | /work  | /home/svc-user.1
          ~+              | /work  | /work
          ~+/src          | /work  | /work/src
          ~+0             | /work  | /work
          ~0              | /work  | /work
          ~+              | -      | -
          ~-              | /work  | -
          ~-/x            | /work  | -
          ~2              | /work  | -
          ~-1             | /work  | -
          ~*              | /work  | ~*
          ~$USER          | /work  | ~$USER
          ~bo b           | /work  | ~bo b
          x~              | /work  | x~
          /a/~            | /work  | /a/~
          relative/path   | /work  | relative/path
          """)
  void expandsTheLeadingTilde(String word, String cwd, String expected) {
    Optional<String> dir = cwd.equals("-") ? Optional.empty() : Optional.of(cwd);

    assertThat(Tilde.expand(word, CONTEXT, dir).orElse("-")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} with home {1} = {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ~        | /root | root | /root
          ~root    | /root | root | /root
          ~/x      | /     | x    | /x
          ~        | /     | x    | /
          """)
  void expandsWithAnyHome(String word, String home, String user, String expected) {
    assertThat(Tilde.expand(word, home, user, Optional.empty())).contains(expected);
  }
}
