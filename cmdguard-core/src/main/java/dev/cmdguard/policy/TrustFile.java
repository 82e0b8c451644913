package dev.cmdguard.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The trust store's file format, version 1:
 *
 * <pre>
 * {
 *   "version" : 1,
 *   "entries" : [ {
 *     "id" : "3fa2b1c4",
 *     "command" : "npm run deploy",
 *     "invocations" : [ [ "npm", "run", "deploy" ] ],
 *     "created" : "2025-06-01T12:00:00Z",
 *     "expires" : "2025-06-08T12:00:00Z",
 *     "note" : "release script"
 *   } ]
 * }
 * </pre>
 *
 * Reading is strict: every field is required, unknown fields, duplicate keys, duplicate ids and
 * other versions are errors, so a file that was edited into something unexpected trusts nothing.
 */
final class TrustFile {
  /** The only format version this code reads and writes. */
  static final int VERSION = 1;

  private static final JsonFactory FACTORY = new JsonFactory();

  private TrustFile() {}

  /**
   * The entries of a trust store file, in file order.
   *
   * @throws IOException {@code line L, column C: what is wrong}
   */
  static List<TrustEntry> parse(byte[] bytes) throws IOException {
    return JsonCursor.read(bytes, TrustFile::document);
  }

  /** The file's bytes for {@code entries}: pretty-printed UTF-8 JSON with a final newline. */
  static byte[] write(List<TrustEntry> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeNumberField("version", VERSION);
      json.writeArrayFieldStart("entries");
      for (TrustEntry e : entries) {
        json.writeStartObject();
        json.writeStringField("id", e.id());
        json.writeStringField("command", e.command());
        json.writeArrayFieldStart("invocations");
        for (List<String> argv : e.invocations()) {
          json.writeStartArray();
          for (String word : argv) {
            json.writeString(word);
          }
          json.writeEndArray();
        }
        json.writeEndArray();
        json.writeStringField("created", e.created().toString());
        json.writeStringField("expires", e.expires().toString());
        json.writeStringField("note", e.note());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
    return out.toByteArray();
  }

  private static List<TrustEntry> document(JsonCursor json) throws IOException {
    json.startObject();
    Long version = null;
    List<TrustEntry> entries = null;
    for (String field = json.nextField(); field != null; field = json.nextField()) {
      switch (field) {
        case "version" -> version = json.integer();
        case "entries" -> entries = entries(json);
        default -> throw json.error("unknown field '" + field + "' in the trust store");
      }
    }
    if (version == null || version != VERSION) {
      throw json.error("expected \"version\": " + VERSION + ", found " + version);
    }
    if (entries == null) {
      throw json.error("missing \"entries\"");
    }
    return List.copyOf(entries);
  }

  private static List<TrustEntry> entries(JsonCursor json) throws IOException {
    json.startArray();
    List<TrustEntry> entries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    while (json.more()) {
      TrustEntry entry = entry(json);
      if (!ids.add(entry.id())) {
        throw json.error("two entries have the id '" + entry.id() + "'");
      }
      entries.add(entry);
    }
    return entries;
  }

  private static TrustEntry entry(JsonCursor json) throws IOException {
    json.startObject();
    String id = null;
    String command = null;
    List<List<String>> invocations = null;
    Instant created = null;
    Instant expires = null;
    String note = null;
    for (String field = json.nextField(); field != null; field = json.nextField()) {
      switch (field) {
        case "id" -> id = json.string();
        case "command" -> command = json.string();
        case "invocations" -> invocations = invocations(json);
        case "created" -> created = json.instant();
        case "expires" -> expires = json.instant();
        case "note" -> note = json.string();
        default -> throw json.error("unknown field '" + field + "' in a trust entry");
      }
    }
    if (id == null || command == null || invocations == null) {
      throw json.error("a trust entry needs id, command, invocations, created, expires and note");
    }
    if (created == null || expires == null || note == null) {
      throw json.error("a trust entry needs id, command, invocations, created, expires and note");
    }
    try {
      return new TrustEntry(id, command, invocations, created, expires, note);
    } catch (IllegalArgumentException e) {
      throw json.error(e.getMessage());
    }
  }

  private static List<List<String>> invocations(JsonCursor json) throws IOException {
    json.startArray();
    List<List<String>> out = new ArrayList<>();
    while (json.more()) {
      out.add(json.strings());
    }
    return out;
  }
}
