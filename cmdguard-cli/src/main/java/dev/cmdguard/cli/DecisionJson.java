package dev.cmdguard.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cmdguard.Decision;
import dev.cmdguard.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The JSON form of a {@link Decision} (SPEC section 5): the output of {@code check --json} and, one
 * compact object per line, of {@code scan}. Field names and order are fixed here, not by the
 * record's shape:
 *
 * <pre>
 * id? decision risk profile findings[] invocations[] primaryReason secondaryReasons[]
 * policySources[] sandbox cacheHit durationMicros
 * </pre>
 *
 * A finding is {@code code severity message span{start,end} invocation[] saferAlternative} ({@code
 * null} when there is none); an invocation is the object of {@code explain --json}. Labels are
 * lower case ({@code deny}, {@code critical}, {@code paranoid}, {@code recommended}). Documented in
 * the README; changing a field is a breaking change.
 */
final class DecisionJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

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
    JsonOutput.fields(tree(d), json);
    json.writeEndObject();
  }

  /** The decision as a tree, without an id. */
  static ObjectNode tree(Decision d) {
    ObjectNode root = NODES.objectNode();
    root.put("decision", d.decision().label());
    root.put("risk", d.risk().label());
    root.put("profile", d.profile().label());
    ArrayNode findings = root.putArray("findings");
    d.findings().forEach(f -> findings.add(finding(f, false)));
    ArrayNode invocations = root.putArray("invocations");
    d.invocations().forEach(i -> invocations.add(ExplainJson.invocation(i)));
    root.put("primaryReason", d.primaryReason());
    root.set("secondaryReasons", ExplainJson.strings(d.secondaryReasons()));
    root.set("policySources", ExplainJson.strings(d.policySources()));
    root.put("sandbox", d.sandbox().label());
    root.put("cacheHit", d.cacheHit());
    root.put("durationMicros", d.durationMicros());
    return root;
  }

  /**
   * One finding: {@code code}, {@code severity}, {@code message}, {@code span}, {@code invocation}
   * (the argv it came from), then, with {@code withIndex} ({@code explain --json}), {@code
   * invocationIndex} (0-based into {@code invocations}, -1 for the whole command), and {@code
   * saferAlternative} (a string or {@code null}).
   */
  static ObjectNode finding(Finding f, boolean withIndex) {
    ObjectNode node = NODES.objectNode();
    node.put("code", f.code().name());
    node.put("severity", f.severity().label());
    node.put("message", f.message());
    node.set("span", ExplainJson.span(f.span()));
    node.set("invocation", ExplainJson.strings(f.invocation()));
    if (withIndex) {
      node.put("invocationIndex", f.invocationIndex());
    }
    node.put("saferAlternative", f.saferAlternative().orElse(null));
    return node;
  }
}
