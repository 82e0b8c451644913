package dev.cmdguard.paths;

import java.util.List;
import java.util.Optional;

/**
 * A pattern over the names of a path, for the built-in lists: each name is a {@link Glob} matched
 * plainly (a leading {@code .} needs no special match), and a last name of {@code **} matches the
 * directory itself and everything below it.
 *
 * @param text the pattern as written, without a leading {@code /} or {@code ~/}
 * @param names one glob per name, without the trailing {@code **}
 * @param subtree true when the pattern ended in {@code /**}
 */
record PathPattern(String text, List<Glob> names, boolean subtree) {
  PathPattern {
    names = List.copyOf(names);
  }

  /**
   * Compiles {@code a/b*}{@code /c} or {@code a/**}; a leading {@code /} or {@code ~/} is dropped.
   */
  static PathPattern of(String text) {
    String body = text.startsWith("~/") ? text.substring(2) : text;
    body = body.startsWith("/") ? body.substring(1) : body;
    boolean subtree = body.endsWith("/**");
    if (subtree) {
      body = body.substring(0, body.length() - 3);
    }
    return new PathPattern(text, List.of(body.split("/")).stream().map(Glob::of).toList(), subtree);
  }

  /** True when {@code path} (names from the pattern's starting point) matches exactly. */
  boolean matches(List<String> path) {
    if (path.size() < names.size() || (!subtree && path.size() != names.size())) {
      return false;
    }
    int last = names.size() - 1;
    if (!subtree && !names.get(last).matchesText(path.get(last))) {
      return false; // the last name is the most telling: reject on it first
    }
    for (int i = 0; i < names.size(); i++) {
      if (!names.get(i).matchesText(path.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** True when some trailing part of {@code path} matches, as for a pattern allowed anywhere. */
  boolean matchesAnywhere(List<String> path) {
    if (!subtree) {
      return path.size() >= names.size()
          && matches(path.subList(path.size() - names.size(), path.size()));
    }
    for (int start = 0; start + names.size() <= path.size(); start++) {
      if (matches(path.subList(start, path.size()))) {
        return true;
      }
    }
    return false;
  }

  /** The literal path this pattern names when it has no pattern characters (else empty). */
  Optional<String> literal() {
    String body = subtree ? text.substring(0, text.length() - 3) : text;
    return Glob.hasPattern(body) ? Optional.empty() : Optional.of(body);
  }
}
