package dev.cmdguard.rules.git;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Option reading in the style of git's parse-options (gitcli(7)): short options cluster ({@code
 * -fdx}), a short option that takes a value takes the rest of its cluster ({@code -bname}) or the
 * next word, long options take {@code --name=value}, and {@code --} ends the options.
 */
final class Flags {
  private Flags() {}

  /**
   * The word as git would compare it, made tolerant: typographic dashes ({@code ‐‐hard}, pasted
   * from documents) become {@code -}, and a long option's name is lower-cased ({@code --HARD}), so
   * that look-alikes are judged like the real option.
   */
  static String normalize(String word) {
    if (word.isEmpty()
        || "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D".indexOf(word.charAt(0)) < 0) {
      return word;
    }
    StringBuilder out = new StringBuilder(word.length());
    int i = 0;
    while (i < word.length() && isDash(word.charAt(i))) {
      out.append('-');
      i++;
    }
    String rest = word.substring(i);
    if (i >= 2) {
      int eq = rest.indexOf('=');
      rest =
          eq < 0
              ? rest.toLowerCase(Locale.ROOT)
              : rest.substring(0, eq).toLowerCase(Locale.ROOT) + rest.substring(eq);
    }
    return out.append(rest).toString();
  }

  private static boolean isDash(char c) {
    return c == '-'
        || (c >= '\u2010' && c <= '\u2015')
        || c == '\u2212'
        || c == '\uFE63'
        || c == '\uFF0D';
  }

  /** Index of the first {@code --}, or the size when there is none. */
  static int endOfOptions(List<String> words) {
    int i = words.indexOf("--");
    return i < 0 ? words.size() : i;
  }

  /** True when a long option {@code name} is given before {@code --}, bare or as {@code name=…}. */
  static boolean hasLong(List<String> words, String name) {
    int end = endOfOptions(words);
    for (int i = 0; i < end; i++) {
      String w = words.get(i);
      if (w.equals(name) || w.startsWith(name + "=")) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the short option {@code flag} appears in a cluster before {@code --}. Characters of
   * {@code valued} take a value, so the rest of their cluster is that value ({@code -bf} names a
   * branch {@code f}).
   */
  static boolean hasShort(List<String> words, char flag, String valued) {
    int end = endOfOptions(words);
    for (int i = 0; i < end; i++) {
      if (clusterHas(words.get(i), flag, valued)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code word} is a short-option cluster that holds {@code flag} as an option. */
  static boolean clusterHas(String word, char flag, String valued) {
    if (word.length() < 2 || word.charAt(0) != '-' || word.charAt(1) == '-') {
      return false;
    }
    for (int k = 1; k < word.length(); k++) {
      char c = word.charAt(k);
      if (c == flag) {
        return true;
      }
      if (valued.indexOf(c) >= 0) {
        return false;
      }
    }
    return false;
  }

  /**
   * True when {@code word} spells the long option {@code name} or a prefix of it of at least two
   * letters ({@code --ha} for {@code --hard}): git's parse-options accepts any unambiguous prefix
   * (gitcli(7)), so dangerous options are matched by prefix too. An ambiguous prefix makes git
   * fail; reading it as the dangerous option errs on the safe side.
   */
  static boolean abbreviates(String word, String name) {
    int eq = word.indexOf('=');
    String w = eq < 0 ? word : word.substring(0, eq);
    return w.startsWith("--") && w.length() >= 4 && name.startsWith(w);
  }

  /** {@link #has}, with long-option prefixes: for options that make a command destructive. */
  static boolean hasDangerous(List<String> words, char flag, String valued, String name) {
    if (hasShort(words, flag, valued)) {
      return true;
    }
    int end = endOfOptions(words);
    for (int i = 0; i < end; i++) {
      if (abbreviates(words.get(i), name)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code -flag} (in a cluster) or the long option {@code name} is given. */
  static boolean has(List<String> words, char flag, String valued, String name) {
    return hasShort(words, flag, valued) || hasLong(words, name);
  }

  /**
   * Indexes of the operands: words that are not options and not the values of options. After {@code
   * --} every word is an operand.
   *
   * @param longValued long options that take the next word as their value when given without {@code
   *     =}
   * @param shortValued short options that take a value
   */
  static List<Integer> operands(List<String> words, Set<String> longValued, String shortValued) {
    List<Integer> out = new ArrayList<>();
    int end = endOfOptions(words);
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (i >= end) {
        if (i > end) {
          out.add(i);
        }
        continue;
      }
      if (w.equals("-") || !w.startsWith("-")) {
        out.add(i);
      } else if (w.startsWith("--")) {
        i += longValued.contains(w) ? 1 : 0;
      } else if (shortValued.indexOf(w.charAt(w.length() - 1)) >= 0
          && w.chars().skip(1).limit(w.length() - 2L).noneMatch(c -> shortValued.indexOf(c) >= 0)) {
        i++;
      }
    }
    return out;
  }
}
