package dev.cmdguard;

import java.util.Locale;

/**
 * The guard level (SPEC section 5): maps a command's risk to a decision.
 *
 * <pre>
 * profile    low    medium  high   critical
 * low        allow  allow   allow  deny
 * medium     allow  allow   ask    deny      (default, development)
 * high       allow  ask     ask    deny
 * paranoid   ask    ask     deny   deny      (production)
 * </pre>
 */
public enum Profile {
  LOW(Verdict.ALLOW, Verdict.ALLOW, Verdict.ALLOW),
  MEDIUM(Verdict.ALLOW, Verdict.ALLOW, Verdict.ASK),
  HIGH(Verdict.ALLOW, Verdict.ASK, Verdict.ASK),
  PARANOID(Verdict.ASK, Verdict.ASK, Verdict.DENY);

  private final Verdict low;
  private final Verdict medium;
  private final Verdict high;

  Profile(Verdict low, Verdict medium, Verdict high) {
    this.low = low;
    this.medium = medium;
    this.high = high;
  }

  /** The decision for a command of this risk; critical is always denied. */
  public Verdict decide(Risk risk) {
    return switch (risk) {
      case LOW -> low;
      case MEDIUM -> medium;
      case HIGH -> high;
      case CRITICAL -> Verdict.DENY;
    };
  }

  /** The lower-case name used in JSON and policies. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a profile name, case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted values when {@code label} is none of them
   */
  public static Profile parse(String label) {
    for (Profile p : values()) {
      if (p.name().equalsIgnoreCase(label)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown profile '" + label + "' (expected low, medium, high or paranoid)");
  }
}
