package dev.cmdguard.unwrap.windows;

import dev.cmdguard.unwrap.Arg;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The switches of cmd.exe (cmd /?): {@code /c} and {@code /k} run the rest of the line (also
 * written attached, {@code /cdir}); {@code /s /q /d /a /u /v:on /e:on /f:on /t:fg} may come before
 * them; without them cmd reads its commands from standard input.
 */
final class CmdSwitches {
  private CmdSwitches() {}

  static Launch read(List<Arg> args) {
    for (int i = 0; i < args.size(); i++) {
      Arg a = args.get(i);
      String v = a.value().toLowerCase(Locale.ROOT);
      if (a.dynamic()) {
        return new Launch.Code(
            Dialect.CMD, Launch.joinArgs(args.subList(i, args.size()), true), "cmd", false);
      }
      if (v.startsWith("/c") || v.startsWith("/k") || v.startsWith("/r")) {
        String label = "cmd " + a.value().substring(0, 2).toLowerCase(Locale.ROOT);
        List<Arg> rest = new ArrayList<>(args.subList(i + 1, args.size()));
        if (v.length() > 2) {
          rest.add(0, Arg.of(a.value().substring(2), a.span()));
        }
        if (rest.isEmpty()) {
          return new Launch.Nothing();
        }
        return new Launch.Code(Dialect.CMD, Launch.joinArgs(rest, true), label, false);
      }
      if (v.equals("/?")) {
        return new Launch.Nothing();
      }
      if (!v.startsWith("/")) {
        return new Launch.Problem("cmd", "cmd " + a.value() + " is not a cmd.exe switch");
      }
    }
    return new Launch.Stdin(Dialect.CMD, "cmd");
  }
}
