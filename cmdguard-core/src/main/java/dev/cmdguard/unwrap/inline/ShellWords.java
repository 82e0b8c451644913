package dev.cmdguard.unwrap.inline;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command string into words the way {@code shlex.split} does (blanks separate, quotes
 * group, backslash escapes), for APIs that take a string but run it without a shell ({@code
 * subprocess.run("ls -l")}). Taking the string apart rather than as one program name errs toward
 * judging the command.
 */
final class ShellWords {
  private ShellWords() {}

  static List<String> split(String s) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote == '\'') {
        if (c == '\'') {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\\'
          && i + 1 < s.length()
          && (quote == 0 || "\"\\$`".indexOf(s.charAt(i + 1)) >= 0)) {
        word.append(s.charAt(++i));
        inWord = true;
      } else if (quote == '"') {
        if (c == '"') {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}
