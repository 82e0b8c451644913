package dev.cmdguard.rules.execution;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.ResolvedRedirect;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code PIPE_TO_SHELL} for a script downloaded and run in the same command, with no chance to read
 * it in between: {@code curl -fsSL <url> -o install.sh && sh install.sh}, {@code wget <url>/x.sh;
 * chmod +x x.sh; ./x.sh}, {@code curl -O <url>/setup.py && python3 setup.py}. It is a pipe to a
 * shell through a file, the usual way around rules that only look at pipes.
 */
final class DownloadThenRun {
  private DownloadThenRun() {}

  static void check(RuleContext context, Findings findings) {
    Map<String, String> downloaded = new HashMap<>();
    List<Invocation> all = context.invocations();
    for (int i = 0; i < all.size(); i++) {
      Invocation inv = all.get(i);
      if (!downloaded.isEmpty()) {
        Optional<String> run = runs(context, inv, downloaded);
        if (run.isPresent()) {
          findings
              .report(FindingCode.PIPE_TO_SHELL, i)
              .message(
                  inv.program()
                      + " runs "
                      + run.get()
                      + " right after downloading it with "
                      + downloaded.get(run.get())
                      + ", unread")
              .safer("download it, read it, and run it in a separate step")
              .add();
          return;
        }
      }
      output(inv)
          .flatMap(file -> context.resolve(inv, file).absolute())
          .ifPresent(path -> downloaded.put(path, inv.program()));
    }
  }

  /** The downloaded file an invocation runs: a script operand or the program itself. */
  private static Optional<String> runs(
      RuleContext context, Invocation inv, Map<String, String> downloaded) {
    String program = inv.program();
    if (Tools.runsCode(program) || program.equals("source") || program.equals(".")) {
      for (Arg a : inv.args()) {
        if (!a.value().startsWith("-")) {
          return known(context, inv, a, downloaded);
        }
      }
      return Optional.empty();
    }
    Arg name = inv.argv().isEmpty() ? null : inv.argv().get(0);
    return name != null && name.value().contains("/")
        ? known(context, inv, name, downloaded)
        : Optional.empty();
  }

  private static Optional<String> known(
      RuleContext context, Invocation inv, Arg file, Map<String, String> downloaded) {
    if (file.dynamic()) {
      return Optional.empty();
    }
    return context.resolve(inv, file).absolute().filter(downloaded::containsKey);
  }

  /** The file a curl/wget/aria2c/fetch invocation writes: named, implied by the URL, or stdout. */
  static Optional<Arg> output(Invocation inv) {
    String program = inv.program();
    if (!(program.equals("curl")
        || program.equals("wget")
        || program.equals("aria2c")
        || program.equals("fetch"))) {
      return Optional.empty();
    }
    List<Arg> args = inv.args();
    Arg url = null;
    boolean remoteName = program.equals("wget");
    for (int i = 0; i < args.size(); i++) {
      Arg a = args.get(i);
      String v = a.value();
      boolean outputFlag =
          program.equals("wget")
              ? v.equals("-O") || v.equals("--output-document")
              : v.equals("-o") || v.equals("--output");
      if (outputFlag && i + 1 < args.size()) {
        Arg file = args.get(i + 1);
        return file.value().equals("-") ? redirected(inv) : Optional.of(file);
      }
      if (v.equals("-O") || v.equals("--remote-name")) {
        remoteName = true;
      } else if (v.matches("(https?|ftp)://.*")) {
        url = a;
      }
    }
    return remoteName ? urlName(url) : redirected(inv);
  }

  /** {@code curl URL > file}: standard output redirected to a file. */
  private static Optional<Arg> redirected(Invocation inv) {
    for (ResolvedRedirect r : inv.redirects()) {
      if (r.fd() == 1 && r.writesFile()) {
        return Optional.of(r.target());
      }
    }
    return Optional.empty();
  }

  /** The file name {@code curl -O} and {@code wget} take from the URL's last segment. */
  private static Optional<Arg> urlName(Arg url) {
    if (url == null || url.dynamic()) {
      return Optional.empty();
    }
    String path = url.value().replaceFirst("[?#].*$", "");
    String name = Tools.baseName(path);
    return name.isEmpty() || path.endsWith("//" + name)
        ? Optional.empty()
        : Optional.of(Arg.of(name, url.span()));
  }
}
