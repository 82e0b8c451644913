package dev.cmdguard.cli;

/**
 * The user's input cannot be used: a missing or unreadable file, text that is not UTF-8, too large,
 * or contains a NUL byte. The CLI prints the message on one line and exits with {@link
 * ExitCodes#USAGE}; never a stack trace.
 */
final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * @param message one sentence naming the input and what is wrong with it
   */
  InputException(String message) {
    super(message);
  }
}
