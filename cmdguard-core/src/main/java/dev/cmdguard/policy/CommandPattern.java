package dev.cmdguard.policy;

import java.util.Arrays;
import java.util.List;

/**
 * A {@code rules} pattern of SPEC section 6, compiled: whitespace-separated tokens matched against
 * the start of an invocation's words (program name, then arguments). A token that is only {@code *}
 * matches any number of words, none included ({@code "git push * main"} matches {@code git push -f
 * origin main}); a {@code *} inside a token matches any characters within one word ({@code "git
 * push origin feature/*"}). Words after the pattern's end are free (token prefix). The first token
 * is matched against the program's name as resolved (so {@code /usr/bin/git} and {@code sudo git}
 * meet {@code git} rules).
 */
public final class CommandPattern {
  /** How an invocation meets a pattern. */
  public enum Match {
    /** It does not. */
    NONE,
    /** Only if words that are not statically known ({@code $BRANCH}) take some value. */
    POSSIBLE,
    /** It does, with every word known. */
    DEFINITE
  }

  private final String text;
  private final List<Token> tokens;

  private CommandPattern(String text, List<Token> tokens) {
    this.text = text;
    this.tokens = tokens;
  }

  /**
   * @throws IllegalArgumentException when {@code text} has no token
   */
  public static CommandPattern parse(String text) {
    List<Token> tokens =
        Arrays.stream(text.trim().split("\\s+")).filter(t -> !t.isEmpty()).map(Token::of).toList();
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("empty pattern");
    }
    return new CommandPattern(text, tokens);
  }

  /** The pattern as written. */
  public String text() {
    return text;
  }

  /**
   * Matches the words of one invocation.
   *
   * @param words the program name, then the argument values
   * @param known for each word, whether its value is statically known; an unknown word may match
   *     any token, which makes the match at best {@link Match#POSSIBLE}
   * @return how the words meet the pattern
   */
  public Match match(List<String> words, List<Boolean> known) {
    if (words.size() != known.size()) {
      throw new IllegalArgumentException("words and known differ in length");
    }
    if (matches(words, known, false)) {
      return Match.DEFINITE;
    }
    return matches(words, known, true) ? Match.POSSIBLE : Match.NONE;
  }

  /**
   * Dynamic programming from the last token back: {@code row[w]} says whether tokens {@code t…}
   * match a prefix of the words from {@code w}. Time is tokens × words and memory one row, so no
   * pattern and argv can make matching slow (no backtracking).
   */
  private boolean matches(List<String> words, List<Boolean> known, boolean lenient) {
    int n = words.size();
    boolean[] next = new boolean[n + 1];
    Arrays.fill(next, true);
    for (int t = tokens.size() - 1; t >= 0; t--) {
      Token token = tokens.get(t);
      boolean[] row = new boolean[n + 1];
      if (token.any()) {
        row[n] = next[n];
        for (int w = n - 1; w >= 0; w--) {
          row[w] = next[w] || row[w + 1];
        }
      } else {
        for (int w = n - 1; w >= 0; w--) {
          row[w] = next[w + 1] && (token.matches(words.get(w)) || (lenient && !known.get(w)));
        }
      }
      next = row;
    }
    return next[0];
  }

  @Override
  public String toString() {
    return text;
  }

  /** One pattern token: {@code *} alone, or a word in which {@code *} matches any characters. */
  private record Token(boolean any, String text) {
    static Token of(String text) {
      return new Token(text.equals("*"), text);
    }

    /**
     * Wildcard matching with the last star remembered: at most words × token steps, never the
     * exponential backtracking a regular expression such as {@code .*a.*a.*b} can take.
     */
    boolean matches(String word) {
      int p = 0;
      int w = 0;
      int star = -1;
      int resume = 0;
      while (w < word.length()) {
        if (p < text.length() && text.charAt(p) == '*') {
          star = p++;
          resume = w;
        } else if (p < text.length() && text.charAt(p) == word.charAt(w)) {
          p++;
          w++;
        } else if (star >= 0) {
          p = star + 1;
          w = ++resume;
        } else {
          return false;
        }
      }
      while (p < text.length() && text.charAt(p) == '*') {
        p++;
      }
      return p == text.length();
    }
  }
}
