package dev.cmdguard.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cmdguard.policy.TrustEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * The JSON of {@code trust add --json} (one entry) and {@code trust list --json} (an array of
 * entries). An entry:
 *
 * <pre>
 * {
 *   "id": "3fa2b1c4",
 *   "command": "npm run deploy",
 *   "invocations": [["npm", "run", "deploy"]],
 *   "created": "2025-06-01T12:00:00Z",
 *   "expires": "2025-06-08T12:00:00Z",
 *   "expired": false,
 *   "note": "release"
 * }
 * </pre>
 */
final class TrustJson {
  private TrustJson() {}

  /** Writes one entry as a document, with a final newline. */
  static void writeEntry(TrustEntry entry, Instant now, PrintWriter out) {
    try (JsonGenerator json = JsonOutput.pretty(out)) {
      entry(entry, now, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }

  /** Writes the entries as one array document, with a final newline. */
  static void writeEntries(List<TrustEntry> entries, Instant now, PrintWriter out) {
    try (JsonGenerator json = JsonOutput.pretty(out)) {
      json.writeStartArray();
      for (TrustEntry e : entries) {
        entry(e, now, json);
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }

  private static void entry(TrustEntry e, Instant now, JsonGenerator json) throws IOException {
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
    json.writeBooleanField("expired", e.expiredAt(now));
    json.writeStringField("note", e.note());
    json.writeEndObject();
  }
}
