package dev.cmdguard.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cmdguard.Profile;
import dev.cmdguard.Risk;
import dev.cmdguard.policy.PolicySource;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** How policy values look in {@code policy show}: as they would be written in YAML. */
final class PolicyValues {
  private PolicyValues() {}

  /** {@code medium}, {@code true}, {@code [main, master]}, {@code 10m}, {@code 1000}. */
  static String show(Object value) {
    return switch (value) {
      case Profile p -> p.label();
      case Risk r -> r.label();
      case Duration d -> duration(d);
      case List<?> l -> l.toString();
      default -> String.valueOf(value);
    };
  }

  /** A duration in the largest unit that divides it: {@code 7d}, {@code 10m}, {@code 90s}. */
  static String duration(Duration d) {
    long s = d.toSeconds();
    if (s > 0 && s % 86_400 == 0) {
      return s / 86_400 + "d";
    }
    if (s > 0 && s % 3_600 == 0) {
      return s / 3_600 + "h";
    }
    if (s > 0 && s % 60 == 0) {
      return s / 60 + "m";
    }
    return s + "s";
  }

  /** The value as JSON: booleans and numbers as such, lists as arrays, the rest as strings. */
  static void write(Object value, JsonGenerator g) throws IOException {
    switch (value) {
      case Boolean b -> g.writeBoolean(b);
      case Long n -> g.writeNumber(n);
      case List<?> l -> {
        g.writeStartArray();
        for (Object o : l) {
          g.writeString(String.valueOf(o));
        }
        g.writeEndArray();
      }
      default -> g.writeString(show(value));
    }
  }

  /** {@code "source": {"layer", "file", "line", "column", "text"}}. */
  static void writeSource(PolicySource s, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("source");
    g.writeStringField("layer", s.layer().label());
    g.writeStringField("file", s.file());
    g.writeNumberField("line", s.line());
    g.writeNumberField("column", s.column());
    g.writeStringField("text", s.describe());
    g.writeEndObject();
  }
}
