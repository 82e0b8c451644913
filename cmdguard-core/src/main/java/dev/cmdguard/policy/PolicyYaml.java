package dev.cmdguard.policy;

import java.util.Locale;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.JsonSchema;

/**
 * YAML text to a SnakeYAML Engine node tree with marks, or a problem. The JSON schema of YAML 1.2
 * resolves plain scalars: only {@code true} and {@code false} are booleans, {@code yes} and {@code
 * on} are text. Duplicate keys and non-scalar keys are left to {@link LayerWalker}, which reports
 * both positions; nesting and aliases are bounded by {@link BoundedParser}.
 */
final class PolicyYaml {
  private static final LoadSettings SETTINGS =
      LoadSettings.builder()
          .setLabel("policy")
          .setSchema(new JsonSchema())
          .setAllowDuplicateKeys(true)
          .setAllowNonScalarKeys(true)
          .setAllowRecursiveKeys(false)
          .setMaxAliasesForCollections(BoundedParser.MAX_ALIASES)
          .setCodePointLimit(PolicyLoader.MAX_BYTES + 1)
          .setParseComments(false)
          .setUseMarks(true)
          .build();

  private PolicyYaml() {}

  /**
   * The document's root node, or empty for a file without one (empty, only comments); after a
   * syntax error or a crossed limit, empty with the problem added to {@code problems}.
   */
  static Optional<Node> compose(String text, Problems problems) {
    try {
      ParserImpl parser = new ParserImpl(SETTINGS, new StreamReader(SETTINGS, text));
      return new Composer(SETTINGS, new BoundedParser(parser)).getSingleNode();
    } catch (BoundedParser.LimitException e) {
      problems.at(e.mark(), "", e.getMessage(), e.hint());
    } catch (MarkedYamlEngineException e) {
      syntax(e, problems);
    } catch (ReaderException e) {
      int[] at = position(text, e.getPosition());
      problems.at(
          at[0],
          at[1],
          String.format(
              Locale.ROOT,
              "the file contains the character U+%04X, which YAML does not allow",
              e.getCodePoint()),
          "write it as an escape inside double quotes, such as \"\\t\"");
    } catch (YamlEngineException e) {
      problems.at(0, 0, "YAML error: " + e.getMessage(), "");
    } catch (RuntimeException e) {
      // SnakeYAML Engine 3.2 throws NumberFormatException for a double-quoted "\x" cut short by
      // the end of the text (found by fuzzing, issue 9): whatever the parser throws, the file is
      // broken, never a reason to fall back to something weaker
      problems.at(
          0,
          0,
          "the YAML parser failed on this file (" + e.getClass().getSimpleName() + ")",
          "look for an escape cut short in a double-quoted string, such as \"\\x\"");
    }
    return Optional.empty();
  }

  private static void syntax(MarkedYamlEngineException e, Problems problems) {
    if (e instanceof ComposerException
        && String.valueOf(e.getContext()).contains("single document")) {
      problems.at(
          e.getProblemMark(),
          "",
          "a policy file holds one YAML document, found a second one",
          "remove the second '---' and what follows it");
    } else {
      problems.at(e.getProblemMark(), "", "YAML syntax error: " + e.getProblem(), context(e));
    }
  }

  private static String context(MarkedYamlEngineException e) {
    String context = e.getContext() == null ? "" : e.getContext().strip();
    if (context.isEmpty()) {
      return "";
    }
    return context + e.getContextMark().map(PolicyYaml::describe).orElse("");
  }

  private static String describe(Mark mark) {
    return " at " + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
  }

  /** The 1-based line and column of the {@code codePoint}-th code point of {@code text}. */
  private static int[] position(String text, int codePoint) {
    int line = 1;
    int column = 1;
    int seen = 0;
    for (int i = 0;
        i < text.length() && seen < codePoint;
        i += Character.charCount(text.codePointAt(i)), seen++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }
}
