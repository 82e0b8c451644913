package dev.cmdguard.paths;

import java.util.List;
import java.util.Objects;

/**
 * A bash pattern for one path name (bash manual, "Pattern Matching"): {@code *} any string, {@code
 * ?} any one character, {@code [...]} a bracket expression with ranges ({@code a-z}), negation
 * ({@code [!...]}, {@code [^...]}), character classes ({@code [:alpha:]}) and a leading {@code ]}
 * taken literally, and {@code \} quoting the next character. A {@code [} without its {@code ]} is a
 * literal. Extended patterns ({@code extglob}) are not supported.
 *
 * <p>{@link #matches} applies the rules of filename expansion ("Filename Expansion"): a name that
 * starts with {@code .} is matched only by a pattern that starts with {@code .} (a bracket
 * expression listing {@code .} is allowed too, which POSIX leaves unspecified), and {@code .} and
 * {@code ..} are never matched (bash 5.2's default {@code globskipdots}; GNU and BSD {@code rm}
 * refuse them anyway). Instances are immutable.
 */
public final class Glob {
  private final String pattern;
  private final List<Atom> atoms;

  /** The text a pattern without wildcards matches, so that matching is a string comparison. */
  private final String literal;

  private Glob(String pattern, List<Atom> atoms) {
    this.pattern = pattern;
    this.atoms = List.copyOf(atoms);
    StringBuilder text = new StringBuilder();
    for (Atom atom : atoms) {
      if (!(atom instanceof Atom.Literal(int c))) {
        text = null;
        break;
      }
      text.appendCodePoint(c);
    }
    this.literal = text == null ? null : text.toString();
  }

  /**
   * Compiles a pattern for one path name.
   *
   * @throws IllegalArgumentException when {@code pattern} contains {@code /}
   */
  public static Glob of(String pattern) {
    Objects.requireNonNull(pattern, "pattern");
    if (pattern.indexOf('/') >= 0) {
      throw new IllegalArgumentException("a glob names one path segment, not a path: " + pattern);
    }
    return new Glob(pattern, GlobParser.parse(pattern));
  }

  /**
   * True when {@code text} holds an unquoted {@code *}, {@code ?} or a complete bracket expression,
   * so that the shell would expand it against the file system. {@code text} may be a whole path.
   */
  public static boolean hasPattern(String text) {
    // Only *, ? and [ make an atom that is not a literal; the tables ask this of hundreds of plain
    // paths at start-up.
    if (text.indexOf('*') < 0 && text.indexOf('?') < 0 && text.indexOf('[') < 0) {
      return false;
    }
    for (String name : text.split("/", -1)) {
      if (!GlobParser.parse(name).stream().allMatch(Atom.Literal.class::isInstance)) {
        return true;
      }
    }
    return false;
  }

  /** The pattern text as compiled. */
  public String pattern() {
    return pattern;
  }

  /**
   * True when filename expansion of this pattern in a directory would include the entry {@code
   * name} (see the class comment for the leading-dot rule).
   */
  public boolean matches(String name) {
    if (name.equals(".") || name.equals("..")) {
      return false;
    }
    if (name.startsWith(".") && !matchesLeadingDot()) {
      return false;
    }
    return matchesText(name);
  }

  /**
   * True when this pattern stands for a directory's whole content: after an optional leading {@code
   * .}, it has a {@code *} and otherwise only {@code ?} and bracket expressions that accept every
   * lowercase letter. So {@code *}, {@code .*}, {@code ?*}, {@code .??*} (the idiom for "all dot
   * files but {@code ..}"), {@code **} (bash's {@code globstar} is off by default, so it is {@code
   * *}), {@code [a-z]*} and {@code .[!.]*} cover everything, since nearly every entry of {@code /}
   * or a home starts with a lowercase letter; {@code u*}, {@code [eu]*} and {@code *.log} do not
   * (they are judged by the names they match instead).
   */
  public boolean coversEveryName() {
    int start = !atoms.isEmpty() && atoms.get(0) instanceof Atom.Literal l && l.c() == '.' ? 1 : 0;
    List<Atom> rest = atoms.subList(start, atoms.size());
    return rest.stream().anyMatch(Atom.Star.class::isInstance)
        && rest.stream().allMatch(Glob::acceptsAnyLowercaseLetter);
  }

