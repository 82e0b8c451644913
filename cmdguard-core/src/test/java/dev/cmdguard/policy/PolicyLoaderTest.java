package dev.cmdguard.policy;

import static dev.cmdguard.policy.PolicyFixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.Profile;
import dev.cmdguard.Risk;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Valid policies (SPEC section 6): one fixture per key under {@code policy/valid/keys/}, named by
 * the key's path, giving exactly one setting of the right Java type at the value's 1-based
 * position; the SPEC example in full; rules; empty files; and the accepted spellings of sizes,
 * durations and levels. Errors are in {@link PolicyLoaderProblemsTest}, files and limits in {@link
 * PolicyLoaderFileTest}.
 */
class PolicyLoaderTest {

  /** The one setting {@code valid/keys/<path>.yaml} gives. */
  record KeyRow(PolicyKey key, String code, Object value, int line, int column) {
    String fixture() {
      return "keys/" + key.path() + ".yaml";
    }

    @Override
    public String toString() {
      return fixture() + " → " + PolicyKey.show(value) + " @" + line + ":" + column;
    }
  }

  static final List<KeyRow> KEYS =
      List.of(
          new KeyRow(PolicyKey.PROFILE, "", Profile.HIGH, 2, 10),
          new KeyRow(PolicyKey.SEVERITY, "DOTENV_FILE_READ", Risk.HIGH, 2, 21),
          new KeyRow(PolicyKey.GIT_PROTECTED_BRANCHES, "", List.of("main", "release/*"), 3, 5),
          new KeyRow(PolicyKey.GIT_BLOCK_FORCE_PUSH, "", true, 2, 21),
          new KeyRow(PolicyKey.PRODUCTION_PATTERNS, "", List.of("prod", "staging-live"), 1, 25),
          new KeyRow(PolicyKey.PRODUCTION_RAISE, "", false, 2, 10),
          new KeyRow(PolicyKey.SQL_DESTRUCTIVE_ONLY, "", false, 2, 21),
          new KeyRow(PolicyKey.SANDBOX_MODE, "", "always", 2, 9),
          new KeyRow(PolicyKey.SANDBOX_RUNTIME, "", "podman", 2, 12),
          new KeyRow(PolicyKey.SANDBOX_NETWORK, "", "host", 2, 12),
          new KeyRow(PolicyKey.SANDBOX_WRITABLE, "", List.of(".", "/tmp/build"), 2, 13),
          new KeyRow(PolicyKey.SANDBOX_IMAGE, "", "debian:12", 2, 10),
          new KeyRow(PolicyKey.SANDBOX_SECCOMP, "", "off", 2, 12),
          new KeyRow(PolicyKey.SANDBOX_ENV, "", List.of("JAVA_TOOL_OPTIONS", "NPM_CONFIG_*"), 2, 8),
          new KeyRow(PolicyKey.AUDIT_PATH, "", "/var/log/cmdguard/audit.jsonl", 2, 9),
          new KeyRow(PolicyKey.AUDIT_REQUIRED, "", true, 2, 13),
          new KeyRow(PolicyKey.AUDIT_MAX_BYTES, "", 512L * 1024, 2, 14),
          new KeyRow(PolicyKey.AUDIT_MASK, "", List.of("ghp_[A-Za-z0-9]{36}"), 2, 9),
          new KeyRow(PolicyKey.CACHE_SIZE, "", 0L, 2, 9),
          new KeyRow(PolicyKey.CACHE_EXPIRY, "", Duration.ofSeconds(30), 2, 11),
          new KeyRow(PolicyKey.TRUST_TTL, "", Duration.ofHours(24), 2, 8));

