package dev.cmdguard.cli;

/**
 * ANSI styling for human output, or none. Every method returns its text unchanged when colours are
 * off, so renderers never test the mode themselves.
 */
final class Style {
  private static final String RESET = "\u001b[0m";

  /** A style that adds nothing. */
  static final Style PLAIN = new Style(false);

  /** A style that adds ANSI escape sequences. */
  static final Style ANSI = new Style(true);

  private final boolean on;

  private Style(boolean on) {
    this.on = on;
  }

  /** {@link #ANSI} when {@code colors}, else {@link #PLAIN}. */
  static Style of(boolean colors) {
    return colors ? ANSI : PLAIN;
  }

  /** Headings and program names. */
  String bold(String text) {
    return paint("1", text);
  }

  /** Labels and secondary detail. */
  String dim(String text) {
    return paint("2", text);
  }

  /** Errors and the carets under them. */
  String red(String text) {
    return paint("31", text);
  }

  /** Values known only at run time, analysis gaps. */
  String yellow(String text) {
    return paint("33", text);
  }

  /** Glob patterns the shell would expand. */
  String cyan(String text) {
    return paint("36", text);
  }

  /** Carets under the source of an invocation. */
  String green(String text) {
    return paint("32", text);
  }

  private String paint(String code, String text) {
    return on && !text.isEmpty() ? "\u001b[" + code + "m" + text + RESET : text;
  }
}
