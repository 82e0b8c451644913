package dev.cmdguard.rules.readonly;

import dev.cmdguard.unwrap.Arg;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * awk, gawk, mawk, nawk (POSIX awk; gawk manual "Command-Line Options"): read-only when the program
 * is static text that {@link AwkProgram} finds free of {@code system()}, pipes and output
 * redirections, and no option loads code or writes a file: {@code -f}/{@code --file}, {@code -E},
 * {@code -i}/{@code --include}, {@code -l}/{@code --load} load code the guard cannot see; {@code
 * -o} (pretty-print), {@code -p} (profile) and {@code -d} (dump variables) write files; mawk's
 * {@code -W} carries {@code exec}. gawk {@code --sandbox} disables the escapes, so any program is
 * then safe. Options end at the program (awk does not permute).
 */
final class Awk {
  private static final String REFUSED = "fEilopdDW";

  private static final Set<String> FLAGS =
      Set.of(
          "--characters-as-bytes",
          "--traditional",
          "--posix",
          "--re-interval",
          "--lint",
          "--bignum",
          "--use-lc-numeric",
          "--non-decimal-data",
          "--optimize",
          "--no-optimize",
          "--gen-pot",
          "--copyright",
          "--version",
          "--help",
          "--csv");

  private final List<Arg> args;
  private final List<Arg> programs = new ArrayList<>();
  private boolean sandbox;
  private int i;

  private Awk(List<Arg> args) {
    this.args = args;
  }

  static boolean allows(List<Arg> args) {
    return new Awk(args).judge();
  }

  private boolean judge() {
    for (i = 0; i < args.size(); i++) {
      Arg a = args.get(i);
      String v = a.value();
      if (Options.couldBeOption(a)) {
        return false;
      }
      if (!a.isLiteral() || !v.startsWith("-") || v.equals("-") || v.equals("--")) {
        i += v.equals("--") ? 1 : 0;
        break;
      }
      if (!(v.startsWith("--") ? longOption(a) : shortOption(a))) {
        return false;
      }
    }
    if (programs.isEmpty()) {
      programs.add(i < args.size() ? args.get(i) : null);
    }
    return sandbox
        || programs.stream()
            .allMatch(p -> p != null && !p.dynamic() && AwkProgram.readOnly(p.value()));
  }

  private boolean longOption(Arg a) {
    String v = a.value();
    int eq = v.indexOf('=');
    String name = eq < 0 ? v : v.substring(0, eq);
    switch (name) {
      case "--sandbox" -> sandbox = true;
      case "--source" -> programs.add(eq < 0 ? next() : Arg.of(v.substring(eq + 1), a.span()));
      case "--field-separator", "--assign" -> i += eq < 0 ? 1 : 0;
      default -> {
        return FLAGS.contains(name);
      }
    }
    return true;
  }

  private boolean shortOption(Arg a) {
    String v = a.value();
    char c = v.charAt(1);
    if (REFUSED.indexOf(c) >= 0) {
      return false;
    }
    if (c == 'S') {
      sandbox = true;
    } else if (c == 'e') {
      programs.add(v.length() > 2 ? Arg.of(v.substring(2), a.span()) : next());
    } else if ((c == 'F' || c == 'v') && v.length() == 2) {
      i++;
    }
    return true;
  }

  private Arg next() {
    i++;
    return i < args.size() ? args.get(i) : null;
  }
}
