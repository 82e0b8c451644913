package dev.cmdguard.rules.readonly;

import dev.cmdguard.unwrap.Arg;
import java.util.ArrayList;
import java.util.List;

/**
 * sed(1) (GNU sed manual): read-only unless it edits in place ({@code -i}, {@code --in-place}, BSD
 * {@code -I}), reads its script from a file it cannot see ({@code -f}), or its script writes or
 * runs something ({@code w}, {@code W}, {@code e}, {@code s///w}, {@code s///e}; see {@link
 * SedScript}). {@code --sandbox} makes GNU sed reject those commands, so any script is then safe.
 */
final class Sed {
  private Sed() {}

  static boolean allows(List<Arg> args) {
    List<Arg> scripts = new ArrayList<>();
    boolean sandbox = false;
    boolean expression = false;
    List<Arg> operands = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      Arg a = args.get(i);
      String v = a.value();
      if (Options.couldBeOption(a)) {
        return false;
      }
      if (!a.isLiteral() || !v.startsWith("-") || v.equals("-")) {
        operands.add(a);
      } else if (v.equals("--")) {
        operands.addAll(args.subList(i + 1, args.size()));
        break;
      } else if (v.startsWith("--")) {
        String name = v.contains("=") ? v.substring(0, v.indexOf('=')) : v;
        if (name.equals("--sandbox")) {
          sandbox = true;
        } else if (prefixOf(name, "--expression")) {
          expression = true;
          scripts.add(
              v.contains("=")
                  ? Arg.of(v.substring(v.indexOf('=') + 1), a.span())
                  : next(args, ++i));
        } else if (prefixOf(name, "--in-place") || prefixOf(name, "--file")) {
          return false;
        } else if (prefixOf(name, "--line-length") && !v.contains("=")) {
          i++;
        }
      } else {
        for (int k = 1; k < v.length(); k++) {
          char c = v.charAt(k);
          if (c == 'i' || c == 'I' || c == 'f') {
            return false;
          }
          if (c == 'e' || c == 'l') {
            Arg value = k + 1 < v.length() ? Arg.of(v.substring(k + 1), a.span()) : next(args, ++i);
            if (c == 'e') {
              expression = true;
              scripts.add(value);
            }
            break;
          }
        }
      }
    }
    if (!expression) {
      if (operands.isEmpty()) {
        return false;
      }
      scripts.add(operands.get(0));
    }
    return sandbox
        || scripts.stream()
            .allMatch(s -> s != null && !s.dynamic() && SedScript.readOnly(s.value()));
  }

  private static Arg next(List<Arg> args, int i) {
    return i < args.size() ? args.get(i) : null;
  }

  private static boolean prefixOf(String name, String option) {
    return name.length() >= 3 && option.startsWith(name);
  }
}
