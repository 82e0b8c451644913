package dev.cmdguard.policy;

import java.util.List;
import java.util.Objects;

/**
 * One layer as written: the settings and rules a policy file (or the flags, or the built-in
 * defaults) gives, in file order. Absent keys are simply not in {@code settings}.
 *
 * @param layer which layer
 * @param file the file's path, the flags' description, or empty for the built-in layer
 * @param sha256 lower-case hex SHA-256 of the file's bytes, or empty when not from a file
 * @param settings every setting except rules, in file order
 * @param rules every allow/ask/deny rule, in file order
 */
public record PolicyLayer(
    Layer layer, String file, String sha256, List<Setting> settings, List<PolicyRule> rules) {
  public PolicyLayer {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sha256, "sha256");
    settings = List.copyOf(settings);
    rules = List.copyOf(rules);
  }
}
