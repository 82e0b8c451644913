package dev.cmdguard.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Durations as people write them on a command line and in policies ({@code trust.ttl}, {@code
 * cache.expiry}): a positive whole number and one unit, {@code s}, {@code m}, {@code h} or {@code
 * d}, such as {@code 90s}, {@code 30m}, {@code 12h}, {@code 7d}. A day is 24 hours.
 */
final class Durations {
  private static final Pattern SYNTAX = Pattern.compile("([0-9]{1,9})([smhd])");

  private Durations() {}

  /**
   * Parses {@code 30m}, {@code 12h}, {@code 7d}….
   *
   * @throws IllegalArgumentException naming the text and the accepted form when it is not one, or
   *     is zero
   */
  static Duration parse(String text) {
    Matcher m = SYNTAX.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a duration; write a number and a unit: 30m, 12h or 7d");
    }
    long n = Long.parseLong(m.group(1));
    if (n == 0) {
      throw new IllegalArgumentException("'" + text + "' is no time at all; give more than 0");
    }
    return switch (m.group(2)) {
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }

  /**
   * The shortest text {@link #parse} reads back as {@code d} when it is whole seconds ({@code 7d},
   * {@code 36h}, {@code 90s}); otherwise its ISO-8601 form ({@code PT0.5S}).
   */
  static String format(Duration d) {
    if (d.isNegative() || d.isZero() || d.getNano() != 0) {
      return d.toString();
    }
    long s = d.getSeconds();
    if (s % 86_400 == 0) {
      return s / 86_400 + "d";
    }
    if (s % 3_600 == 0) {
      return s / 3_600 + "h";
    }
    if (s % 60 == 0) {
      return s / 60 + "m";
    }
    return s + "s";
  }

  /** Picocli's converter for {@code --ttl} and similar options. */
  static final class Converter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        return parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
