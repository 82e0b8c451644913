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
}
