package dev.cmdguard.cli.install;

/**
 * A settings file cmdguard will not edit: not valid JSON, not an object where a hook list belongs,
 * changed while it was being edited. The message names the file and what is wrong; nothing was
 * written.
 */
public final class SettingsException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * @param message one sentence naming the file and the problem
   */
  public SettingsException(String message) {
    super(message);
  }
}
