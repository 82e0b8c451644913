package dev.cmdguard.rules.readonly;

import dev.cmdguard.unwrap.Arg;
import java.util.ArrayList;
import java.util.List;

/**
 * awk, gawk, mawk, nawk (POSIX awk; gawk manual "Command-Line Options"): read-only when the program
 * is static text that {@link AwkProgram} finds free of {@code system()}, pipes and output
 * redirections, and no option loads code or writes a file: {@code -f}/{@code --file}, {@code -E},
 * {@code -i}/{@code --include}, {@code -l}/{@code --load} load code the guard cannot see; {@code
 * -o} (pretty-print), {@code -p} (profile) and {@code -d} (dump variables) write files; mawk's
 * {@code -W} carries {@code exec}. gawk {@code --sandbox} disables the escapes, so any program is
 * then safe.
 */
final class Awk {
  private static final String REFUSED = "fEilopdDW";

  private Awk() {}

  static boolean allows(List<Arg> args) {
    List<Arg> programs = new ArrayList<>();
    boolean sandbox = false;
    int i = 0;
    for (; i < args.size(); i++) {
      Arg a = args.get(i);
      String v = a.value();
      if (Options.couldBeOption(a)) {
        return false;
      }
      if (!a.isLiteral() || !v.startsWith("-") || v.equals("-")) {
        break;
      }
      if (v.equals("--")) {
        i++;
        break;
      }
      if (v.startsWith("--")) {
        String name = v.contains("=") ? v.substring(0, v.indexOf('=')) : v;
        switch (name) {
          case "--sandbox" -> sandbox = true;
          case "--source" ->
              programs.add(v.contains("=") ? Arg.of(v.substring(9), a.span()) : at(args, ++i));
          case "--field-separator", "--assign" -> i += v.contains("=") ? 0 : 1;
          case "--characters-as-bytes",
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
              "--csv" -> {}
          default -> {
            return false;
          }
        }
        continue;
      }
      char c = v.charAt(1);
      if (REFUSED.indexOf(c) >= 0) {
        return false;
      }
      if (c == 'S') {
        sandbox = true;
      } else if (c == 'e') {
        programs.add(v.length() > 2 ? Arg.of(v.substring(2), a.span()) : at(args, ++i));
      } else if ((c == 'F' || c == 'v') && v.length() == 2) {
        i++;
      }
    }
    if (programs.isEmpty()) {
      programs.add(at(args, i));
    }
    return sandbox
        || programs.stream()
            .allMatch(p -> p != null && !p.dynamic() && AwkProgram.readOnly(p.value()));
  }

  private static Arg at(List<Arg> args, int i) {
    return i < args.size() ? args.get(i) : null;
  }
}
