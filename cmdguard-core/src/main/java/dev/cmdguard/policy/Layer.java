package dev.cmdguard.policy;

import java.util.Locale;

/**
 * The policy layers of SPEC section 6, weakest first: a later layer's setting replaces an earlier
 * one's, except that an untrusted project layer may only tighten.
 */
public enum Layer {
  /** The defaults compiled into cmdguard. */
  BUILT_IN,
  /** {@code /etc/cmdguard/policy.yaml} (or {@code CMDGUARD_SYSTEM_POLICY}). */
  SYSTEM,
  /** {@code $XDG_CONFIG_HOME/cmdguard/policy.yaml} (or {@code CMDGUARD_USER_POLICY}). */
  USER,
  /** {@code .cmdguard.yaml} in the workspace root or its nearest ancestor that has one. */
  PROJECT,
  /** Command-line flags such as {@code --profile}. */
  FLAGS;

  /** The lower-case name used in messages and JSON ({@code built-in}, {@code project} …). */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
