package dev.cmdguard.rules.readonly;

import java.util.Set;

/**
 * Reads a sed script (GNU sed manual, "sed scripts") far enough to find the commands that write or
 * execute: {@code w FILE}, {@code W FILE}, {@code e [COMMAND]}, and the {@code w FILE} and {@code
 * e} flags of {@code s}. Writing to {@code /dev/stdout} or {@code /dev/stderr} is allowed. A script
 * it cannot read (an unknown command, text after a command) is not judged read-only.
 */
final class SedScript {
  private static final String NO_ARGUMENT = "=dDgGhHnNpPxzF";
  private static final Set<String> STANDARD_STREAMS = Set.of("/dev/stdout", "/dev/stderr");

  private final String s;
  private int i;

  private SedScript(String s) {
    this.s = s;
  }

  /** True when the script neither writes a file nor runs a command. */
  static boolean readOnly(String script) {
    try {
      return new SedScript(script).commands();
    } catch (IndexOutOfBoundsException e) {
      return false;
    }
  }

  private boolean commands() {
    while (true) {
      skip(" \t\n;");
      if (i >= s.length()) {
        return true;
      }
      if (s.charAt(i) == '#') {
        toLineEnd();
        continue;
      }
      address();
      skip(" \t");
      if (s.charAt(i) == ',') {
        i++;
        skip(" \t");
        address();
      }
      skip(" \t!");
      char c = s.charAt(i++);
      if (c != '{' && (!command(c) || !ended())) {
        return false;
      }
    }
  }

  /** One command after its address; false when it writes, executes or is unknown. */
  private boolean command(char c) {
    if (c == '}' || NO_ARGUMENT.indexOf(c) >= 0) {
      return true;
    }
    switch (c) {
      case 'l', 'L', 'q', 'Q' -> skip(" \t0123456789");
      case 'a', 'i', 'c', 'r', 'R' -> toLineEnd();
      case ':', 'b', 't', 'T', 'v' -> label();
      case 'w', 'W' -> {
        return writesStandardStream();
      }
      case 's' -> {
        return substitute();
      }
      case 'y' -> {
        char d = s.charAt(i++);
        part(d);
        part(d);
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  /** {@code s/re/replacement/flags}: the {@code e} flag executes, {@code w FILE} writes. */
  private boolean substitute() {
    char d = s.charAt(i++);
    if (d == '\n' || d == '\\') {
      return false;
    }
    part(d);
    part(d);
    while (i < s.length() && "gpiImMe0123456789w".indexOf(s.charAt(i)) >= 0) {
      char f = s.charAt(i++);
      if (f == 'e') {
        return false;
      }
      if (f == 'w') {
        return writesStandardStream();
      }
    }
    return true;
  }

  private boolean writesStandardStream() {
    skip(" \t");
    int start = i;
    toLineEnd();
    return STANDARD_STREAMS.contains(s.substring(start, i).strip());
  }

  /**
   * An address: a line number, {@code first~step}, {@code $}, {@code /re/}, {@code \cREc}, {@code
   * +N}.
   */
  private void address() {
    char c = s.charAt(i);
    if (Character.isDigit(c) || c == '+' || c == '~') {
      i++;
      skip("0123456789~");
    } else if (c == '$') {
      i++;
    } else if (c == '/' || c == '\\') {
      char d = c == '/' ? '/' : s.charAt(++i);
      i++;
      part(d);
      skip("IM");
    }
  }

  /** Skips text up to an unescaped delimiter, and the delimiter. */
  private void part(char d) {
    while (s.charAt(i) != d) {
      i += s.charAt(i) == '\\' ? 2 : 1;
    }
    i++;
  }

  private void label() {
    skip(" \t");
    while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != ';' && s.charAt(i) != '}') {
      i++;
    }
  }

  private boolean ended() {
    skip(" \t");
    return i >= s.length() || ";\n}#".indexOf(s.charAt(i)) >= 0;
  }

  private void toLineEnd() {
    while (i < s.length() && s.charAt(i) != '\n') {
      i += s.charAt(i) == '\\' && i + 1 < s.length() ? 2 : 1;
    }
  }

  private void skip(String chars) {
    while (i < s.length() && chars.indexOf(s.charAt(i)) >= 0) {
      i++;
    }
  }
}
