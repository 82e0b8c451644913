package dev.cmdguard.unwrap;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The standard output of the few commands whose output is a pure function of their arguments and
 * input, so that data produced and then executed is seen: {@code echo 'rm -rf /' | sh}, {@code
 * $(echo rm) -rf /}, {@code echo cm0gLXJmIC8= | base64 -d | sh}, {@code echo '/ fr- mr' | rev |
 * sh}. Everything else is unknown.
 */
final class StaticOutput {
  private StaticOutput() {}

  /**
   * @param program the resolved program name
   * @param args all arguments including {@code argv[0]}
   * @param input the standard input when statically known
   * @return the output, or empty when it cannot be known
   */
  static Optional<String> of(String program, List<Arg> args, Optional<String> input) {
    if (args.stream().anyMatch(Arg::dynamic)) {
      return Optional.empty();
    }
    List<String> v = args.stream().skip(1).map(Arg::value).toList();
    return switch (program) {
      case "echo" -> Optional.of(echo(v));
      case "printf" -> printf(v);
      case "cat" -> v.isEmpty() || v.equals(List.of("-")) ? input : Optional.empty();
      case "base64" ->
          v.contains("-d") || v.contains("--decode") || v.contains("-D")
              ? input.flatMap(StaticOutput::base64)
              : Optional.empty();
      case "rev" -> v.isEmpty() ? input.map(StaticOutput::rev) : Optional.empty();
      case "which", "command", "type" -> lookup(program, v);
      case "true", ":", "cd", "export", "unset", "set" -> Optional.of("");
      default -> Optional.empty();
    };
  }

  /**
   * {@code which X}, {@code command -v X}, {@code type -P X}: where X is found. The directory is
   * not known, but the program is: {@code $(which rm) -rf /} runs {@code rm}. Taken as {@code X}.
   */
  private static Optional<String> lookup(String program, List<String> args) {
    List<String> names = args.stream().filter(a -> !a.startsWith("-")).toList();
    boolean form =
        switch (program) {
          case "which" -> args.size() == names.size();
          case "command" -> args.contains("-v") && args.size() == names.size() + 1;
          default ->
              (args.contains("-P") || args.contains("-p")) && args.size() == names.size() + 1;
        };
    return form && names.size() == 1 && names.get(0).matches("[A-Za-z0-9_.+-]+")
        ? Optional.of(names.get(0) + "\n")
        : Optional.empty();
  }

  private static String echo(List<String> args) {
    boolean newline = true;
    boolean escapes = false;
    int i = 0;
    while (i < args.size() && args.get(i).matches("-[neE]+")) {
      newline &= !args.get(i).contains("n");
      escapes = args.get(i).contains("e") || (escapes && !args.get(i).contains("E"));
      i++;
    }
    String text = String.join(" ", args.subList(i, args.size()));
    if (escapes) {
      text = backslashes(text);
    }
    return newline ? text + "\n" : text;
  }

  private static Optional<String> printf(List<String> args) {
    if (args.isEmpty() || args.get(0).startsWith("-")) {
      return Optional.empty();
    }
    String format = args.get(0);
    List<String> rest = args.subList(1, args.size());
    if (format.equals("%s") || format.equals("%s\\n") || format.equals("%b")) {
      String sep = format.equals("%s\\n") ? "\n" : "";
      StringBuilder out = new StringBuilder();
      for (String a : rest) {
        out.append(format.equals("%b") ? backslashes(a) : a).append(sep);
      }
      return Optional.of(out.toString());
    }
    if (!format.contains("%") && rest.isEmpty()) {
      return Optional.of(backslashes(format));
    }
    return Optional.empty();
  }

  /** Decodes the escapes of {@code echo -e} and {@code printf} formats. */
  static String backslashes(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 >= text.length()) {
        out.append(c);
        continue;
      }
      char n = text.charAt(++i);
      switch (n) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case '\\' -> out.append('\\');
        case 'x' -> i = hex(text, i, out);
        case '0' -> i = octal(text, i, out);
        default -> out.append('\\').append(n);
      }
    }
    return out.toString();
  }

  private static int hex(String text, int i, StringBuilder out) {
    int end = i + 1;
    while (end < text.length() && end < i + 3 && Character.digit(text.charAt(end), 16) >= 0) {
      end++;
    }
    if (end == i + 1) {
      out.append("\\x");
      return i;
    }
    out.append((char) Integer.parseInt(text.substring(i + 1, end), 16));
    return end - 1;
  }

  private static int octal(String text, int i, StringBuilder out) {
    int end = i + 1;
    while (end < text.length()
        && end < i + 4
        && text.charAt(end) >= '0'
        && text.charAt(end) <= '7') {
      end++;
    }
    out.append((char) (end == i + 1 ? 0 : Integer.parseInt(text.substring(i + 1, end), 8)));
    return end - 1;
  }

  private static Optional<String> base64(String text) {
    try {
      byte[] bytes = Base64.getMimeDecoder().decode(text.strip());
      return Optional.of(new String(bytes, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  private static String rev(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (!out.isEmpty()) {
        out.append('\n');
      }
      out.append(new StringBuilder(line).reverse());
    }
    return out.toString();
  }
}
