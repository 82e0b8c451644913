package dev.cmdguard.policy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean …?" for misspelt policy keys, values and finding codes: the closest candidate by
 * case-insensitive edit distance (at most 2), else the first candidate that starts with what was
 * written or that what was written starts with (at least 3 characters in common).
 */
final class Suggestions {
  private static final int MAX_DISTANCE = 2;
  private static final int MIN_PREFIX = 3;

  private Suggestions() {}

  /** The candidate the writer most likely meant, if any is close enough. */
  static Optional<String> closest(String written, List<String> candidates) {
    String w = written.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = MAX_DISTANCE + 1;
    for (String c : candidates) {
      int d = distance(w, c.toLowerCase(Locale.ROOT), bestDistance);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    if (w.length() < MIN_PREFIX) {
      return Optional.empty();
    }
    return candidates.stream()
        .filter(
            c -> {
              String l = c.toLowerCase(Locale.ROOT);
              return l.length() >= MIN_PREFIX && (l.startsWith(w) || w.startsWith(l));
            })
        .findFirst();
  }

  /**
   * The hint for an unknown name: {@code did you mean 'x'?}, or {@code known keys: a, b} when
   * nothing is close.
   *
   * @param what the plural noun for the fallback list ({@code keys})
   */
  static String hint(String written, List<String> candidates, String what) {
    return closest(written, candidates)
        .map(c -> "did you mean '" + c + "'?")
        .orElse("known " + what + ": " + String.join(", ", candidates));
  }

  /**
   * Levenshtein distance between {@code a} and {@code b}, or any value ≥ {@code limit} once it is
   * certain to reach {@code limit} (the inputs are short; the cut keeps long ones cheap).
   */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) >= limit) {
      return limit;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin >= limit) {
        return limit;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
