package dev.cmdguard.policy;

import dev.cmdguard.FindingCode;
import dev.cmdguard.Profile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The effective policy for one workspace (SPEC section 6): every key's value with the layer that
 * set it, the allow/ask/deny rules of every layer, the severity overrides, and the notices about
 * project settings that were ignored because the project file is not trusted. Immutable; built by
 * {@link Policies}.
 */
public final class Policy {
  private static final Policy DEFAULTS =
      new Policy(defaultSettings(), List.of(), Map.of(), List.of(), List.of());

  private final Map<PolicyKey, Setting> settings;
  private final List<PolicyRule> rules;
  private final Map<FindingCode, SeverityOverride> severity;
  private final List<String> notices;
  private final List<String> files;
  private volatile String fingerprint;

  Policy(
      Map<PolicyKey, Setting> settings,
      List<PolicyRule> rules,
      Map<FindingCode, SeverityOverride> severity,
      List<String> notices,
      List<String> files) {
    EnumMap<PolicyKey, Setting> copy = new EnumMap<>(PolicyKey.class);
    copy.putAll(settings);
    this.settings = copy;
    this.rules = List.copyOf(rules);
    EnumMap<FindingCode, SeverityOverride> sev = new EnumMap<>(FindingCode.class);
    sev.putAll(severity);
    this.severity = sev;
    this.notices = List.copyOf(notices);
    this.files = List.copyOf(files);
  }

  /** The built-in policy: every key at its default, no rules, no overrides. */
  public static Policy defaults() {
    return DEFAULTS;
  }

  /** The effective setting of {@code key} (never {@link PolicyKey#SEVERITY}). */
  public Setting setting(PolicyKey key) {
    if (key == PolicyKey.SEVERITY) {
      throw new IllegalArgumentException("severity has one setting per code: use severity()");
    }
    return settings.get(key);
  }

  /** Every effective setting except severity, in {@link PolicyKey} order. */
  public List<Setting> settings() {
    return List.copyOf(settings.values());
  }

  /** The profile, when no request or flag names one. */
  public Profile profile() {
    return (Profile) value(PolicyKey.PROFILE);
  }

  /** A boolean setting. */
  public boolean flag(PolicyKey key) {
    return (Boolean) value(key);
  }

  /** A string or choice setting. */
  public String text(PolicyKey key) {
    return (String) value(key);
  }

  /** A list setting. */
  @SuppressWarnings("unchecked")
  public List<String> list(PolicyKey key) {
    return (List<String>) value(key);
  }

  /** A size setting, in bytes or entries. */
  public long size(PolicyKey key) {
    return (Long) value(key);
  }

  /** A duration setting. */
  public Duration duration(PolicyKey key) {
    return (Duration) value(key);
  }

  /** Every allow/ask/deny rule of every layer, weakest layer first. */
  public List<PolicyRule> rules() {
    return rules;
  }

  /** The override for {@code code}, if a layer set one. */
  public Optional<SeverityOverride> severity(FindingCode code) {
    return Optional.ofNullable(severity.get(code));
  }

  /** Every severity override, by code. */
  public List<SeverityOverride> severityOverrides() {
    return List.copyOf(severity.values());
  }

  /** What was ignored and why (an untrusted project trying to loosen), for humans. */
  public List<String> notices() {
    return notices;
  }

  /** This policy with more notices. */
  Policy withNotices(List<String> more) {
    List<String> all = new java.util.ArrayList<>(notices);
    all.addAll(more);
    return new Policy(settings, rules, severity, all, files);
  }

  /** The policy files in force, each as {@code layer path} with its trust state for projects. */
  public List<String> files() {
    return files;
  }

  /**
   * A SHA-256 over every effective value, rule and override (not their sources): equal fingerprints
   * judge every command alike. Used in cache keys (SPEC section 7).
   */
  public String fingerprint() {
    // Computed at the first use (the decision cache's key): a one-shot hook call has no cache, and
    // the first SHA-256 of a process sets up the JDK's security providers, about 15 ms.
    String f = fingerprint;
    if (f == null) {
      f = digest();
      fingerprint = f;
    }
    return f;
  }

  private Object value(PolicyKey key) {
    return setting(key).value();
  }

  private String digest() {
    StringBuilder text = new StringBuilder();
    settings
        .values()
        .forEach(s -> text.append(s.path()).append('=').append(s.value()).append('\n'));
    rules.forEach(r -> text.append(r.action()).append(' ').append(r.pattern()).append('\n'));
    severity
        .values()
        .forEach(
            o ->
                text.append(o.code())
                    .append(o.raiseOnly() ? ">=" : "=")
                    .append(o.severity())
                    .append('\n'));
    return PolicyLoader.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static Map<PolicyKey, Setting> defaultSettings() {
    EnumMap<PolicyKey, Setting> map = new EnumMap<>(PolicyKey.class);
    for (PolicyKey k : PolicyKey.values()) {
      if (k != PolicyKey.SEVERITY) {
        map.put(k, Setting.of(k, k.defaultValue(), PolicySource.builtIn()));
      }
    }
    return map;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Policy p && p.fingerprint().equals(fingerprint()) && p.files.equals(files);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fingerprint(), files);
  }
}
