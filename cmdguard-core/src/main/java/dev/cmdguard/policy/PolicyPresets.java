package dev.cmdguard.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The commented policies {@code cmdguard policy init --preset NAME} writes (issue 4): {@code dev}
 * (profile medium, sandbox auto), {@code ci} (profile high, sandbox always) and {@code prod}
 * (profile paranoid, sandbox always, no network). Each explains every key with its values and
 * default, and loads cleanly through {@link PolicyLoader}.
 */
public final class PolicyPresets {
  private static final List<String> NAMES = List.of("dev", "ci", "prod");

  private PolicyPresets() {}

  /** The preset names, in the order they are offered: {@code dev}, {@code ci}, {@code prod}. */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * The YAML text of a preset.
   *
   * @param preset one of {@link #names()}
   * @return the commented policy, UTF-8 text ending in a newline
   * @throws IllegalArgumentException naming the presets when {@code preset} is none of them
   */
  public static String text(String preset) {
    if (!NAMES.contains(preset)) {
      throw new IllegalArgumentException(
          "unknown preset '" + preset + "' (expected " + String.join(", ", NAMES) + ")");
    }
    String resource = "presets/" + preset + ".yaml";
    try (InputStream in = PolicyPresets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("preset resource missing: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read preset " + resource, e);
    }
  }
}
