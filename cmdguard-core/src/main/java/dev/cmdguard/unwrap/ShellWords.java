package dev.cmdguard.unwrap;

/** Quoting of words for shell code the unwrapper composes ({@code parallel}'s command lines). */
final class ShellWords {
  private ShellWords() {}

  /** {@code value} as one shell word: unchanged when it is plain, else in single quotes. */
  static String quote(String value) {
    if (!value.isEmpty() && value.matches("[A-Za-z0-9_./:=@%+,-]+")) {
      return value;
    }
    return "'" + value.replace("'", "'\\''") + "'";
  }

  /**
   * An argument quoted as one word, with {@code {}} left bare so that a later substitution can
   * still find it; dynamic arguments are kept as they are.
   */
  static Arg quoted(Arg arg) {
    if (arg.dynamic() || arg.value().equals("{}")) {
      return arg;
    }
    String v = arg.value();
    String q =
        v.contains("{}") ? "'" + v.replace("'", "'\\''").replace("{}", "'{}'") + "'" : quote(v);
    return Arg.globbed(q, false, arg.span());
  }
}
