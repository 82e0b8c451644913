package dev.cmdguard.cli;

import dev.cmdguard.policy.TrustEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cmdguard trust list}: the trusted commands, oldest first, with id, expiry, command and
 * note; {@code --all} adds the expired ones, {@code --json} prints an array for machines. Only
 * reads.
 */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "List the trusted commands.",
    footer = {
      "",
      "Exit status: 0 listed, 2 the store cannot be read, 1 internal error.",
    })
final class TrustListCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @ParentCommand private TrustCommand trust;

  @Option(names = "--all", description = "Also list expired entries (until pruned or removed).")
  private boolean all;

  @Option(
      names = "--json",
      description =
          "Print a JSON array of entries (id, command, invocations, created, expires,"
              + " expired, note).")
  private boolean json;

  /**
   * @return {@link ExitCodes#OK}, {@link ExitCodes#USAGE} when the store cannot be read or parsed,
   *     {@link ExitCodes#INTERNAL_ERROR} for a bug
   */
  @Override
  public Integer call() {
    return Failures.run(spec.commandLine().getErr(), trust.debug(), this::list);
  }

  private int list() throws InputException {
    Instant now = Instant.now();
    List<TrustEntry> every;
    try {
      every = trust.store().all();
    } catch (IOException e) {
      throw TrustCommand.unusable(e);
    }
    List<TrustEntry> shown = all ? every : every.stream().filter(e -> !e.expiredAt(now)).toList();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      TrustJson.writeEntries(shown, now, out);
    } else {
      text(shown, every.size() - shown.size(), now, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void text(List<TrustEntry> entries, int hidden, Instant now, PrintWriter out) {
    if (entries.isEmpty()) {
      out.println("No trusted commands.");
    }
    for (TrustEntry e : entries) {
      String when = e.expiredAt(now) ? "expired " + e.expires() : "until   " + e.expires();
      out.println(e.id() + "  " + when + "  " + e.command());
      if (!e.note().isEmpty()) {
        out.println("          note: " + e.note());
      }
    }
    if (hidden > 0) {
      out.println(
          "("
              + hidden
              + (hidden == 1 ? " expired entry" : " expired entries")
              + " not shown; --all lists them)");
    }
  }
}
