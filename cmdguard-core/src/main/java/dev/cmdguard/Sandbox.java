package dev.cmdguard;

import java.util.Locale;

/** Whether a command should run in a sandbox (SPEC section 8). */
public enum Sandbox {
  /** Runs on the host. */
  NONE,
  /** Should run sandboxed where a runtime is available ({@code sandbox.mode: auto}). */
  RECOMMENDED,
  /** Runs only in the sandbox; never on the host. */
  REQUIRED;

  /** The lower-case name used in JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
