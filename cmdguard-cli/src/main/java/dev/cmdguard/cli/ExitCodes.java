package dev.cmdguard.cli;

/** Process exit statuses of the {@code cmdguard} command (SPEC section 9). */
public final class ExitCodes {
  private ExitCodes() {}

  /** The verb did its job; for {@code check}: the command is allowed. */
  public static final int OK = 0;

  /** {@code check}: a human must approve the command. */
  public static final int ASK = 3;

  /** {@code check}: the command must not run. */
  public static final int DENY = 4;

  /** Something went wrong inside cmdguard: a bug, never the user's input. */
  public static final int INTERNAL_ERROR = 1;

  /** The command line or the input was wrong: unknown option, unreadable file, not UTF-8. */
  public static final int USAGE = 2;

  /** {@code audit verify}: the audit log's hash chain is broken (edited, missing, reordered…). */
  public static final int BROKEN_CHAIN = 5;

  /**
   * {@code exec}: the command was not run: denied, not approved, critical, or it must run in the
   * sandbox and no sandbox runtime works (the shell's "found but cannot be executed").
   */
  public static final int NOT_RUN = 126;

  /** {@code exec}: the program to run on the host was not found (the shell's code). */
  public static final int NOT_FOUND = 127;
}
