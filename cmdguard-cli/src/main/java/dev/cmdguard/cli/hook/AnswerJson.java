package dev.cmdguard.cli.hook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes an answer as one compact JSON object and a newline, with jackson-core's generator: pairs
 * of names and values, where a value is a {@code String} or a nested {@link Obj}; {@code null}
 * values are left out.
 */
final class AnswerJson {
  private static final JsonFactory JSON = new JsonFactory();

  private AnswerJson() {}

  /** A nested object: names and values alternating. */
  record Obj(Object... pairs) {}

  /**
   * The object for {@code pairs} ({@code name, value, name, value, …}) and a newline.
   *
   * @throws IllegalArgumentException when a name is not a string or a value of another type
   */
  static String of(Object... pairs) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      object(json, pairs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
  }

  private static void object(JsonGenerator json, Object[] pairs) throws IOException {
    json.writeStartObject();
    for (int i = 0; i < pairs.length; i += 2) {
      if (!(pairs[i] instanceof String name)) {
        throw new IllegalArgumentException("a field name must be a string: " + pairs[i]);
      }
      Object value = pairs[i + 1];
      if (value == null) {
        continue;
      }
      json.writeFieldName(name);
      // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
      if (value instanceof String s) {
        json.writeString(s);
      } else if (value instanceof Obj o) {
        object(json, o.pairs());
      } else {
        throw new IllegalArgumentException("not a string or object: " + value);
      }
    }
    json.writeEndObject();
  }
}
