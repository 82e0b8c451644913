package dev.cmdguard.cli.hook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A hook payload read into plain values with jackson-core's streaming parser (no {@code
 * ObjectMapper}: it costs start-up time). An object is a {@code Map<String, Object>} in field
 * order, an array a {@code List<Object>}, a string a {@code String}, a number a {@link Num}, a
 * boolean a {@code Boolean}, and JSON {@code null} is absent (an object field holding {@code null}
 * reads as missing).
 *
 * <p>Strict where a lenient reader could be fooled: one JSON object and nothing after it, no
 * duplicate field names (an agent and cmdguard could read different {@code command}s), at most
 * {@link #MAX_DEPTH} levels of nesting.
 */
final class Payload {
  /** Deeper nesting than this is refused; real payloads nest three or four levels. */
  static final int MAX_DEPTH = 64;

  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final Map<String, Object> root;

  private Payload(Map<String, Object> root) {
    this.root = root;
  }

  /** An object already read (a nested one, such as Copilot's {@code toolArgs} object). */
  @SuppressWarnings("unchecked")
  static Payload of(Map<?, ?> object) {
    return new Payload((Map<String, Object>) object);
  }

  /** A JSON number, kept as written. */
  record Num(String text) {}

  /** Why a payload or one of its fields cannot be used; the message is one phrase. */
  static final class Unusable extends Exception {
    private static final long serialVersionUID = 1L;

    Unusable(String message) {
      super(message);
    }
  }

  /**
   * Reads one JSON object.
   *
   * @param bytes UTF-8 (or UTF-16/32 with a detectable encoding, as JSON allows)
   * @throws Unusable when it is not exactly one JSON object, nests too deeply or repeats a field
   */
  static Payload read(byte[] bytes) throws Unusable {
    try (JsonParser p = JSON.createParser(bytes)) {
      return new Payload(document(p));
    } catch (JsonParseException e) {
      throw notJson(e);
    } catch (IOException e) {
      throw new Unusable("the input is not valid JSON: " + oneLine(e.getMessage()));
    }
  }

  /** Reads one JSON object from text (a field that holds JSON as a string). */
  static Payload read(String text, String what) throws Unusable {
    try (JsonParser p = JSON.createParser(text)) {
      return new Payload(document(p));
    } catch (JsonParseException e) {
      throw new Unusable(what + " is not a JSON object: " + oneLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new Unusable(what + " is not a JSON object: " + oneLine(e.getMessage()));
    }
  }

  private static Map<String, Object> document(JsonParser p) throws IOException, Unusable {
    JsonToken first = p.nextToken();
    if (first == null) {
      throw new Unusable("the input is empty; expected a JSON object");
    }
    if (first != JsonToken.START_OBJECT) {
      throw new Unusable("the input is not a JSON object");
    }
    Map<String, Object> root = object(p, 1);
    if (p.nextToken() != null) {
      throw new Unusable("the input has more than one JSON value");
    }
    return root;
  }

  private static Map<String, Object> object(JsonParser p, int depth) throws IOException, Unusable {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      String name = p.currentName();
      Object value = value(p, p.nextToken(), depth);
      if (value != null) {
        fields.put(name, value);
      }
    }
    return fields;
  }

  private static Object value(JsonParser p, JsonToken t, int depth) throws IOException, Unusable {
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth >= MAX_DEPTH) {
      throw new Unusable("the input nests deeper than " + MAX_DEPTH + " levels");
    }
    return switch (t) {
      case START_OBJECT -> object(p, depth + 1);
      case START_ARRAY -> array(p, depth + 1);
      case VALUE_STRING -> p.getText();
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Num(p.getText());
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      default -> throw new Unusable("the input is not valid JSON: unexpected " + t);
    };
  }

  private static List<Object> array(JsonParser p, int depth) throws IOException, Unusable {
    List<Object> elements = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      Object value = value(p, t, depth);
      elements.add(value);
    }
    return elements;
  }

  private static Unusable notJson(JsonParseException e) {
    String message = oneLine(e.getOriginalMessage());
    if (message.startsWith("Duplicate field")) {
      return new Unusable("the input repeats a field: " + message);
    }
    int line = e.getLocation().getLineNr();
    int column = e.getLocation().getColumnNr();
    return new Unusable(
        "the input is not valid JSON (line " + line + ", column " + column + "): " + message);
  }

  /**
   * The message on one line, without jackson's note that it left the source out of locations:
   * {@code (start marker at [line: 1, column: 86])}.
   */
  private static String oneLine(String message) {
    if (message == null) {
      return "";
    }
    return message
        .replace('\n', ' ')
        .replace('\r', ' ')
        .replace(
            "Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); ", "");
  }

  /** The whole object. */
  Map<String, Object> fields() {
    return root;
  }

  /** The string at a dotted path ({@code tool_input.command}); empty when absent. */
  Optional<String> string(String path) throws Unusable {
    Optional<Object> v = find(path);
    if (v.isPresent() && !(v.get() instanceof String)) {
      throw new Unusable(path + " must be a string");
    }
    return v.map(String.class::cast);
  }

  /** The string at a dotted path. */
  String requiredString(String path) throws Unusable {
    return string(path).orElseThrow(() -> new Unusable(path + " is missing"));
  }

  /** The value at a dotted path, whatever its type; empty when absent. */
  Optional<Object> find(String path) throws Unusable {
    Object at = root;
    String walked = "";
    for (String name : path.split("\\.")) {
      if (!(at instanceof Map<?, ?> map)) {
        throw new Unusable(walked + " must be an object");
      }
      at = map.get(name);
      if (at == null) {
        return Optional.empty();
      }
      walked = walked.isEmpty() ? name : walked + "." + name;
    }
    return Optional.of(at);
  }

  /**
   * An identifier such as a session id: a string, or a number as written; {@code ""} when absent or
   * of another type (an id is for the audit log only, never a reason to refuse).
   */
  String id(String path) {
    try {
      return find(path)
          .map(v -> v instanceof String s ? s : v instanceof Num n ? n.text() : "")
          .orElse("");
    } catch (Unusable e) {
      return "";
    }
  }
}
