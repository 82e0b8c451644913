package dev.cmdguard.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.FindingCode;
import dev.cmdguard.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The truth table of layering and precedence (SPEC section 6, issue 4): which layer's value of a
 * key wins, for every layer and both states of project trust. Cells are YAML flow text; {@code -}
 * is an absent file; the flags column sets the profile.
 */
class LayeringTruthTableTest {
  @TempDir Path tmp;

  @ParameterizedTest(name = "[{index}] sys={0} user={1} proj={2} trusted={3} flag={4}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # system                | user                  | project              | trusted | flag     | key                  | value            | from
          -                         | -                       | -                      | false   | -        | profile              | medium           | built-in
          {profile: high}           | -                       | -                      | false   | -        | profile              | high             | system
          {profile: high}           | {profile: low}          | -                      | false   | -        | profile              | low              | user
          {profile: high}           | {profile: low}          | {profile: paranoid}    | false   | -        | profile              | paranoid         | project
          -                         | {profile: high}         | {profile: low}         | false   | -        | profile              | high             | user
          -                         | {profile: high}         | {profile: low}         | true    | -        | profile              | low              | project
          -                         | {profile: high}         | {profile: paranoid}    | true    | low      | profile              | low              | flags
          -                         | -                       | {profile: low}         | false   | -        | profile              | medium           | built-in
          -                         | {sandbox: {mode: never}}| {sandbox: {mode: auto}}| false   | -        | sandbox.mode         | auto             | project
          -                         | -                       | {sandbox: {mode: never}}| false  | -        | sandbox.mode         | auto             | built-in
          -                         | -                       | {sandbox: {mode: never}}| true   | -        | sandbox.mode         | never            | project
          -                         | -                       | {sandbox: {network: host}}| false | -       | sandbox.network      | none             | built-in
          {sandbox: {network: host}}| -                       | {sandbox: {network: none}}| false | -       | sandbox.network      | none             | project
          -                         | -                       | {sandbox: {writable: [/]}}| false | -       | sandbox.writable     | [.]              | built-in
          -                         | -                       | {sandbox: {writable: [/]}}| true  | -       | sandbox.writable     | [/]              | project
          -                         | -                       | {audit: {path: /dev/null}}| false | -       | audit.path           | default          | built-in
          -                         | -                       | {audit: {required: true}}| false  | -       | audit.required       | true             | project
          {audit: {required: true}} | -                       | {audit: {required: false}}| false | -       | audit.required       | true             | system
          {audit: {required: true}} | {audit: {required: false}}| -                    | false   | -        | audit.required       | false            | user
          -                         | -                       | {git: {block_force_push: true}}| false | - | git.block_force_push | true             | project
          -                         | -                       | {git: {protected_branches: [trunk]}}| false | - | git.protected_branches | [main, master, release/*, trunk] | project
          -                         | -                       | {git: {protected_branches: [trunk]}}| true | - | git.protected_branches | [trunk] | project
          -                         | {sql: {destructive_only: false}}| {sql: {destructive_only: true}}| false | - | sql.destructive_only | false | user
          -                         | -                       | {sql: {destructive_only: false}}| false | - | sql.destructive_only | false        | project
          -                         | -                       | {production: {raise: false}}| false | - | production.raise     | true             | built-in
          -                         | -                       | {cache: {size: 5}}     | false   | -        | cache.size           | 1000             | built-in
          {cache: {size: 5}}        | -                       | -                      | false   | -        | cache.size           | 5                | system
          """)
  void theWinningLayer(
      String system,
      String user,
      String project,
      boolean trusted,
      String flag,
      String key,
      String value,
      String from)
      throws Exception {
    Policy p = resolve(system, user, project, trusted, flag);
    Setting s = p.setting(PolicyKey.byPath(key).orElseThrow());
    String shown = s.value() instanceof Profile pr ? pr.label() : String.valueOf(s.value());
    assertThat(shown).isEqualTo(value);
    assertThat(s.source().layer().label()).isEqualTo(from);
  }

  @ParameterizedTest(name = "[{index}] user={0} proj={1} trusted={2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {severity: {DOTENV_FILE_READ: high}}     | {}                                   | false | high     | false
          {severity: {DOTENV_FILE_READ: high}}     | {severity: {DOTENV_FILE_READ: low}}  | false | high     | false
          {severity: {DOTENV_FILE_READ: high}}     | {severity: {DOTENV_FILE_READ: low}}  | true  | low      | false
          {}                                       | {severity: {GIT_BRANCH_DELETE: high}}| false | high     | true
          {}                                       | {severity: {DOTENV_FILE_READ: low}}  | false | -        | false
          """)
  void severityLayers(String user, String project, boolean trusted, String expected, boolean raise)
      throws Exception {
    Policy p = resolve(null, user, project, trusted, null);
    String code =
        (user + project).contains("GIT_BRANCH") ? "GIT_BRANCH_DELETE" : "DOTENV_FILE_READ";
    Optional<SeverityOverride> o = p.severity(FindingCode.valueOf(code));
    if (expected.equals("-")) {
      assertThat(o).isEmpty();
      assertThat(p.notices()).anyMatch(n -> n.contains("severity." + code));
    } else {
      assertThat(o).isPresent();
      assertThat(o.get().severity().label()).isEqualTo(expected);
      assertThat(o.get().raiseOnly()).isEqualTo(raise);
    }
  }

  @ParameterizedTest(name = "[{index}] {0} trusted={1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {rules: {allow: [rm *], ask: [docker *], deny: [npm publish]}} | false | ask docker *, deny npm publish
          {rules: {allow: [rm *], ask: [docker *], deny: [npm publish]}} | true  | allow rm *, ask docker *, deny npm publish
          """)
  void rulesOfEveryLayerApplyButAnUntrustedProjectCannotAllow(
      String project, boolean trusted, String expected) throws Exception {
    Policy p = resolve("{rules: {deny: [\"mkfs*\"]}}", null, project, trusted, null);
    List<String> rules =
        p.rules().stream().map(r -> r.action().label() + " " + r.pattern()).toList();
    assertThat(rules).first().isEqualTo("deny mkfs*");
    assertThat(String.join(", ", rules.subList(1, rules.size()))).isEqualTo(expected);
  }

  private Policy resolve(String system, String user, String project, boolean trusted, String flag)
      throws IOException, PolicyException {
    Path ws = Files.createDirectories(tmp.resolve("ws"));
    Path sys = write(tmp.resolve("system.yaml"), system);
    Path usr = write(tmp.resolve("user.yaml"), user);
    Path prj = write(ws.resolve(".cmdguard.yaml"), project);
    String hash = project == null ? "" : PolicyLoader.sha256(Files.readAllBytes(prj));
    List<Setting> flags =
        flag == null
            ? List.of()
            : List.of(
                Setting.of(PolicyKey.PROFILE, Profile.parse(flag), PolicySource.flag("--profile")));
    Policies policies =
        new Policies(
            new PolicyLocations(sys, usr, tmp.resolve("state")),
            PolicyLoader::load,
            f -> trusted && f.equals(prj) ? Optional.of(hash) : Optional.empty(),
            new PolicyLayer(Layer.FLAGS, "flags", "", flags, List.of()));
    return policies.resolve(ws.toString());
  }

  private static Path write(Path file, String yaml) throws IOException {
    Files.deleteIfExists(file);
    if (yaml != null) {
      Files.writeString(file, yaml + "\n");
    }
    return file;
  }
}
