package dev.cmdguard.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cmdguard.audit.AuditStats;
import dev.cmdguard.audit.AuditVerification;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The {@code --json} documents of {@code audit stats} and {@code audit verify}, indented, fields in
 * this order:
 *
 * <pre>
 * stats   since decisions executions byDecision{} byRisk{} byCode{} byAgent{}
 *         topDenied[{command,count}]
 * verify  ok records firstSeq lastSeq files[] problem{kind,file,line,message}|null
 *         skipped[{file,line}] notes[]
 * </pre>
 *
 * {@code kind} is {@code edited}, {@code missing}, {@code reordered}, {@code truncated}, {@code
 * not_json} or {@code head}. ({@code audit tail --json} prints the records' own lines.)
 */
final class AuditJson {
  private AuditJson() {}

  static void stats(AuditStats s, PrintWriter out) {
    try (JsonGenerator json = JsonOutput.pretty(out)) {
      json.writeStartObject();
      json.writeStringField("since", s.since().map(Object::toString).orElse(null));
      json.writeNumberField("decisions", s.decisions());
      json.writeNumberField("executions", s.executions());
      counts("byDecision", s.byDecision(), json);
      counts("byRisk", s.byRisk(), json);
      counts("byCode", s.byCode(), json);
      counts("byAgent", s.byAgent(), json);
      json.writeArrayFieldStart("topDenied");
      for (AuditStats.Count c : s.topDenied()) {
        json.writeStartObject();
        json.writeStringField("command", c.key());
        json.writeNumberField("count", c.count());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }

  private static void counts(String name, List<AuditStats.Count> counts, JsonGenerator json)
      throws IOException {
    json.writeObjectFieldStart(name);
    for (AuditStats.Count c : counts) {
      json.writeNumberField(c.key(), c.count());
    }
    json.writeEndObject();
  }

  static void verification(AuditVerification v, List<Path> files, PrintWriter out) {
    try (JsonGenerator json = JsonOutput.pretty(out)) {
      json.writeStartObject();
      json.writeBooleanField("ok", v.ok());
      json.writeNumberField("records", v.records());
      json.writeNumberField("firstSeq", v.firstSeq());
      json.writeNumberField("lastSeq", v.lastSeq());
      json.writeArrayFieldStart("files");
      for (Path f : files) {
        json.writeString(f.toString());
      }
      json.writeEndArray();
      json.writeFieldName("problem");
      if (v.problem().isPresent()) {
        AuditVerification.Problem p = v.problem().get();
        json.writeStartObject();
        json.writeStringField("kind", p.kind().name().toLowerCase(Locale.ROOT));
        json.writeStringField("file", p.at().file().toString());
        json.writeNumberField("line", p.at().line());
        json.writeStringField("message", p.message());
        json.writeEndObject();
      } else {
        json.writeNull();
      }
      json.writeArrayFieldStart("skipped");
      for (AuditVerification.Location l : v.skipped()) {
        json.writeStartObject();
        json.writeStringField("file", l.file().toString());
        json.writeNumberField("line", l.line());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("notes");
      for (String note : v.notes()) {
        json.writeString(note);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }
}
