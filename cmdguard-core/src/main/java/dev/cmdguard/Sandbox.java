package dev.cmdguard;

import java.util.Locale;

/** Whether a command should run in a sandbox (SPEC section 8). */
public enum Sandbox {
  /** Runs on the host. */
  NONE,
  /**
   * Should run sandboxed where a runtime is available, else may run on the host. The policy's modes
   * never give it ({@code auto} requires the sandbox for medium and above); kept for embedders and
   * the JSON format.
   */
  RECOMMENDED,
  /** Runs only in the sandbox; never on the host. */
  REQUIRED;

  /** The lower-case name used in JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