  static List<KeyRow> keys() {
    return KEYS;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void eachKeyHasAValidFixture(KeyRow row) throws PolicyException {
    PolicyLayer layer = PolicyFixtures.valid(row.fixture());

    assertThat(layer.settings())
        .containsExactly(
            new Setting(
                row.key(),
                row.code(),
                row.value(),
                PolicySource.at(Layer.USER, row.fixture(), row.line(), row.column())));
    assertThat(layer.settings().get(0).value()).isInstanceOf(row.key().type().javaType());
    assertThat(layer.rules()).isEmpty();
  }

  @Test
  void theKeyTableCoversEveryKey() {
    assertThat(KEYS.stream().map(KeyRow::key).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(PolicyKey.class));
  }

  @Test
  void theSpecExampleLoadsWithEverySettingAndRuleWhereItWasWritten() throws PolicyException {
    PolicyLayer layer = PolicyFixtures.valid("full.yaml");

    assertThat(layer.layer()).isEqualTo(Layer.USER);
    assertThat(layer.file()).isEqualTo("full.yaml");
    assertThat(layer.settings().stream().map(PolicyFixtures::render))
        .containsExactly(
            "profile = medium @2:10",
            "severity.DOTENV_FILE_READ = high @8:21",
            "git.protected_branches = [main, master, release/*] @9:30",
            "git.block_force_push = true @9:75",
            "production.patterns = [prod, production, prd, live] @10:25",
            "production.raise = true @10:63",
            "sql.destructive_only = true @11:28",
            "sandbox.mode = auto @12:18",
            "sandbox.runtime = auto @12:33",
            "sandbox.network = none @12:48",
            "sandbox.writable = [.] @12:64",
            "sandbox.image = ubuntu:24.04 @13:19",
            "sandbox.seccomp = default @13:44",
            "audit.path = default @14:16",
            "audit.required = false @14:35");
    assertThat(layer.rules().stream().map(PolicyRule::describe))
        .containsExactly(
            "allow \"npm run build\" (user full.yaml:4:11)",
            "allow \"git push origin feature/*\" (user full.yaml:4:28)",
            "ask \"docker *\" (user full.yaml:5:11)",
            "deny \"git push * main\" (user full.yaml:6:11)",
            "deny \"kubectl * --context prod*\" (user full.yaml:6:30)");
  }

  @Test
  void rulesKeepTheirActionPatternAndPositionInFileOrder() throws PolicyException {
    PolicyLayer layer = PolicyFixtures.valid("rules.yaml");

    assertThat(layer.settings()).isEmpty();
    assertThat(layer.rules())
        .containsExactly(
            rule(PolicyRule.Action.DENY, "git push --force", 3, 7),
            rule(PolicyRule.Action.DENY, "rm -rf *", 4, 7),
            rule(PolicyRule.Action.ASK, "docker *", 5, 9),
            rule(PolicyRule.Action.ASK, "kubectl * --context prod*", 5, 21),
            rule(PolicyRule.Action.ALLOW, "npm run build", 7, 7));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"empty.yaml", "comments-only.yaml", "document-marker.yaml", "empty-sections.yaml"})
  void emptyFilesAndSectionsAreAValidEmptyLayer(String fixture) throws PolicyException {
    PolicyLayer layer = PolicyFixtures.valid(fixture);

    assertThat(layer.settings()).isEmpty();
    assertThat(layer.rules()).isEmpty();
    assertThat(layer.file()).isEqualTo(fixture);
  }

  @ParameterizedTest(name = "{0} → {1} bytes")
  @CsvSource(
      delimiter = '|',
      value = {
        "0          | 0",
        "1000       | 1000",
        "7B         | 7",
        "100KB      | 100000",
        "10MB       | 10000000",
        "2GB        | 2000000000",
        "512KiB     | 524288",
        "10MiB      | 10485760",
        "1GiB       | 1073741824",
        "5 MiB      | 5242880",
        "'\"10MiB\"' | 10485760"
      })
  void sizesAreBytesOrANumberWithAUnit(String written, long bytes) throws PolicyException {
    assertThat(only("audit:\n  max_bytes: " + written + "\n").value()).isEqualTo(bytes);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {"30s | PT30S", "10m | PT10M", "24h | PT24H", "7d | PT168H", "'\"90m\"' | PT1H30M"})
  void durationsAreANumberWithAUnit(String written, String iso) throws PolicyException {
    assertThat(only("cache:\n  expiry: " + written + "\n").value()).isEqualTo(Duration.parse(iso));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "profile: low             | profile = low @1:10",
        "profile: PARANOID        | profile = paranoid @1:10",
        "profile: 'High'          | profile = high @1:10",
        "severity: {PARSE_ERROR: Critical} | severity.PARSE_ERROR = critical @1:25",
        "git: {block_force_push: false}    | git.block_force_push = false @1:25",
        "sandbox: {image: 24.04}  | sandbox.image = 24.04 @1:18",
        "audit: {mask: []}        | audit.mask = [] @1:15"
      })
  void levelsIgnoreCaseAndScalarsKeepTheirText(String yaml, String expected)
      throws PolicyException {
    assertThat(render(only(yaml))).isEqualTo(expected);
  }

  @Test
  void theLayerFileAndHashAreThoseGiven() throws PolicyException {
    PolicyLayer layer =
        PolicyLoader.parse("profile: high\n", "/w/.cmdguard.yaml", Layer.PROJECT, "abc123");

    assertThat(layer.layer()).isEqualTo(Layer.PROJECT);
    assertThat(layer.file()).isEqualTo("/w/.cmdguard.yaml");
    assertThat(layer.sha256()).isEqualTo("abc123");
    assertThat(layer.settings().get(0).source().describe())
        .isEqualTo("project /w/.cmdguard.yaml:1:10");
  }

  @Test
  void everyFindingCodeThatIsNotLockedTakesASeverity() throws PolicyException {
    String yaml =
        Arrays.stream(dev.cmdguard.FindingCode.values())
            .filter(c -> !c.locked())
            .map(c -> "  " + c.name() + ": medium\n")
            .collect(Collectors.joining("", "severity:\n", ""));

    assertThat(PolicyFixtures.parse(yaml, "codes.yaml").settings())
        .hasSize(
            (int) Arrays.stream(dev.cmdguard.FindingCode.values()).filter(c -> !c.locked()).count())
        .allSatisfy(s -> assertThat(s.value()).isEqualTo(Risk.MEDIUM));
  }

  private static Setting only(String yaml) throws PolicyException {
    List<Setting> settings = PolicyFixtures.parse(yaml, "inline.yaml").settings();
    assertThat(settings).hasSize(1);
    return settings.get(0);
  }

  private static PolicyRule rule(PolicyRule.Action action, String pattern, int line, int column) {
    return new PolicyRule(action, pattern, PolicySource.at(Layer.USER, "rules.yaml", line, column));
  }
}
