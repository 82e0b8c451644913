package dev.cmdguard.paths;

import dev.cmdguard.paths.Glob.Atom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns the text of a bash pattern into {@link Atom}s (bash manual, "Pattern Matching"). */
final class GlobParser {
  private static final Set<String> CLASSES =
      Set.of(
          "alnum", "alpha", "ascii", "blank", "cntrl", "digit", "graph", "lower", "print", "punct",
          "space", "upper", "word", "xdigit");

  private GlobParser() {}

  static List<Atom> parse(String pattern) {
    int[] chars = pattern.codePoints().toArray();
    List<Atom> atoms = new ArrayList<>();
    int i = 0;
    while (i < chars.length) {
      int c = chars[i];
      if (c == '\\' && i + 1 < chars.length) {
        atoms.add(new Atom.Literal(chars[i + 1]));
        i += 2;
      } else if (c == '*') {
        atoms.add(new Atom.Star());
        i++;
      } else if (c == '?') {
        atoms.add(new Atom.Any());
        i++;
      } else if (c == '[') {
        Bracketed bracketed = bracket(chars, i + 1);
        if (bracketed == null) {
          atoms.add(new Atom.Literal(c));
          i++;
        } else {
          atoms.add(bracketed.atom());
          i = bracketed.next();
        }
      } else {
        atoms.add(new Atom.Literal(c));
        i++;
      }
    }
    return atoms;
  }

  /** A parsed bracket expression and the index just after its closing {@code ]}. */
  private record Bracketed(Atom.Bracket atom, int next) {}

  /** Parses a bracket expression whose {@code [} is just before {@code start}; null if unclosed. */
  private static Bracketed bracket(int[] chars, int start) {
    int i = start;
    boolean negated = i < chars.length && (chars[i] == '!' || chars[i] == '^');
    if (negated) {
      i++;
    }
    List<Atom.Range> ranges = new ArrayList<>();
    List<String> classes = new ArrayList<>();
    boolean first = true;
    while (i < chars.length) {
      int c = chars[i];
      if (c == ']' && !first) {
        return new Bracketed(new Atom.Bracket(negated, ranges, classes), i + 1);
      }
      first = false;
      if (c == '[' && i + 1 < chars.length && ":=.".indexOf(chars[i + 1]) >= 0) {
        int close = closing(chars, i + 2, chars[i + 1]);
        if (close > 0) {
          String inner = new String(chars, i + 2, close - i - 2);
          if (chars[i + 1] == ':') {
            classes.add(CLASSES.contains(inner) ? inner : "");
          } else {
            inner.codePoints().forEach(cp -> ranges.add(new Atom.Range(cp, cp)));
          }
          i = close + 2;
          continue;
        }
      }
      if (c == '\\' && i + 1 < chars.length) {
        c = chars[++i];
      }
      if (i + 2 < chars.length && chars[i + 1] == '-' && chars[i + 2] != ']') {
        int to = chars[i + 2] == '\\' && i + 3 < chars.length ? chars[i + 3] : chars[i + 2];
        ranges.add(new Atom.Range(c, to));
        i += chars[i + 2] == '\\' ? 4 : 3;
      } else {
        ranges.add(new Atom.Range(c, c));
        i++;
      }
    }
    return null;
  }

  /** Index of the {@code kind]} that closes {@code [kind...}, or -1. */
  private static int closing(int[] chars, int from, int kind) {
    for (int i = from; i + 1 < chars.length; i++) {
      if (chars[i] == kind && chars[i + 1] == ']') {
        return i;
      }
    }
    return -1;
  }

  /** POSIX character class membership, for ASCII (the C locale); other characters are in none. */
  static boolean inClass(String name, int c) {
    return switch (name) {
      case "alnum" -> isAlpha(c) || isDigit(c);
      case "alpha" -> isAlpha(c);
      case "ascii" -> c < 128;
      case "blank" -> c == ' ' || c == '\t';
      case "cntrl" -> c < 32 || c == 127;
      case "digit" -> isDigit(c);
      case "graph" -> c > 32 && c < 127;
      case "lower" -> c >= 'a' && c <= 'z';
      case "print" -> c >= 32 && c < 127;
      case "punct" -> c > 32 && c < 127 && !isAlpha(c) && !isDigit(c);
      case "space" -> c == ' ' || (c >= '\t' && c <= '\r');
      case "upper" -> c >= 'A' && c <= 'Z';
      case "word" -> isAlpha(c) || isDigit(c) || c == '_';
      case "xdigit" -> isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      default -> false;
    };
  }

  private static boolean isAlpha(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }
}
