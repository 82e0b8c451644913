package dev.cmdguard.policy;

import java.util.Objects;

/**
 * One policy setting as a layer gives it.
 *
 * @param key the setting; for {@link PolicyKey#SEVERITY} see {@code code}
 * @param code the finding code's name for {@code severity.CODE} settings, else empty
 * @param value the value, of the Java type {@link PolicyKey#type()} names
 * @param source where it was written
 */
public record Setting(PolicyKey key, String code, Object value, PolicySource source) {
  public Setting {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
    if (!key.type().javaType().isInstance(value)) {
      throw new IllegalArgumentException(
          key.path() + " needs a " + key.type().javaType().getSimpleName() + ", not " + value);
    }
  }

  /** A setting of a key other than {@code severity}. */
  public static Setting of(PolicyKey key, Object value, PolicySource source) {
    return new Setting(key, "", value, source);
  }

  /** The key path as written in YAML: {@code git.protected_branches}, {@code severity.CODE}. */
  public String path() {
    return code.isEmpty() ? key.path() : "severity." + code;
  }
}
