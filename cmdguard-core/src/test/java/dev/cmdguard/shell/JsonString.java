package dev.cmdguard.shell;

/** Reads one string field of a JSON object on one line: enough for the corpus files. */
final class JsonString {
  private JsonString() {}

  /** The value of {@code "name": "…"} with JSON escapes decoded, or null when absent. */
  static String field(String json, String name) {
    String key = "\"" + name + "\"";
    int k = json.indexOf(key);
    if (k < 0) {
      return null;
    }
    int i = json.indexOf('"', json.indexOf(':', k + key.length()) + 1);
    StringBuilder out = new StringBuilder();
    for (i++; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = json.charAt(++i);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(e);
      }
    }
    throw new IllegalArgumentException("unterminated string for " + name + " in " + json);
  }
}
