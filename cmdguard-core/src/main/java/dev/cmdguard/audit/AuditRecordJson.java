package dev.cmdguard.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

/**
 * One audit record as one compact JSON line (UTF-8, no newline). Every field is always present, in
 * this order, {@code null} where it does not apply:
 *
 * <pre>
 * seq            1, 2, 3, … one counter across the whole chain (rotated files too)
 * prev           SHA-256 (64 hex digits) of the previous record's line bytes; 64 zeros for seq 1
 * time           ISO-8601 UTC, 2026-03-01T12:00:00.123Z
 * kind           "decision" | "execution"
 * session        string | null
 * agent          string | null
 * cwd            string
 * command        script text (string) | argv (array of strings)
 * decision       the Decision JSON of {@link DecisionJsonWriter} | null
 * exitCode       number | null         (execution records)
 * durationMillis number | null         (execution records)
 * sandboxed      boolean | null        (execution records)
 * runtime        string | null         (execution records)
 * </pre>
 *
 * The record's own hash is SHA-256 over exactly these bytes; the next record names it as {@code
 * prev}.
 */
final class AuditRecordJson {
  /** Thread-safe; jackson-core writes non-ASCII as UTF-8 and escapes control characters. */
  static final JsonFactory FACTORY = new JsonFactory().setRootValueSeparator(null);

  private AuditRecordJson() {}

  /**
   * The record's line bytes.
   *
   * @param seq its place in the chain, from 1
   * @param prev the hash of the record before it, or {@link Sha256#ZERO}
   */
  static byte[] line(AuditRecord r, long seq, String prev) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
      json.writeStartObject();
      json.writeNumberField("seq", seq);
      json.writeStringField("prev", prev);
      json.writeStringField("time", DateTimeFormatter.ISO_INSTANT.format(r.time()));
      json.writeStringField("kind", r.kind().label());
      json.writeStringField("session", r.session().orElse(null));
      json.writeStringField("agent", r.agent().orElse(null));
      json.writeStringField("cwd", r.cwd());
      json.writeFieldName("command");
      // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
      AuditRecord.Command command = r.command();
      if (command instanceof AuditRecord.Command.Script s) {
        json.writeString(s.text());
      } else if (command instanceof AuditRecord.Command.Argv a) {
        json.writeStartArray();
        for (String word : a.argv()) {
          json.writeString(word);
        }
        json.writeEndArray();
      } else {
        throw new IllegalStateException("unexpected command: " + command);
      }
      json.writeFieldName("decision");
      if (r.decision().isPresent()) {
        DecisionJsonWriter.write(r.decision().get(), json);
      } else {
        json.writeNull();
      }
      execution(r, json);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return bytes.toByteArray();
  }

  private static void execution(AuditRecord r, JsonGenerator json) throws IOException {
    if (r.execution().isPresent()) {
      AuditRecord.Execution e = r.execution().get();
      json.writeNumberField("exitCode", e.exitCode());
      json.writeNumberField("durationMillis", e.durationMillis());
      json.writeBooleanField("sandboxed", e.sandboxed());
      json.writeStringField("runtime", e.runtime());
    } else {
      json.writeNullField("exitCode");
      json.writeNullField("durationMillis");
      json.writeNullField("sandboxed");
      json.writeNullField("runtime");
    }
  }
}
