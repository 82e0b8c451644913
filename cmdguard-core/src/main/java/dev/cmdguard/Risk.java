package dev.cmdguard;

import java.util.Locale;

/**
 * How much damage a command can do (SPEC section 3), also the severity of a {@link Finding}.
 * Ordered from least to most dangerous, so {@code compareTo} and {@link #max} rank them.
 */
public enum Risk {
  /** Provably read-only and local: {@code ls -la}, {@code git status}, {@code echo 'rm -rf /'}. */
  LOW,
  /** Ordinary development work: workspace changes, builds, installs, unknown programs. */
  MEDIUM,
  /** Destructive beyond easy recovery, touches secrets, or runs code the guard cannot see. */
  HIGH,
  /** Irrecoverable damage to the machine or the user's data: {@code rm -rf /}, {@code mkfs}. */
  CRITICAL;

  /** The more dangerous of the two. */
  public Risk max(Risk other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** One level up, capped at {@link #CRITICAL} (production context, protected branch). */
  public Risk raised() {
    return this == CRITICAL ? CRITICAL : values()[ordinal() + 1];
  }

  /** The lower-case name used in JSON and policies: {@code low}, {@code medium}, … */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a label, case-insensitively.
   *
   * @throws IllegalArgumentException when {@code label} names no level
   */
  public static Risk parse(String label) {
    for (Risk r : values()) {
      if (r.name().equalsIgnoreCase(label)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "unknown risk level '" + label + "' (expected low, medium, high or critical)");
  }
}
