package dev.cmdguard.rules;

import dev.cmdguard.Risk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled cases of {@code ../shared/corpus/peers.jsonl}: a script and the range of risk levels
 * that is right for it. Read with a minimal JSON string reader (the core has no JSON library).
 */
public final class PeersCorpus {
  private PeersCorpus() {}

  /**
   * One case.
   *
   * @param line 1-based line in the file
   */
  public record Case(int line, String script, Risk min, Risk max, String note) {
    /** The scoring class of tools/corpus-score: dangerous, benign, must-not-be-low, other. */
    public String kind() {
      if (min.compareTo(Risk.HIGH) >= 0) {
        return "dangerous";
      }
      if (max.compareTo(Risk.MEDIUM) <= 0) {
        return "benign";
      }
      return min == Risk.MEDIUM ? "must-not-be-low" : "other";
    }

    public boolean accepts(Risk risk) {
      return min.compareTo(risk) <= 0 && risk.compareTo(max) <= 0;
    }
  }

  /** The corpus file under the shared directory (system property {@code cmdguard.shared}). */
  public static Path file(String name) {
    return Path.of(System.getProperty("cmdguard.shared", "../../shared"), "corpus", name);
  }

  /** Every case, in file order. */
  public static List<Case> load() throws IOException {
    List<Case> out = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file("peers.jsonl"), StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      out.add(
          new Case(
              n,
              field(line, "script"),
              Risk.parse(field(line, "min")),
              Risk.parse(field(line, "max")),
              field(line, "note")));
    }
    return out;
  }

  /** The string value of a top-level field of a one-line JSON object. */
  static String field(String json, String name) {
    int at = json.indexOf("\"" + name + "\":");
    if (at < 0) {
      return "";
    }
    int i = json.indexOf('"', at + name.length() + 3);
    StringBuilder sb = new StringBuilder();
    for (i = i + 1; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '"') {
        break;
      }
      if (c == '\\') {
        char e = json.charAt(++i);
        switch (e) {
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case 'r' -> sb.append('\r');
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'u' -> {
            sb.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> sb.append(e);
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
