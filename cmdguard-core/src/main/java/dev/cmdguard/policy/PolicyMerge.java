package dev.cmdguard.policy;

import dev.cmdguard.FindingCode;
import dev.cmdguard.Profile;
import dev.cmdguard.Risk;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Merges layers into the effective policy (SPEC section 6): a later layer's value replaces an
 * earlier one's; rules of every layer apply; an untrusted project layer may only tighten, as each
 * key's {@link PolicyKey.Tightening} says, and what it may not do becomes a notice.
 */
final class PolicyMerge {
  private final Map<PolicyKey, Setting> settings = new EnumMap<>(PolicyKey.class);
  private final Map<FindingCode, SeverityOverride> severity = new EnumMap<>(FindingCode.class);
  private final List<PolicyRule> rules = new ArrayList<>();
  private final List<String> notices = new ArrayList<>();
  private final List<String> files = new ArrayList<>();

  private PolicyMerge() {
    Policy.defaults().settings().forEach(s -> settings.put(s.key(), s));
  }

  /** Whether the user trusts the project layer's file (SPEC section 6). */
  enum ProjectTrustState {
    /** Trusted with the SHA-256 the file has now: it may loosen. */
    TRUSTED,
    /** Never trusted: it can only tighten. */
    UNTRUSTED,
    /** Trusted once, but the file changed since: it can only tighten again. */
    CHANGED;

    String describe() {
      return switch (this) {
        case TRUSTED -> " (trusted)";
        case UNTRUSTED -> " (untrusted: can only tighten)";
        case CHANGED ->
            " (changed since it was trusted: can only tighten until 'cmdguard policy trust' again)";
      };
    }
  }

  /**
   * @param layers the layers present, weakest first (the built-in one is implied)
   * @param project whether the project layer's file is trusted by the user
   */
  static Policy merge(List<PolicyLayer> layers, ProjectTrustState project) {
    PolicyMerge m = new PolicyMerge();
    for (PolicyLayer layer : layers) {
      boolean tightenOnly = layer.layer() == Layer.PROJECT && project != ProjectTrustState.TRUSTED;
      m.add(layer, tightenOnly, project);
    }
    return new Policy(m.settings, m.rules, m.severity, m.notices, m.files);
  }

  private void add(PolicyLayer layer, boolean tightenOnly, ProjectTrustState project) {
    if (!layer.file().isEmpty()) {
      files.add(
          layer.layer().label()
              + " "
              + layer.file()
              + (layer.layer() == Layer.PROJECT ? project.describe() : ""));
    }
    for (Setting s : layer.settings()) {
      if (s.key() == PolicyKey.SEVERITY) {
        severity(s, tightenOnly);
      } else if (!tightenOnly) {
        settings.put(s.key(), s);
      } else {
        tighten(s);
      }
    }
    for (PolicyRule r : layer.rules()) {
      if (tightenOnly && r.action() == PolicyRule.Action.ALLOW) {
        notices.add(
            "ignored "
                + r.describe()
                + ": an untrusted project policy cannot allow; run 'cmdguard policy trust' to"
                + " trust it");
      } else {
        rules.add(r);
      }
    }
  }

  private void severity(Setting s, boolean tightenOnly) {
    FindingCode code = FindingCode.valueOf(s.code());
    Risk risk = (Risk) s.value();
    if (tightenOnly) {
      Risk before = severity.containsKey(code) ? severity.get(code).severity() : code.severity();
      if (risk.compareTo(before) < 0) {
        ignore(s, "it would lower " + code + " below " + label(before));
        return;
      }
    }
    severity.put(code, new SeverityOverride(code, risk, tightenOnly, s.source()));
  }

  private void tighten(Setting s) {
    PolicyKey key = s.key();
    Setting before = settings.get(key);
    switch (key.tightening()) {
      case TRUSTED_ONLY -> ignore(s, "an untrusted project policy cannot change it");
      case UNION -> settings.put(key, Setting.of(key, union(before, s), s.source()));
      case STRICTER -> {
        if (stricter(key, s.value(), before.value())) {
          settings.put(key, s);
        } else if (!s.value().equals(before.value())) {
          ignore(s, "an untrusted project policy can only make it stricter");
        }
      }
    }
  }

  private static List<String> union(Setting before, Setting added) {
    LinkedHashSet<String> all = new LinkedHashSet<>(strings(before.value()));
    all.addAll(strings(added.value()));
    return List.copyOf(all);
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object value) {
    return (List<String>) value;
  }

  /** Whether {@code next} is stricter than {@code current} for {@code key}. */
  static boolean stricter(PolicyKey key, Object next, Object current) {
    return switch (key.type()) {
      case PROFILE -> ((Profile) next).compareTo((Profile) current) > 0;
      case RISK -> ((Risk) next).compareTo((Risk) current) > 0;
      case BOOLEAN ->
          key == PolicyKey.SQL_DESTRUCTIVE_ONLY
              ? !((Boolean) next) && (Boolean) current
              : (Boolean) next && !((Boolean) current);
      case CHOICE -> key.choices().indexOf(next) > key.choices().indexOf(current);
      case STRING, STRING_LIST, SIZE, DURATION -> false;
    };
  }

  private void ignore(Setting s, String why) {
    notices.add(
        "ignored "
            + s.path()
            + ": "
            + PolicyKey.show(s.value())
            + " ("
            + s.source().describe()
            + "): "
            + why
            + "; run 'cmdguard policy trust' to trust the file");
  }

  private static String label(Risk r) {
    return PolicyKey.show(r);
  }
}
