package dev.cmdguard.unwrap.windows;

import java.util.ArrayList;
import java.util.List;

/**
 * How the words of a cmd.exe command become arguments. Builtins remove the quotes and split file
 * lists on {@code ,} and {@code ;}; a program gets the raw tail of the line and splits it the way
 * the C runtime does (Microsoft, "Parsing C command-line arguments"): blanks separate arguments
 * outside quotes, {@code "} toggles quoting, {@code \"} is a literal quote, {@code ""} inside
 * quotes is a literal quote, and backslashes are literal unless they precede a quote.
 */
final class CmdWords {
  private CmdWords() {}

  /** The word with every quote removed. */
  static String unquote(String raw) {
    return raw.replace("\"", "");
  }

  /** The elements of a builtin's file list word ({@code a,b;c}), quotes removed. */
  static List<String> fileList(String raw) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == ',' || c == ';')) {
        if (!sb.isEmpty()) {
          out.add(sb.toString());
        }
        sb.setLength(0);
      } else {
        sb.append(c);
      }
    }
    if (!sb.isEmpty() || out.isEmpty()) {
      out.add(sb.toString());
    }
    return out;
  }

  /** The arguments a program sees for one raw word, per the C runtime's rules. */
  static List<String> runtime(String raw) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '\\') {
        int n = 0;
        while (i < raw.length() && raw.charAt(i) == '\\') {
          n++;
          i++;
        }
        if (i < raw.length() && raw.charAt(i) == '"') {
          sb.append("\\".repeat(n / 2));
          if (n % 2 == 1) {
            sb.append('"');
            i++;
          }
        } else {
          sb.append("\\".repeat(n));
        }
        any = true;
        continue;
      }
      if (c == '"') {
        if (quoted && i + 1 < raw.length() && raw.charAt(i + 1) == '"') {
          sb.append('"');
          i += 2;
          continue;
        }
        quoted = !quoted;
        any = true;
      } else if (!quoted && (c == ' ' || c == '\t')) {
        if (any) {
          out.add(sb.toString());
        }
        sb.setLength(0);
        any = false;
      } else {
        sb.append(c);
        any = true;
      }
      i++;
    }
    if (any) {
      out.add(sb.toString());
    }
    return out;
  }

  /**
   * The switches of a word of a builtin: {@code /s/q} gives {@code /s} and {@code /q}; a word that
   * does not start with {@code /} gives none.
   */
  static List<String> switches(String value) {
    List<String> out = new ArrayList<>();
    if (!value.startsWith("/") || value.length() < 2) {
      return out;
    }
    for (String part : value.substring(1).split("/")) {
      if (!part.isEmpty()) {
        out.add("/" + part.toLowerCase(java.util.Locale.ROOT));
      }
    }
    return out;
  }
}