  private static boolean acceptsAnyLowercaseLetter(Atom atom) {
    // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
    if (atom instanceof Atom.Star || atom instanceof Atom.Any) {
      return true;
    }
    if (atom instanceof Atom.Bracket bracket) {
      return "abcdefghijklmnopqrstuvwxyz".chars().allMatch(bracket::matches);
    }
    if (atom instanceof Atom.Literal) {
      return false;
    }
    throw new IllegalStateException("unexpected atom: " + atom);
  }

  /** Plain matching of the whole text, without the filename-expansion rules for dots. */
  boolean matchesText(String text) {
    if (literal != null) {
      return literal.equals(text);
    }
    int[] chars = text.codePoints().toArray();
    int p = 0;
    int c = 0;
    int starAtom = -1;
    int starChar = 0;
    while (c < chars.length) {
      if (p < atoms.size() && atoms.get(p) instanceof Atom.Star) {
        starAtom = p++;
        starChar = c;
      } else if (p < atoms.size() && atoms.get(p).matches(chars[c])) {
        p++;
        c++;
      } else if (starAtom >= 0) {
        p = starAtom + 1;
        c = ++starChar;
      } else {
        return false;
      }
    }
    while (p < atoms.size() && atoms.get(p) instanceof Atom.Star) {
      p++;
    }
    return p == atoms.size();
  }

  private boolean matchesLeadingDot() {
    return !atoms.isEmpty() && matchesDot(atoms.get(0));
  }

  private static boolean matchesDot(Atom first) {
    if (first instanceof Atom.Literal literal) {
      return literal.c() == '.';
    }
    if (first instanceof Atom.Bracket bracket) {
      return !bracket.negated() && bracket.matches('.');
    }
    if (first instanceof Atom.Any || first instanceof Atom.Star) {
      return false;
    }
    throw new IllegalStateException("unexpected atom: " + first);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Glob other && other.pattern.equals(pattern);
  }

  @Override
  public int hashCode() {
    return pattern.hashCode();
  }

  @Override
  public String toString() {
    return pattern;
  }

  /** One element of a compiled pattern. */
  sealed interface Atom {
    /** True when this atom matches the single character {@code c} (a code point). */
    boolean matches(int c);

    /** A character that matches itself. */
    record Literal(int c) implements Atom {
      @Override
      public boolean matches(int other) {
        return other == c;
      }
    }

    /** {@code ?}. */
    record Any() implements Atom {
      @Override
      public boolean matches(int c) {
        return true;
      }
    }

    /** {@code *}; matched by the matcher itself, never one character at a time. */
    record Star() implements Atom {
      @Override
      public boolean matches(int c) {
        return true;
      }
    }

    /**
     * {@code [...]}.
     *
     * @param negated {@code [!...]} or {@code [^...]}
     * @param ranges inclusive code point ranges; a single character is a range of one
     * @param classes POSIX class names such as {@code alpha}
     */
    record Bracket(boolean negated, List<Range> ranges, List<String> classes) implements Atom {
      public Bracket {
        ranges = List.copyOf(ranges);
        classes = List.copyOf(classes);
      }

      @Override
      public boolean matches(int c) {
        boolean in =
            ranges.stream().anyMatch(r -> r.from() <= c && c <= r.to())
                || classes.stream().anyMatch(name -> GlobParser.inClass(name, c));
        return in != negated;
      }
    }

    /** Code points {@code from} to {@code to}, both included. */
    record Range(int from, int to) {}
  }
}
