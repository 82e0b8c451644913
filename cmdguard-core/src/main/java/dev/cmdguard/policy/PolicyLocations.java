package dev.cmdguard.policy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where cmdguard's own files live (SPEC sections 6 and 7). The defaults follow the XDG base
 * directory specification; each can be moved by an environment variable, for tests and containers.
 *
 * <pre>
 * system policy   CMDGUARD_SYSTEM_POLICY  /etc/cmdguard/policy.yaml
 * user policy     CMDGUARD_USER_POLICY    $XDG_CONFIG_HOME/cmdguard/policy.yaml (~/.config/…)
 * state directory CMDGUARD_STATE_DIR      $XDG_STATE_HOME/cmdguard (~/.local/state/cmdguard)
 *   trust.json             the trust store (remembered approvals)
 *   trusted-policies.json  SHA-256 of the project policy files the user trusted
 *   audit.jsonl            the audit log (unless audit.path says otherwise)
 * </pre>
 *
 * @param systemPolicy the system layer's file
 * @param userPolicy the user layer's file
 * @param stateDirectory the directory of the trust store, trusted policies and audit log
 */
public record PolicyLocations(Path systemPolicy, Path userPolicy, Path stateDirectory) {
  /** The project layer's file name, looked up in the workspace root and then its ancestors. */
  public static final String PROJECT_FILE = ".cmdguard.yaml";

  public PolicyLocations {
    Objects.requireNonNull(systemPolicy, "systemPolicy");
    Objects.requireNonNull(userPolicy, "userPolicy");
    Objects.requireNonNull(stateDirectory, "stateDirectory");
  }

  /**
   * The locations for an environment.
   *
   * @param env environment variables ({@code CMDGUARD_*}, {@code XDG_CONFIG_HOME}, {@code
   *     XDG_STATE_HOME}); empty values count as unset, as the XDG specification says
   * @param home the user's home directory, used when the XDG variables are unset
   */
  public static PolicyLocations fromEnvironment(Map<String, String> env, Path home) {
    Path config = dir(env, "XDG_CONFIG_HOME", home.resolve(".config"));
    Path state = dir(env, "XDG_STATE_HOME", home.resolve(".local/state"));
    return new PolicyLocations(
        dir(env, "CMDGUARD_SYSTEM_POLICY", Path.of("/etc/cmdguard/policy.yaml")),
        dir(env, "CMDGUARD_USER_POLICY", config.resolve("cmdguard/policy.yaml")),
        dir(env, "CMDGUARD_STATE_DIR", state.resolve("cmdguard")));
  }

  /** The trust store. */
  public Path trustStore() {
    return stateDirectory.resolve("trust.json");
  }

  /** The record of trusted project policy files. */
  public Path trustedPolicies() {
    return stateDirectory.resolve("trusted-policies.json");
  }

  /** The default audit log. */
  public Path auditLog() {
    return stateDirectory.resolve("audit.jsonl");
  }

  private static Path dir(Map<String, String> env, String name, Path fallback) {
    String v = env.get(name);
    return v == null || v.isEmpty() || !v.startsWith("/") ? fallback : Path.of(v);
  }
}
