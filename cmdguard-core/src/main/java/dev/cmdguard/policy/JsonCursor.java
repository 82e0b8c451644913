package dev.cmdguard.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A strict reader of cmdguard's own JSON state files over jackson-core's streaming parser: every
 * value must have the expected type, duplicate keys are errors, and every error is an {@link
 * IOException} whose message starts with {@code line L, column C:}. A state file that does not read
 * exactly as written is never half-trusted.
 */
final class JsonCursor implements AutoCloseable {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final JsonParser parser;
  private boolean pending;

  private JsonCursor(JsonParser parser) {
    this.parser = parser;
  }

  /** A cursor over a UTF-8 document. */
  static JsonCursor of(byte[] bytes) throws IOException {
    return new JsonCursor(FACTORY.createParser(bytes));
  }

  /** Runs {@code body}, turning jackson's errors into {@code line L, column C: message}. */
  static <T> T read(byte[] bytes, Body<T> body) throws IOException {
    try (JsonCursor json = of(bytes)) {
      T value = body.read(json);
      json.end();
      return value;
    } catch (JsonProcessingException e) {
      throw new IOException(at(e.getLocation()) + e.getOriginalMessage(), e);
    }
  }

  /** Reads a document's content. */
  @FunctionalInterface
  interface Body<T> {
    T read(JsonCursor json) throws IOException;
  }

  /** Expects {@code {}. */
  void startObject() throws IOException {
    expect(JsonToken.START_OBJECT, "an object");
  }

  /**
   * Moves to the next field of the current object.
   *
   * @return the field's name, or {@code null} at the object's end
   */
  String nextField() throws IOException {
    JsonToken token = next();
    if (token == JsonToken.END_OBJECT) {
      return null;
    }
    if (token != JsonToken.FIELD_NAME) {
      throw error("expected a field name, found " + describe(token));
    }
    return parser.currentName();
  }

  /** Expects {@code [}. */
  void startArray() throws IOException {
    expect(JsonToken.START_ARRAY, "an array");
  }

  /** True when the current array has another element; false after its {@code ]}. */
  boolean more() throws IOException {
    JsonToken token = next();
    if (token == JsonToken.END_ARRAY) {
      return false;
    }
    pending = true;
    return true;
  }

  /** The next value, which must be a string. */
  String string() throws IOException {
    expect(JsonToken.VALUE_STRING, "a string");
    return parser.getText();
  }

  /** The next value, which must be an integer. */
  long integer() throws IOException {
    expect(JsonToken.VALUE_NUMBER_INT, "an integer");
    return parser.getLongValue();
  }

  /** The next value, which must be an ISO-8601 UTC instant such as {@code 2025-06-01T12:00:00Z}. */
  Instant instant() throws IOException {
    String text = string();
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw error("'" + text + "' is not an ISO-8601 UTC time such as 2025-06-01T12:00:00Z");
    }
  }

  /** The next value, which must be an array of strings. */
  List<String> strings() throws IOException {
    startArray();
    List<String> out = new ArrayList<>();
    while (more()) {
      out.add(string());
    }
    return out;
  }

  /** An error at the current position: {@code line L, column C: message}. */
  IOException error(String message) {
    return new IOException(at(parser.currentTokenLocation()) + message);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  private void end() throws IOException {
    JsonToken token = next();
    if (token != null) {
      throw error("expected the end of the document, found " + describe(token));
    }
  }

  private void expect(JsonToken expected, String what) throws IOException {
    JsonToken token = next();
    if (token != expected) {
      throw error("expected " + what + ", found " + describe(token));
    }
  }

  private JsonToken next() throws IOException {
    if (pending) {
      pending = false;
      return parser.currentToken();
    }
    return parser.nextToken();
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the document";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case END_OBJECT -> "'}'";
      case START_ARRAY -> "an array";
      case END_ARRAY -> "']'";
      case FIELD_NAME -> "a field name";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      case VALUE_EMBEDDED_OBJECT, NOT_AVAILABLE -> "an unexpected value";
    };
  }

  private static String at(JsonLocation location) {
    return location == null
        ? ""
        : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
  }
}
