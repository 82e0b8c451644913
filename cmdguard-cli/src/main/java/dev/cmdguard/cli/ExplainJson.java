package dev.cmdguard.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cmdguard.shell.Span;
import dev.cmdguard.shell.SyntaxError;
import dev.cmdguard.unwrap.AnalysisMarker;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.ResolvedRedirect;
import dev.cmdguard.unwrap.Stdin;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The {@code explain --json} document: an explicit mapping from the core's records to a JSON tree,
 * so the format is decided here (camelCase field names, fixed field order, every field always
 * present) and not by the records' shape. Documented in the README; changing a field is a breaking
 * change.
 */
final class ExplainJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ExplainJson() {}

  /**
   * Writes the document, indented, followed by a newline.
   *
   * @throws UncheckedIOException when the writer fails
   */
  static void write(Explanation e, PrintWriter out) {
    try (JsonGenerator json = JsonOutput.pretty(out)) {
      JsonOutput.emit(tree(e), json);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    out.println();
  }

  /** The document as a tree. */
  static ObjectNode tree(Explanation e) {
    ObjectNode root = NODES.objectNode();
    root.put("command", e.command());
    root.set("argv", e.argv().map(ExplainJson::strings).orElse(null));
    root.put("cwd", e.context().cwd());
    root.put("home", e.context().home());
    root.put("user", e.context().user());
    ArrayNode invocations = root.putArray("invocations");
    e.result().invocations().forEach(i -> invocations.add(invocation(i)));
    ArrayNode findings = root.putArray("findings");
    e.findings().forEach(f -> findings.add(DecisionJson.finding(f, true)));
    ArrayNode markers = root.putArray("markers");
    e.result().markers().forEach(m -> markers.add(marker(m)));
    ArrayNode errors = root.putArray("syntaxErrors");
    e.result().parse().errors().forEach(s -> errors.add(syntaxError(s)));
    return root;
  }

  static ObjectNode invocation(Invocation inv) {
    ObjectNode node = NODES.objectNode();
    node.put("program", inv.program());
    ArrayNode argv = node.putArray("argv");
    inv.argv().forEach(a -> argv.add(arg(a)));
    node.put("cwd", inv.cwd().orElse(null));
    node.set("origin", strings(inv.origin()));
    node.set("span", span(inv.span()));
    node.set("stdin", stdin(inv.stdin()));
    ArrayNode redirects = node.putArray("redirects");
    inv.redirects().forEach(r -> redirects.add(redirect(r)));
    ArrayNode traits = node.putArray("traits");
    Explanation.sortedTraits(inv).forEach(t -> traits.add(t.name()));
    return node;
  }

  static ObjectNode arg(Arg arg) {
    ObjectNode node = NODES.objectNode();
    node.put("value", arg.value());
    node.put("dynamic", arg.dynamic());
    node.put("knownPrefix", arg.knownPrefix());
    node.put("glob", arg.glob());
    node.set("producers", strings(arg.producers()));
    node.set("span", span(arg.span()));
    return node;
  }

  static ObjectNode stdin(Stdin stdin) {
    ObjectNode node = NODES.objectNode();
    switch (stdin) {
      case Stdin.Inherited inherited -> node.put("kind", "inherited");
      case Stdin.Pipe pipe ->
          node.put("kind", "pipe").put("producer", pipe.producer()).put("program", pipe.program());
      case Stdin.Heredoc heredoc ->
          node.put("kind", "heredoc")
              .put("body", heredoc.body())
              .put("expanded", heredoc.expanded())
              .put("dynamic", heredoc.dynamic());
      case Stdin.HereString here -> node.put("kind", "hereString").set("word", arg(here.word()));
      case Stdin.File file -> node.put("kind", "file").set("path", arg(file.path()));
    }
    return node;
  }

  static ObjectNode redirect(ResolvedRedirect r) {
    ObjectNode node = NODES.objectNode();
    node.put("fd", r.fd());
    node.put("operator", r.operator());
    node.set("target", arg(r.target()));
    node.put("toDescriptor", r.toDescriptor());
    node.set("span", span(r.span()));
    return node;
  }

  static ObjectNode marker(AnalysisMarker m) {
    ObjectNode node = NODES.objectNode();
    node.put("kind", m.kind().name());
    node.put("message", m.message());
    node.set("span", span(m.span()));
    return node;
  }

  static ObjectNode syntaxError(SyntaxError s) {
    ObjectNode node = NODES.objectNode();
    node.put("line", s.line());
    node.put("column", s.column());
    node.put("message", s.message());
    node.set("span", span(s.span()));
    return node;
  }

  static ObjectNode span(Span span) {
    return NODES.objectNode().put("start", span.start()).put("end", span.end());
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode node = NODES.arrayNode();
    values.forEach(node::add);
    return node;
  }
}
