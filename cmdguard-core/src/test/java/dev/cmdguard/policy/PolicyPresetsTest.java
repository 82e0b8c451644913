package dev.cmdguard.policy;

import static dev.cmdguard.policy.PolicyFixtures.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.cmdguard.FindingCode;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The presets of {@code cmdguard policy init --preset} (issue 4): each loads cleanly, sets what the
 * issue says, and documents every key with an example that is itself valid: uncommenting every
 * example gives a setting for every {@link PolicyKey} and a rule of every action.
 */
class PolicyPresetsTest {
  /** A commented-out {@code name: value} line directly under a section. */
  private static final Pattern EXAMPLE = Pattern.compile("^  # ([A-Za-z_]+): (.*)$");

  private static final Pattern SECTION = Pattern.compile("^([a-z_]+):.*$");

  static List<String> names() {
    return PolicyPresets.names();
  }

  @Test
  void thePresetsAreDevCiAndProd() {
    assertThat(PolicyPresets.names()).containsExactly("dev", "ci", "prod");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "dev  | profile = medium, sandbox.mode = auto",
        "ci   | profile = high, sandbox.mode = always",
        "prod | profile = paranoid, sandbox.mode = always, sandbox.network = none"
      })
  void eachPresetLoadsWithTheSettingsOfIssue4(String preset, String settings)
      throws PolicyException {
    PolicyLayer layer = PolicyFixtures.parse(PolicyPresets.text(preset), preset + ".yaml");

    assertThat(layer.settings().stream().map(s -> render(s).replaceAll(" @.*", "")))
        .containsExactlyElementsOf(Arrays.asList(settings.split(", ")));
    assertThat(layer.rules()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("names")
  void everyCommentedExampleIsValidAndEveryKeyHasOne(String preset) throws PolicyException {
    PolicyLayer layer =
        PolicyFixtures.parse(uncomment(PolicyPresets.text(preset)), preset + "-all.yaml");

    assertThat(layer.settings().stream().map(Setting::key).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(PolicyKey.class));
    assertThat(layer.rules().stream().map(PolicyRule::action).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(PolicyRule.Action.class));
    assertThat(layer.settings().stream().map(s -> render(s).replaceAll(" @.*", "")))
        .contains("git.block_force_push = false", "sandbox.writable = [.]", "trust.ttl = PT168H");
  }

  @ParameterizedTest
  @MethodSource("names")
  void eachPresetStartsWithItsNameAndEndsWithANewline(String preset) {
    String text = PolicyPresets.text(preset);

    assertThat(text).startsWith("# cmdguard policy, preset \"" + preset + "\"").endsWith("\n");
    assertThat(text).contains("cmdguard policy init --preset " + preset, "docs/policy.md");
  }

  @Test
  void anUnknownPresetNamesTheKnownOnes() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PolicyPresets.text("staging"))
        .withMessage("unknown preset 'staging' (expected dev, ci, prod)");
  }

  /**
   * The text with every commented example under a section turned into a setting: {@code # size:
   * 1000} under {@code cache:} becomes {@code size: 1000} when {@code size} is a key there (or a
   * rules action, or a finding code under {@code severity}).
   */
  private static String uncomment(String text) {
    StringBuilder out = new StringBuilder();
    String section = "";
    for (String line : text.split("\n", -1)) {
      Matcher s = SECTION.matcher(line);
      Matcher e = EXAMPLE.matcher(line);
      if (s.matches()) {
        section = s.group(1);
      } else if (e.matches() && isKey(section, e.group(1))) {
        line = "  " + e.group(1) + ": " + e.group(2);
      }
      out.append(line).append('\n');
    }
    return out.toString();
  }

  private static boolean isKey(String section, String name) {
    return switch (section) {
      case "rules" -> List.of("allow", "ask", "deny").contains(name);
      case "severity" -> Arrays.stream(FindingCode.values()).anyMatch(c -> c.name().equals(name));
      default -> LayerWalker.children(section).contains(name);
    };
  }
}
