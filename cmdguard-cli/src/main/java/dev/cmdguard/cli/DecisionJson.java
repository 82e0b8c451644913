package dev.cmdguard.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cmdguard.Decision;
import dev.cmdguard.audit.DecisionJsonWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The JSON form of a {@link Decision} (SPEC section 5) as the CLI prints it: the output of {@code
 * check --json} and, one compact object per line, of {@code scan}. The fields themselves are
 * written by the core's {@link DecisionJsonWriter}, the same writer the audit log uses, so the
 * three never drift apart:
 *
 * <pre>
 * id? decision risk profile findings[] invocations[] primaryReason secondaryReasons[]
 * policySources[] sandbox cacheHit durationMicros
 * </pre>
 *
 * Documented in the README; changing a field is a breaking change.
 */
final class DecisionJson {
  private DecisionJson() {}

  /**
   * The {@code id} a {@code scan} input line carried, echoed as given.
   *
   * @param text the string, or the number exactly as written in the input ({@code 7}, {@code 1.50})
   * @param number true to write {@code text} as a JSON number, false as a string
   */
  record Id(String text, boolean number) {}

  /**
   * Writes {@code check --json}: the decision as one indented document, then a newline.
   *
   * @throws UncheckedIOException when the writer fails
   */
  static void writeDocument(Decision d, PrintWriter out) {
    try (JsonGenerator json = JsonOutput.pretty(out)) {
      write(d, Optional.empty(), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }

  /**
   * Writes the decision as one object (no newline), {@code id} first when present.
   *
   * @throws IOException when the generator's target fails
   */
  static void write(Decision d, Optional<Id> id, JsonGenerator json) throws IOException {
    json.writeStartObject();
    if (id.isPresent()) {
      json.writeFieldName("id");
      if (id.get().number()) {
        json.writeNumber(id.get().text());
      } else {
        json.writeString(id.get().text());
      }
    }
    DecisionJsonWriter.writeFields(d, json);
    json.writeEndObject();
  }
}
