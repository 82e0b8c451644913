package dev.cmdguard.cli.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sandbox's environment: an allowlist, secret-like names only when the policy names them. */
class SandboxEnvironmentTest {
  private static final List<String> POLICY = List.of("NPM_CONFIG_*", "MY_API_TOKEN", "APP_*");

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          PATH                   | true
          HOME                   | true
          LANG                   | true
          LC_ALL                 | true
          LC_CTYPE               | true
          TERM                   | true
          JAVA_HOME              | true
          NPM_CONFIG_REGISTRY    | true
          MY_API_TOKEN           | true
          APP_MODE               | true
          GITHUB_TOKEN           | false
          AWS_SECRET_ACCESS_KEY  | false
          AWS_PROFILE            | false
          OPENAI_API_KEY         | false
          ANTHROPIC_API_KEY      | false
          DATABASE_URL           | false
          PGPASSWORD             | false
          MYSQL_PWD              | false
          SSH_AUTH_SOCK          | false
          DOCKER_HOST            | false
          XDG_RUNTIME_DIR        | false
          DBUS_SESSION_BUS_ADDRESS | false
          NPM_CONFIG__AUTH       | false
          APP_SECRET             | false
          APP_PRIVATE_KEY        | false
          OTHER_TOKEN            | false
          LD_PRELOAD             | false
          BASH_ENV               | false
          OLDPWD                 | false
          SHLVL                  | false
          """)
  void passes(String name, boolean expected) {
    assertThat(SandboxEnvironment.passes(name, POLICY)).isEqualTo(expected);
  }

  @Test
  void noAllowedNameLooksSecret() {
    assertThat(SandboxEnvironment.ALLOWED).noneMatch(SandboxEnvironment::secretLike);
  }

  @Test
  void pwdIsTheWorkingDirectoryAndTmpdirThePrivateTmp() {
    Map<String, String> env =
        SandboxEnvironment.of(
            Map.of(
                "PATH", "/usr/bin:/bin",
                "PWD", "/elsewhere",
                "TMPDIR", "/var/tmp/me",
                "GITHUB_TOKEN", "ghp_x",
                "HOME", "/home/dev"),
            List.of(),
            Path.of("/home/dev/project"));

    assertThat(env)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "PATH", "/usr/bin:/bin",
                "HOME", "/home/dev",
                "PWD", "/home/dev/project",
                "TMPDIR", "/tmp"));
  }
}
