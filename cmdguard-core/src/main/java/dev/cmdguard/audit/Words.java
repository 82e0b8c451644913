package dev.cmdguard.audit;

import java.util.List;
import java.util.stream.Collectors;

/** Argv shown as one line the way a shell user would type it, for summaries and tables. */
final class Words {
  private Words() {}

  /**
   * The words joined by spaces; a word with characters the shell would read specially is quoted.
   */
  static String join(List<String> argv) {
    return argv.stream().map(Words::quote).collect(Collectors.joining(" "));
  }

  static String quote(String word) {
    if (word.isEmpty()) {
      return "''";
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!(Character.isLetterOrDigit(c) || "@%+=:,./_-".indexOf(c) >= 0)) {
        return "'" + word.replace("'", "'\\''") + "'";
      }
    }
    return word;
  }
}
