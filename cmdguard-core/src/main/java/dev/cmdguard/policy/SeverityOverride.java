package dev.cmdguard.policy;

import dev.cmdguard.FindingCode;
import dev.cmdguard.Risk;
import java.util.Objects;

/**
 * An effective {@code severity.CODE} setting.
 *
 * @param code the finding code (never a locked one)
 * @param severity the severity its findings get
 * @param raiseOnly true when it came from an untrusted project policy: findings below {@code
 *     severity} are raised to it, findings above keep theirs (a project can only tighten)
 * @param source where it was written
 */
public record SeverityOverride(
    FindingCode code, Risk severity, boolean raiseOnly, PolicySource source) {
  public SeverityOverride {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(source, "source");
    if (code.locked()) {
      throw new IllegalArgumentException(code + " is locked and cannot be overridden");
    }
  }

  /** The severity a finding of {@link #code()} reported at {@code reported} ends up with. */
  public Risk apply(Risk reported) {
    return raiseOnly ? reported.max(severity) : severity;
  }
}
