package dev.cmdguard.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cmdguard.Decision;
import dev.cmdguard.Finding;
import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.ResolvedRedirect;
import dev.cmdguard.unwrap.Stdin;
import java.io.IOException;
import java.util.List;

/**
 * The JSON form of a {@link Decision} (SPEC section 5), written with jackson-core's streaming
 * generator: the output of {@code check --json} and {@code scan}, and the {@code decision} of an
 * audit record. Field names and order are fixed here, not by the records' shape, and every field is
 * always present:
 *
 * <pre>
 * decision risk profile findings[] invocations[] primaryReason secondaryReasons[]
 * policySources[] sandbox cacheHit durationMicros
 * finding     code severity message span{start,end} invocation[] invocationIndex? saferAlternative
 * invocation  program argv[] cwd origin[] span stdin redirects[] traits[]
 * arg         value dynamic knownPrefix glob producers[] span
 * stdin       kind ("inherited" | "pipe" producer program | "heredoc" body expanded dynamic |
 *             "hereString" word | "file" path)
 * redirect    fd operator target toDescriptor span
 * </pre>
 *
 * Labels are lower case ({@code deny}, {@code critical}, {@code paranoid}, {@code recommended});
 * codes and traits are upper case; an absent optional value is {@code null}. Changing a field is a
 * breaking change for every reader of the audit log.
 */
public final class DecisionJsonWriter {
  private DecisionJsonWriter() {}

  /**
   * Writes the decision as one object.
   *
   * @throws IOException when the generator's target fails
   */
  public static void write(Decision d, JsonGenerator json) throws IOException {
    json.writeStartObject();
    writeFields(d, json);
    json.writeEndObject();
  }

  /**
   * Writes the decision's fields into the object the generator is in, so that a caller can put its
   * own fields first ({@code scan} echoes the input's {@code id}).
   *
   * @throws IOException when the generator's target fails
   */
  public static void writeFields(Decision d, JsonGenerator json) throws IOException {
    json.writeStringField("decision", d.decision().label());
    json.writeStringField("risk", d.risk().label());
    json.writeStringField("profile", d.profile().label());
    json.writeArrayFieldStart("findings");
    for (Finding f : d.findings()) {
      writeFinding(f, false, json);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("invocations");
    for (Invocation i : d.invocations()) {
      writeInvocation(i, json);
    }
    json.writeEndArray();
    json.writeStringField("primaryReason", d.primaryReason());
    writeStrings("secondaryReasons", d.secondaryReasons(), json);
    writeStrings("policySources", d.policySources(), json);
    json.writeStringField("sandbox", d.sandbox().label());
    json.writeBooleanField("cacheHit", d.cacheHit());
    json.writeNumberField("durationMicros", d.durationMicros());
  }

  /**
   * One finding. With {@code withIndex} ({@code explain --json}), {@code invocationIndex} (0-based
   * into the invocations, -1 for the whole command) comes before {@code saferAlternative}.
   *
   * @throws IOException when the generator's target fails
   */
  public static void writeFinding(Finding f, boolean withIndex, JsonGenerator json)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("code", f.code().name());
    json.writeStringField("severity", f.severity().label());
    json.writeStringField("message", f.message());
    json.writeFieldName("span");
    writeSpan(f.span(), json);
    writeStrings("invocation", f.invocation(), json);
    if (withIndex) {
      json.writeNumberField("invocationIndex", f.invocationIndex());
    }
    json.writeStringField("saferAlternative", f.saferAlternative().orElse(null));
    json.writeEndObject();
  }

  /**
   * One invocation, its traits in declaration order so output is the same on every run.
   *
   * @throws IOException when the generator's target fails
   */
  public static void writeInvocation(Invocation inv, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("program", inv.program());
    json.writeArrayFieldStart("argv");
    for (Arg a : inv.argv()) {
      writeArg(a, json);
    }
    json.writeEndArray();
    json.writeStringField("cwd", inv.cwd().orElse(null));
    writeStrings("origin", inv.origin(), json);
    json.writeFieldName("span");
    writeSpan(inv.span(), json);
    json.writeFieldName("stdin");
    writeStdin(inv.stdin(), json);
    json.writeArrayFieldStart("redirects");
    for (ResolvedRedirect r : inv.redirects()) {
      writeRedirect(r, json);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("traits");
    for (Invocation.Trait t : inv.traits().stream().sorted().toList()) {
      json.writeString(t.name());
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /**
   * One argument of an invocation.
   *
   * @throws IOException when the generator's target fails
   */
  public static void writeArg(Arg arg, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("value", arg.value());
    json.writeBooleanField("dynamic", arg.dynamic());
    json.writeStringField("knownPrefix", arg.knownPrefix());
    json.writeBooleanField("glob", arg.glob());
    writeStrings("producers", arg.producers(), json);
    json.writeFieldName("span");
    writeSpan(arg.span(), json);
    json.writeEndObject();
  }

  /**
   * Where an invocation's standard input comes from, {@code kind} first.
   *
   * @throws IOException when the generator's target fails
   */
  public static void writeStdin(Stdin stdin, JsonGenerator json) throws IOException {
    json.writeStartObject();
    // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
    if (stdin instanceof Stdin.Inherited) {
      json.writeStringField("kind", "inherited");
    } else if (stdin instanceof Stdin.Pipe pipe) {
      json.writeStringField("kind", "pipe");
      json.writeNumberField("producer", pipe.producer());
      json.writeStringField("program", pipe.program());
    } else if (stdin instanceof Stdin.Heredoc heredoc) {
      json.writeStringField("kind", "heredoc");
      json.writeStringField("body", heredoc.body());
      json.writeBooleanField("expanded", heredoc.expanded());
      json.writeBooleanField("dynamic", heredoc.dynamic());
    } else if (stdin instanceof Stdin.HereString here) {
      json.writeStringField("kind", "hereString");
      json.writeFieldName("word");
      writeArg(here.word(), json);
    } else if (stdin instanceof Stdin.File file) {
      json.writeStringField("kind", "file");
      json.writeFieldName("path");
      writeArg(file.path(), json);
    } else {
      throw new IllegalStateException("unexpected stdin: " + stdin);
    }
    json.writeEndObject();
  }

  /**
   * One redirection with its expanded target.
   *
   * @throws IOException when the generator's target fails
   */
  public static void writeRedirect(ResolvedRedirect r, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeNumberField("fd", r.fd());
    json.writeStringField("operator", r.operator());
    json.writeFieldName("target");
    writeArg(r.target(), json);
    json.writeBooleanField("toDescriptor", r.toDescriptor());
    json.writeFieldName("span");
    writeSpan(r.span(), json);
    json.writeEndObject();
  }

  /**
   * A span as {@code {"start":S,"end":E}} (character offsets into the command text).
   *
   * @throws IOException when the generator's target fails
   */
  public static void writeSpan(Span span, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeNumberField("start", span.start());
    json.writeNumberField("end", span.end());
    json.writeEndObject();
  }

  private static void writeStrings(String name, List<String> values, JsonGenerator json)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (String v : values) {
      json.writeString(v);
    }
    json.writeEndArray();
  }
}
