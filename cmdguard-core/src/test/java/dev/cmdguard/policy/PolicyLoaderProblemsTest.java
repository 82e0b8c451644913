package dev.cmdguard.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invalid policies (SPEC section 6, issue 4): each fixture under {@code policy/invalid/} and the
 * exact {@link PolicyProblem#describe()} lines it gives, in file order. Every kind of error has a
 * fixture, and every key has one with a wrong type ({@code wrong-type/<path>.yaml}).
 */
class PolicyLoaderProblemsTest {
  private static final String KNOWN_TOP =
      "known keys: profile, rules, severity, git, production, sql, sandbox, audit, cache, trust";
  private static final String LIST_HINT = "write [a, b] or one '- item' per line";
  private static final String BOOL_HINT = "write true or false, lower-case and without quotes";
  private static final String SIZE = "expected a size such as 1000, 512KiB or 10MiB";
  private static final String SIZE_UNITS = "units: B, KB, MB, GB, KiB, MiB, GiB";
  private static final String DURATION = "expected a duration such as 30s, 10m, 24h or 7d";
  private static final String EMPTY = "write the command's first words, such as 'git push'";
  private static final String STARS =
      "'*' stands for one token, and a pattern already matches whatever follows its last token";
  private static final String ALIASES =
      "write the values out; aliases are limited so that a small file cannot expand into a huge"
          + " one";

  record Row(String fixture, List<String> problems) {
    Row(String fixture, String... problems) {
      this(fixture, List.of(problems));
    }

    @Override
    public String toString() {
      return fixture;
    }
  }

  static final List<Row> ROWS =
      List.of(
          // unknown keys: did you mean, a common prefix, or the known keys
          new Row(
              "unknown-key.yaml",
              "1:1: profil: unknown key 'profil' (did you mean 'profile'?)",
              "3:3: git.protected_branchs: unknown key 'protected_branchs'"
                  + " (did you mean 'protected_branches'?)",
              "4:1: colour: unknown key 'colour' (" + KNOWN_TOP + ")",
              "6:3: rules.block: unknown key 'block' (known keys: allow, ask, deny)",
              "7:12: sandbox.net: unknown key 'net' (did you mean 'network'?)"),
          new Row(
              "dotted-key.yaml",
              "1:1: git.block_force_push: unknown key 'git.block_force_push'"
                  + " (nest it: git: { block_force_push: … })"),
          new Row(
              "duplicate-key.yaml",
              "5:3: git.block_force_push: duplicate key 'block_force_push' (first at 4:3)",
              "6:1: profile: duplicate key 'profile' (first at 2:1)",
              "7:35: severity.GIT_FORCE_PUSH: duplicate key 'GIT_FORCE_PUSH' (first at 7:13)"),
          // values
          new Row(
              "bad-choice.yaml",
              "1:10: profile: expected one of low, medium, high, paranoid, got 'strict'",
              "3:9: sandbox.mode: expected one of never, auto, always, got 'sometimes'",
              "4:12: sandbox.network: expected one of host, none, got 'Host'"
                  + " (did you mean 'host'?)",
              "5:12: sandbox.runtime: expected one of auto, bubblewrap, docker, podman,"
                  + " got 'bubblewrapp' (did you mean 'bubblewrap'?)"),
          new Row(
              "bad-risk.yaml",
              "2:19: severity.GIT_FORCE_PUSH: expected one of low, medium, high, critical,"
                  + " got 'extreme'",
              "3:20: severity.DESTRUCTIVE_SQL: expected one of low, medium, high, critical,"
                  + " got 'hihg' (did you mean 'high'?)"),
          new Row(
              "unknown-code.yaml",
              "2:3: severity.DOTENV_FILE_REED: unknown finding code 'DOTENV_FILE_REED'"
                  + " (did you mean 'DOTENV_FILE_READ'?)",
              "3:3: severity.dotenv_file_read: unknown finding code 'dotenv_file_read'"
                  + " (did you mean 'DOTENV_FILE_READ'?)",
              "4:3: severity.NOT_A_CODE: unknown finding code 'NOT_A_CODE'"
                  + " (the codes are listed in docs/rules/)"),
          new Row(
              "locked-code.yaml",
              "2:3: severity.DISK_WIPE: DISK_WIPE is locked at critical and cannot be overridden"
                  + " (remove this entry)",
              "3:3: severity.FORK_BOMB: FORK_BOMB is locked at critical and cannot be overridden"
                  + " (remove this entry)"),
          new Row(
              "bad-pattern.yaml",
              "3:7: rules.deny[0]: empty pattern (" + EMPTY + ")",
              "4:7: rules.deny[1]: empty pattern (" + EMPTY + ")",
              "5:7: rules.deny[2]: '**' is not a pattern token (" + STARS + ")",
              "6:7: rules.deny[3]: pattern contains the control character U+0009"
                  + " (write the command on one line, its words separated by spaces)",
              "7:7: rules.deny[4]: expected a string, got a list (write a single value)",
              "9:7: rules.ask[0]: '**' is not a pattern token (" + STARS + ")",
              "10:7: rules.ask[1]: pattern is longer than 1000 characters"),
          new Row(
              "bad-size.yaml",
              "2:14: audit.max_bytes: " + SIZE + ", got '10 parsecs' (" + SIZE_UNITS + ")",
              "4:9: cache.size: must not be negative, got '-5'"),
          new Row(
              "bad-duration.yaml",
              "2:11: cache.expiry: " + DURATION + ", got '10' (add a unit: s, m, h or d)",
              "4:8: trust.ttl: the duration must be longer than zero, got '0s'"),
          new Row(
              "negative.yaml",
              "2:9: cache.size: must not be negative, got '-1'",
              "3:11: cache.expiry: must not be negative, got '-5m'"),
          new Row(
              "too-large.yaml",
              "2:14: audit.max_bytes: size '99999999999GiB' is too large",
              "4:9: cache.size: size '99999999999999999999' is too large",
              "6:8: trust.ttl: duration '999999999999999999d' is too long"),
          new Row(
              "env-variable.yaml",
              "2:9: audit.path: expected a string, got '${AUDIT_DIR}'"
                  + " (environment variables are not expanded in a policy)"),
          new Row(
              "unsupported-tag.yaml",
              "2:10: sandbox.image: unsupported YAML tag '!!binary' (remove the tag)"),
          new Row("non-scalar-key.yaml", "1:3: a key must be a name, got a list"),
          // the document
          new Row(
              "unclosed-flow.yaml",
              "3:1: YAML syntax error: expected ',' or ']', but got <scalar>"
                  + " (while parsing a flow sequence at 2:9)"),
          new Row(
              "bad-indent.yaml",
              "3:5: YAML syntax error: expected <block end>, but found '<block mapping start>'"
                  + " (while parsing a block mapping at 2:3)"),
          new Row(
              "control-character.yaml",
              "3:13: the file contains the character U+0001, which YAML does not allow"
                  + " (write it as an escape inside double quotes, such as \"\\t\")"),
          new Row(
              "two-documents.yaml",
              "2:1: a policy file holds one YAML document, found a second one"
                  + " (remove the second '---' and what follows it)"),
          new Row(
              "top-level-list.yaml",
              "1:1: a policy must be a mapping of keys, got a list"
                  + " (start with a key, such as 'profile: medium')"),
          new Row(
              "top-level-scalar.yaml",
              "1:1: a policy must be a mapping of keys, got a string"
                  + " (start with a key, such as 'profile: medium')"),
          new Row(
              "alias-limit.yaml",
              "13:6: more than 10 aliases to lists or mappings (" + ALIASES + ")"),
          new Row(
              "recursive-alias.yaml",
              "2:23: alias '*g' refers to the list or mapping that contains it"
                  + " (write the values out)"),
          new Row(
              "too-deep.yaml",
              "2:39: lists and mappings nested deeper than 32 levels"
                  + " (a policy needs at most three levels)"),
          // every problem in a file is reported, in file order
          new Row(
              "many-problems.yaml",
              "1:10: profile: expected one of low, medium, high, paranoid, got 'hihg'"
                  + " (did you mean 'high'?)",
              "3:10: rules.deny[0]: empty pattern (" + EMPTY + ")",
              "5:3: severity.DISK_WIPE: DISK_WIPE is locked at critical and cannot be overridden"
                  + " (remove this entry)",
              "7:21: git.block_force_push: expected true or false, got 'maybe' ("
                  + BOOL_HINT
                  + ")"),
          // one wrong type per key, and for the sections
          new Row(
              "wrong-type/profile.yaml",
              "1:10: profile: expected one of low, medium, high, paranoid, got a list"
                  + " (write a single value)"),
          new Row(
              "wrong-type/severity.yaml",
              "2:21: severity.DOTENV_FILE_READ: expected one of low, medium, high, critical,"
                  + " got a list (write a single value)"),
          new Row(
              "wrong-type/git.protected_branches.yaml",
              "2:23: git.protected_branches: expected a list of strings, got a string"
                  + " (write [main] for a list of one)"),
          new Row(
              "wrong-type/git.block_force_push.yaml",
              "2:21: git.block_force_push: expected true or false, got 'true' (" + BOOL_HINT + ")"),
          new Row(
              "wrong-type/production.patterns.yaml",
              "2:13: production.patterns: expected a list of strings, got a mapping ("
                  + LIST_HINT
                  + ")"),
          new Row(
              "wrong-type/production.raise.yaml",
              "2:10: production.raise: expected true or false, got 'yes' (" + BOOL_HINT + ")"),
          new Row(
              "wrong-type/sql.destructive_only.yaml",
              "2:21: sql.destructive_only: expected true or false, got '1' (" + BOOL_HINT + ")"),
          new Row(
              "wrong-type/sandbox.mode.yaml",
              "2:8: sandbox.mode: expected one of never, auto, always, got an empty value"),
          new Row(
              "wrong-type/sandbox.runtime.yaml",
              "2:12: sandbox.runtime: expected one of auto, bubblewrap, docker, podman,"
                  + " got a mapping (write a single value)"),
          new Row(
              "wrong-type/sandbox.network.yaml",
              "2:12: sandbox.network: expected one of host, none, got 'false'"),
          new Row(
              "wrong-type/sandbox.writable.yaml",
              "2:13: sandbox.writable: expected a list of strings, got a string"
                  + " (write [.] for a list of one)"),
          new Row(
              "wrong-type/sandbox.image.yaml",
              "2:10: sandbox.image: expected a string, got a list (write a single value)"),
          new Row(
              "wrong-type/sandbox.seccomp.yaml",
              "2:12: sandbox.seccomp: expected one of off, default, got '0'"),
          new Row(
              "wrong-type/sandbox.env.yaml",
              "2:8: sandbox.env: expected a list of strings, got a string"
                  + " (write [JAVA_TOOL_OPTIONS] for a list of one)"),
          new Row("wrong-type/audit.path.yaml", "2:9: audit.path: expected a non-empty string"),
          new Row(
              "wrong-type/audit.required.yaml",
              "2:13: audit.required: expected true or false, got 'True' (" + BOOL_HINT + ")"),
          new Row(
              "wrong-type/audit.max_bytes.yaml",
              "2:14: audit.max_bytes: " + SIZE + ", got '1.5MiB' (" + SIZE_UNITS + ")"),
          new Row(
              "wrong-type/audit.mask.yaml",
              "2:17: audit.mask[1]: expected a string, got a mapping (write a single value)"),
          new Row(
              "wrong-type/cache.size.yaml",
              "2:9: cache.size: " + SIZE + ", got 'many' (" + SIZE_UNITS + ")"),
          new Row(
              "wrong-type/cache.expiry.yaml",
              "2:11: cache.expiry: " + DURATION + ", got '600' (add a unit: s, m, h or d)"),
          new Row(
              "wrong-type/trust.ttl.yaml",
              "2:8: trust.ttl: " + DURATION + ", got a list (write a single value)"),
          new Row(
              "wrong-type/rules.yaml",
              "1:8: rules: expected a mapping, got a list"
                  + " (write rules: { deny: [\"git push --force\"] })"),
          new Row(
              "wrong-type/rules.deny.yaml",
              "2:9: rules.deny: expected a list of strings, got a string"
                  + " (write [\"rm -rf\"] for a list of one)"),
          new Row(
              "wrong-type/section.yaml",
              "1:6: git: expected a mapping, got a boolean"
                  + " (keys under git: protected_branches, block_force_push)"));

  static List<Row> rows() {
    return ROWS;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void eachInvalidFixtureGivesExactlyTheseProblems(Row row) {
    PolicyException e =
        catchThrowableOfType(PolicyException.class, () -> PolicyFixtures.invalid(row.fixture()));

    assertThat(e).as("a PolicyException for " + row.fixture()).isNotNull();
    assertThat(e.problems().stream().map(PolicyProblem::describe))
        .containsExactlyElementsOf(
            row.problems().stream().map(p -> row.fixture() + ":" + p).toList());
    assertThat(e.getMessage())
        .isEqualTo(String.join("\n", e.problems().stream().map(PolicyProblem::describe).toList()));
  }

  @Test
  void everyKeyHasAWrongTypeFixture() {
    List<String> fixtures = ROWS.stream().map(Row::fixture).toList();

    assertThat(fixtures)
        .containsAll(
            Arrays.stream(PolicyKey.values())
                .map(k -> "wrong-type/" + k.path() + ".yaml")
                .toList());
  }

  @Test
  void aProblemCarriesItsPartsSeparately() {
    PolicyException e =
        catchThrowableOfType(
            PolicyException.class, () -> PolicyFixtures.invalid("unknown-key.yaml"));

    assertThat(e.problems().get(1))
        .isEqualTo(
            new PolicyProblem(
                "unknown-key.yaml",
                3,
                3,
                "git.protected_branchs",
                "unknown key 'protected_branchs'",
                "did you mean 'protected_branches'?"));
  }
}
