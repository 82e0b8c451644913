package dev.cmdguard.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * Writes the CLI's JSON with jackson-core's generator directly: no {@code ObjectMapper}, whose
 * construction costs about 100 ms of start-up. Documents are built as trees by the mappers ({@link
 * ExplainJson}, {@link DecisionJson}) and written by {@link #emit}, so field order is the order the
 * mapper put them in.
 */
final class JsonOutput {
  /** One factory per process; thread-safe. Root values are not separated (callers add newlines). */
  static final JsonFactory FACTORY = new JsonFactory().setRootValueSeparator(null);

  private JsonOutput() {}

  /**
   * A generator that indents by two spaces ({@code "key": value}, {@code []} and {@code {}} when
   * empty) and never closes or flushes {@code out} by itself.
   *
   * @throws UncheckedIOException when the generator cannot be created
   */
  static JsonGenerator pretty(Writer out) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    return compact(out).setPrettyPrinter(pretty);
  }

  /**
   * A generator that writes compact JSON (no spaces, no newlines: one object per line) and never
   * closes or flushes {@code out} by itself.
   *
   * @throws UncheckedIOException when the generator cannot be created
   */
  static JsonGenerator compact(Writer out) {
    try {
      JsonGenerator json = FACTORY.createGenerator(out);
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
      return json;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a tree of objects, arrays, strings, numbers, booleans and nulls. */
  static void emit(JsonNode node, JsonGenerator json) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        json.writeStartObject();
        fields(node, json);
        json.writeEndObject();
      }
      case ARRAY -> {
        json.writeStartArray();
        for (JsonNode element : node) {
          emit(element, json);
        }
        json.writeEndArray();
      }
      case STRING -> json.writeString(node.textValue());
      case NUMBER -> json.writeNumber(node.longValue());
      case BOOLEAN -> json.writeBoolean(node.booleanValue());
      case NULL, MISSING, BINARY, POJO -> json.writeNull();
    }
  }

  /** Writes the fields of an object node into the object the generator is in. */
  static void fields(JsonNode object, JsonGenerator json) throws IOException {
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      json.writeFieldName(field.getKey());
      emit(field.getValue(), json);
    }
  }
}
