package dev.cmdguard;

import java.util.Locale;

/** What happens to a command (SPEC section 5), ordered from most to least permissive. */
public enum Verdict {
  /** It may run. */
  ALLOW,
  /** A human must approve it; where no human can answer, it is denied. */
  ASK,
  /** It must not run. */
  DENY;

  /** The stricter of the two. */
  public Verdict strictest(Verdict other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** The lower-case name used in JSON: {@code allow}, {@code ask}, {@code deny}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
