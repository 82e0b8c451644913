package dev.cmdguard.rules.readonly;

import dev.cmdguard.unwrap.Arg;
import java.util.ArrayList;
import java.util.List;

/**
 * sed(1) (GNU sed manual, "Command-Line Options"): read-only unless it edits in place ({@code -i},
 * {@code --in-place}, BSD {@code -I}), reads its script from a file it cannot see ({@code -f}), or
 * its script writes or runs something ({@code w}, {@code W}, {@code e}, {@code s///w}, {@code
 * s///e}; see {@link SedScript}). {@code --sandbox} makes GNU sed reject those commands, so any
 * script is then safe. Long options may be abbreviated ({@code --in} is {@code --in-place}).
 */
final class Sed {
  private final List<Arg> args;
  private final List<Arg> scripts = new ArrayList<>();
  private final List<Arg> operands = new ArrayList<>();
  private boolean sandbox;
  private boolean refused;
  private int i;

  private Sed(List<Arg> args) {
    this.args = args;
  }

  static boolean allows(List<Arg> args) {
    return new Sed(args).judge();
  }

  private boolean judge() {
    for (i = 0; i < args.size() && !refused; i++) {
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
        longOption(a);
      } else {
        shortOptions(a);
      }
    }
    if (refused || scripts.isEmpty() && operands.isEmpty()) {
      return false;
    }
    List<Arg> code = scripts.isEmpty() ? operands.subList(0, 1) : scripts;
    return sandbox
        || code.stream().allMatch(s -> s != null && !s.dynamic() && SedScript.readOnly(s.value()));
  }

  private void longOption(Arg a) {
    String v = a.value();
    int eq = v.indexOf('=');
    String name = eq < 0 ? v : v.substring(0, eq);
    if (name.equals("--sandbox")) {
      sandbox = true;
    } else if (abbreviates(name, "--expression")) {
      scripts.add(eq < 0 ? next() : Arg.of(v.substring(eq + 1), a.span()));
    } else if (abbreviates(name, "--in-place") || abbreviates(name, "--file")) {
      refused = true;
    } else if (abbreviates(name, "--line-length") && eq < 0) {
      i++;
    }
  }

  /** {@code -ne 'p'}: flags, then {@code -e}/{@code -l} take the rest or the next argument. */
  private void shortOptions(Arg a) {
    String v = a.value();
    for (int k = 1; k < v.length(); k++) {
      char c = v.charAt(k);
      if (c == 'i' || c == 'I' || c == 'f') {
        refused = true;
        return;
      }
      if (c == 'e' || c == 'l') {
        Arg value = k + 1 < v.length() ? Arg.of(v.substring(k + 1), a.span()) : next();
        if (c == 'e') {
          scripts.add(value);
        }
        return;
      }
    }
  }

  private Arg next() {
    i++;
    return i < args.size() ? args.get(i) : null;
  }

  private static boolean abbreviates(String name, String option) {
    return name.length() >= 3 && option.startsWith(name);
  }
}
