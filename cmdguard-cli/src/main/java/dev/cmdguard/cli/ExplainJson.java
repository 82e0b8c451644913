package dev.cmdguard.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cmdguard.Finding;
import dev.cmdguard.audit.DecisionJsonWriter;
import dev.cmdguard.shell.SyntaxError;
import dev.cmdguard.unwrap.AnalysisMarker;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.ResolvedRedirect;
import dev.cmdguard.unwrap.Stdin;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The {@code explain --json} document: an explicit mapping from the core's records to JSON, so the
 * format is decided here (camelCase field names, fixed field order, every field always present) and
 * not by the records' shape. Invocations and findings are written by the core's {@link
 * DecisionJsonWriter}, as in {@code check --json}. Documented in the README; changing a field is a
 * breaking change.
 *
 * <pre>
 * command argv cwd home user invocations[] findings[] markers[] syntaxErrors[]
 * marker       kind message span
 * syntaxError  line column message span
 * </pre>
 */
final class ExplainJson {
  private ExplainJson() {}

  /** Writes one JSON value with a generator. */
  private interface Part {
    void write(JsonGenerator json) throws IOException;
  }

  /**
   * Writes the document, indented, followed by a newline.
   *
   * @throws UncheckedIOException when the writer fails
   */
  static void write(Explanation e, PrintWriter out) {
    try (JsonGenerator json = JsonOutput.pretty(out)) {
      document(e, json);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    out.println();
  }

  private static void document(Explanation e, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("command", e.command());
    json.writeFieldName("argv");
    if (e.argv().isPresent()) {
      strings(e.argv().get(), json);
    } else {
      json.writeNull();
    }
    json.writeStringField("cwd", e.context().cwd());
    json.writeStringField("home", e.context().home());
    json.writeStringField("user", e.context().user());
    json.writeArrayFieldStart("invocations");
    for (Invocation i : e.result().invocations()) {
      DecisionJsonWriter.writeInvocation(i, json);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("findings");
    for (Finding f : e.findings()) {
      DecisionJsonWriter.writeFinding(f, true, json);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("markers");
    for (AnalysisMarker m : e.result().markers()) {
      writeMarker(m, json);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("syntaxErrors");
    for (SyntaxError s : e.result().parse().errors()) {
      writeSyntaxError(s, json);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeMarker(AnalysisMarker m, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("kind", m.kind().name());
    json.writeStringField("message", m.message());
    json.writeFieldName("span");
    DecisionJsonWriter.writeSpan(m.span(), json);
    json.writeEndObject();
  }

  private static void writeSyntaxError(SyntaxError s, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeNumberField("line", s.line());
    json.writeNumberField("column", s.column());
    json.writeStringField("message", s.message());
    json.writeFieldName("span");
    DecisionJsonWriter.writeSpan(s.span(), json);
    json.writeEndObject();
  }

  private static void strings(List<String> values, JsonGenerator json) throws IOException {
    json.writeStartArray();
    for (String v : values) {
      json.writeString(v);
    }
    json.writeEndArray();
  }

  /** One argument as compact JSON. */
  static String arg(Arg arg) {
    return compact(json -> DecisionJsonWriter.writeArg(arg, json));
  }

  /** A standard input as compact JSON. */
  static String stdin(Stdin stdin) {
    return compact(json -> DecisionJsonWriter.writeStdin(stdin, json));
  }

  /** A redirection as compact JSON. */
  static String redirect(ResolvedRedirect r) {
    return compact(json -> DecisionJsonWriter.writeRedirect(r, json));
  }

  /** An analysis marker as compact JSON. */
  static String marker(AnalysisMarker m) {
    return compact(json -> writeMarker(m, json));
  }

  /** A syntax error as compact JSON. */
  static String syntaxError(SyntaxError s) {
    return compact(json -> writeSyntaxError(s, json));
  }

  private static String compact(Part part) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JsonOutput.compact(out)) {
      part.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
