package dev.cmdguard.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Creates the generators the CLI writes JSON with: jackson-core directly, no {@code ObjectMapper},
 * whose construction costs about 100 ms of start-up. The writers ({@link DecisionJson}, {@link
 * ExplainJson}, the core's {@code DecisionJsonWriter}) stream their fields in a fixed order.
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
}
