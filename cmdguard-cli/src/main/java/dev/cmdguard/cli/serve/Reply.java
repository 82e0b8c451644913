package dev.cmdguard.cli.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP answer of the service, independent of the server library: status, content type, body and
 * any extra headers.
 *
 * @param status the HTTP status code (200, 400, 404, 405, 413, 415, 421, 500)
 * @param contentType the {@code Content-Type} header
 * @param body the body bytes
 * @param headers extra headers, such as {@code Allow} on a 405
 */
record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
  static final String JSON = "application/json";
  static final String PROMETHEUS = "text/plain; version=0.0.4; charset=utf-8";
  static final JsonFactory FACTORY = new JsonFactory();

  Reply {
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
    headers = Map.copyOf(headers);
  }

  /** A 200 JSON reply. */
  static Reply json(byte[] body) {
    return new Reply(200, JSON, body, Map.of());
  }

  /**
   * A JSON error: {@code {"error": message}}.
   *
   * @param status the HTTP status, 4xx or 5xx
   */
  static Reply error(int status, String message) {
    return new Reply(
        status, JSON, write(json -> json.writeStringField("error", message)), Map.of());
  }

  /** This reply with one more header. */
  Reply with(String header, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(header, value);
    return new Reply(status, contentType, body, more);
  }

  /** The body as text (for tests and logs). */
  String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Fields written into one object. */
  @FunctionalInterface
  interface ObjectFields {
    void write(JsonGenerator json) throws IOException;
  }

  /**
   * One compact JSON object, UTF-8, with {@code fields} inside.
   *
   * @throws UncheckedIOException never in practice (the target is memory)
   */
  static byte[] write(ObjectFields fields) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
      json.writeStartObject();
      fields.write(json);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
