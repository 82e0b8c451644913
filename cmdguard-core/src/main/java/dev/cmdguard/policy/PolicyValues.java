package dev.cmdguard.policy;

import dev.cmdguard.Profile;
import dev.cmdguard.Risk;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Turns a YAML value node into the Java value of a {@link PolicyKey.Type}, or reports why it cannot
 * (SPEC section 6: wrong types are errors, never ignored). Strict on purpose: {@code yes} is not a
 * boolean, a single string is not a list, a size or duration needs its unit.
 */
final class PolicyValues {
  private static final Set<Tag> TEXT_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL);
  private static final Pattern SIZE = Pattern.compile("(\\d+) ?(B|KB|MB|GB|KiB|MiB|GiB)?");
  private static final Pattern DURATION = Pattern.compile("(\\d+)([smhd])");
  private static final Pattern NEGATIVE = Pattern.compile("-\\d.*");
  private static final List<String> PROFILES = labels(Profile.values());
  private static final List<String> RISKS = labels(Risk.values());

  /** Longest rule pattern, in characters. */
  static final int MAX_PATTERN = 1_000;

  private final Problems problems;

  PolicyValues(Problems problems) {
    this.problems = problems;
  }

  /** The value of {@code key} written as {@code node} at {@code path}, or empty after a problem. */
  Optional<?> convert(PolicyKey key, Node node, String path) {
    return switch (key.type()) {
      case PROFILE -> oneOf(node, path, PROFILES, true).map(Profile::parse);
      case RISK -> risk(node, path);
      case BOOLEAN -> bool(node, path);
      case STRING -> nonBlank(node, path, "a string");
      case CHOICE -> oneOf(node, path, key.choices(), false);
      case STRING_LIST -> list(node, path);
      case SIZE -> size(node, path);
      case DURATION -> duration(node, path);
    };
  }

  /** A severity level, {@code low|medium|high|critical}, case-insensitive. */
  Optional<Risk> risk(Node node, String path) {
    return oneOf(node, path, RISKS, true).map(Risk::parse);
  }

  /**
   * The text of a scalar, or empty after reporting a list, mapping, empty value, environment
   * variable or unknown tag where {@code expected} was wanted.
   */
  Optional<String> scalar(Node node, String path, String expected) {
    if (!(node instanceof ScalarNode scalar)) {
      String hint = expected.startsWith("a list") ? "" : "write a single value";
      problems.at(node, path, "expected " + expected + ", got " + shape(node), hint);
      return Optional.empty();
    }
    Tag tag = scalar.getTag();
    if (tag.equals(Tag.NULL)) {
      problems.at(node, path, "expected " + expected + ", got an empty value", "");
    } else if (tag.equals(Tag.ENV_TAG)) {
      problems.at(
          node,
          path,
          "expected " + expected + ", got '" + scalar.getValue() + "'",
          "environment variables are not expanded in a policy");
    } else if (!TEXT_TAGS.contains(tag)) {
      String name = tag.getValue();
      if (name.startsWith(Tag.PREFIX)) {
        name = "!!" + name.substring(Tag.PREFIX.length());
      }
      problems.at(node, path, "unsupported YAML tag '" + name + "'", "remove the tag");
    } else {
      return Optional.of(scalar.getValue());
    }
    return Optional.empty();
  }

  private Optional<String> nonBlank(Node node, String path, String expected) {
    Optional<String> text = scalar(node, path, expected);
    if (text.isPresent() && text.get().isBlank()) {
      problems.at(node, path, "expected a non-empty string", "");
      return Optional.empty();
    }
    return text;
  }

  private Optional<String> oneOf(Node node, String path, List<String> choices, boolean ignoreCase) {
    String expected = "one of " + String.join(", ", choices);
    Optional<String> text = scalar(node, path, expected);
    if (text.isEmpty()) {
      return text;
    }
    String v = text.get();
    if (choices.stream().anyMatch(c -> ignoreCase ? c.equalsIgnoreCase(v) : c.equals(v))) {
      return text;
    }
    String hint = Suggestions.closest(v, choices).map(c -> "did you mean '" + c + "'?").orElse("");
    problems.at(node, path, "expected " + expected + ", got '" + v + "'", hint);
    return Optional.empty();
  }

  private Optional<Boolean> bool(Node node, String path) {
    Optional<String> text = scalar(node, path, "true or false");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (node.getTag().equals(Tag.BOOL)) {
      return Optional.of(Boolean.valueOf(text.get()));
    }
    problems.at(
        node,
        path,
        "expected true or false, got '" + text.get() + "'",
        "write true or false, lower-case and without quotes");
    return Optional.empty();
  }

  private Optional<List<String>> list(Node node, String path) {
    if (!(node instanceof SequenceNode sequence)) {
      String hint =
          node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)
              ? "write [" + s.getValue() + "] for a list of one"
              : "write [a, b] or one '- item' per line";
      problems.at(node, path, "expected a list of strings, got " + shape(node), hint);
      return Optional.empty();
    }
    List<String> items = new ArrayList<>();
    boolean ok = true;
    List<Node> elements = sequence.getValue();
    for (int i = 0; i < elements.size(); i++) {
      Optional<String> item = nonBlank(elements.get(i), path + "[" + i + "]", "a string");
      item.ifPresent(items::add);
      ok &= item.isPresent();
    }
    return ok ? Optional.of(List.copyOf(items)) : Optional.empty();
  }

  private Optional<Long> size(Node node, String path) {
    String expected = "a size such as 1000, 512KiB or 10MiB";
    Optional<String> text = scalar(node, path, expected);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String v = text.get();
    Matcher m = SIZE.matcher(v);
    if (!m.matches()) {
      return bad(node, path, v, expected, "units: B, KB, MB, GB, KiB, MiB, GiB");
    }
    try {
      return Optional.of(Math.multiplyExact(Long.parseLong(m.group(1)), unit(m.group(2))));
    } catch (ArithmeticException | NumberFormatException e) {
      problems.at(node, path, "size '" + v + "' is too large", "");
      return Optional.empty();
    }
  }

  private static long unit(String unit) {
    return switch (unit == null ? "B" : unit) {
      case "KB" -> 1_000L;
      case "MB" -> 1_000_000L;
      case "GB" -> 1_000_000_000L;
      case "KiB" -> 1L << 10;
      case "MiB" -> 1L << 20;
      case "GiB" -> 1L << 30;
      default -> 1L;
    };
  }

  private Optional<Duration> duration(Node node, String path) {
    String expected = "a duration such as 30s, 10m, 24h or 7d";
    Optional<String> text = scalar(node, path, expected);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String v = text.get();
    Matcher m = DURATION.matcher(v);
    if (!m.matches()) {
      return bad(node, path, v, expected, "add a unit: s, m, h or d");
    }
    try {
      long n = Long.parseLong(m.group(1));
      Duration d =
          switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
          };
      if (d.isZero()) {
        problems.at(node, path, "the duration must be longer than zero, got '" + v + "'", "");
        return Optional.empty();
      }
      return Optional.of(d);
    } catch (ArithmeticException | NumberFormatException e) {
      problems.at(node, path, "duration '" + v + "' is too long", "");
      return Optional.empty();
    }
  }

  private <T> Optional<T> bad(Node node, String path, String v, String expected, String hint) {
    if (NEGATIVE.matcher(v).matches()) {
      problems.at(node, path, "must not be negative, got '" + v + "'", "");
    } else {
      problems.at(node, path, "expected " + expected + ", got '" + v + "'", hint);
    }
    return Optional.empty();
  }

  /**
   * A rules entry (SPEC section 6): a token-prefix pattern, not blank, on one line, at most {@link
   * #MAX_PATTERN} characters, with {@code *} only as a glob inside one token ({@code **} would
   * suggest a "match anything" the matcher does not have).
   */
  Optional<String> pattern(Node node, String path) {
    Optional<String> text = scalar(node, path, "a string");
    if (text.isEmpty()) {
      return text;
    }
    String p = text.get();
    if (p.isBlank()) {
      problems.at(
          node, path, "empty pattern", "write the command's first words, such as 'git push'");
    } else if (p.length() > MAX_PATTERN) {
      problems.at(node, path, "pattern is longer than " + MAX_PATTERN + " characters", "");
    } else if (p.chars().anyMatch(Character::isISOControl)) {
      int c = p.chars().filter(Character::isISOControl).findFirst().orElseThrow();
      problems.at(
          node,
          path,
          String.format(Locale.ROOT, "pattern contains the control character U+%04X", c),
          "write the command on one line, its words separated by spaces");
    } else if (Arrays.stream(p.trim().split("\\s+")).anyMatch(t -> t.matches("\\*{2,}"))) {
      problems.at(
          node,
          path,
          "'**' is not a pattern token",
          "'*' stands for one token, and a pattern already matches whatever follows its last"
              + " token");
    } else {
      return text;
    }
    return Optional.empty();
  }

  /** How a node looks, for "got …": {@code a list}, {@code a mapping}, {@code a string} … */
  static String shape(Node node) {
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (!(node instanceof ScalarNode)) {
      return "a mapping";
    }
    Tag tag = node.getTag();
    if (tag.equals(Tag.NULL)) {
      return "an empty value";
    }
    if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
      return "a number";
    }
    return tag.equals(Tag.BOOL) ? "a boolean" : "a string";
  }

  private static List<String> labels(Enum<?>[] values) {
    return Arrays.stream(values).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
  }
}
