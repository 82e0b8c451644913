package dev.cmdguard.cli.install;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One agent settings file as read: its text (empty when the file does not exist) and its JSON tree.
 * Reading is strict (one JSON object, no duplicate keys, no comments) so that a file cmdguard does
 * not fully understand is refused rather than rewritten; {@link #print} writes a tree back with the
 * file's own indentation, its keys in their order, and numbers as they were written.
 *
 * @param path the file
 * @param text the file's text, {@code ""} when it does not exist
 * @param exists whether the file exists
 * @param root the file's object; a new empty object when it does not exist or is blank
 */
public record SettingsFile(Path path, String text, boolean exists, ObjectNode root) {
  private static final ObjectMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
          .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private static final Pattern INDENT = Pattern.compile("\\n([ \\t]+)\\S");

  /**
   * Reads a settings file.
   *
   * @throws SettingsException when it is not UTF-8, not JSON (comments included), repeats a key, or
   *     is not an object
   * @throws IOException when it cannot be read
   */
  public static SettingsFile read(Path path) throws SettingsException, IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      return new SettingsFile(path, "", false, JSON.createObjectNode());
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new SettingsException(path + " is not UTF-8 text; nothing was changed");
    }
    if (text.isBlank()) {
      return new SettingsFile(path, text, true, JSON.createObjectNode());
    }
    JsonNode tree;
    try {
      tree = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " (line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr()
                  + ")";
      throw new SettingsException(
          path
              + " is not valid JSON"
              + where
              + ": "
              + e.getOriginalMessage().replace('\n', ' ')
              + "; cmdguard edits only plain JSON (no comments), so nothing was changed");
    }
    if (!(tree instanceof ObjectNode object)) {
      throw new SettingsException(path + " does not hold a JSON object; nothing was changed");
    }
    return new SettingsFile(path, text, true, object);
  }

  /** A deep copy of the tree, to edit. */
  public ObjectNode copy() {
    return root.deepCopy();
  }

  /**
   * The tree as this file would hold it: indented like the file (two spaces for a new file), {@code
   * "key": value}, one element per line, a final newline unless the file had none.
   */
  public String print(ObjectNode tree) {
    String unit = indentUnit();
    DefaultIndenter indenter = new DefaultIndenter(unit, "\n");
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    try {
      String out = JSON.writer(pretty).writeValueAsString(tree);
      boolean newline = !exists || text.isBlank() || text.endsWith("\n");
      return newline ? out + "\n" : out;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be printed: " + e.getMessage(), e);
    }
  }

  /** The file's first indentation (spaces or a tab), or two spaces. */
  private String indentUnit() {
    Matcher m = INDENT.matcher(text);
    return m.find() ? m.group(1) : "  ";
  }

  /** A new object, in the mapper's node factory. */
  static ObjectNode object() {
    return JSON.createObjectNode();
  }
}
