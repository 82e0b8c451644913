package dev.cmdguard.cli;

import dev.cmdguard.audit.AuditEntry;
import dev.cmdguard.audit.AuditFollower;
import dev.cmdguard.audit.AuditReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cmdguard audit tail}: the last records of the audit log, one line each (or, with {@code
 * --json}, the records' own JSON lines), and with {@code -f} the new ones as they come, across
 * rotation. The follow loop's waiting and ending are a {@link Follow}, so tests drive it.
 */
@Command(
    name = "tail",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Show the last records of the audit log.",
    description = {
      "",
      "One line per record: time (UTC), decision, risk, agent, command. A record of a run"
          + " (cmdguard exec) shows 'ran' and its exit status. With --json, each record's JSON"
          + " line exactly as stored (secrets already masked).",
      "",
    },
    footer = {
      "",
      "Examples:",
      "  cmdguard audit tail",
      "  cmdguard audit tail -n 100 --json | jq -r '.command'",
      "  cmdguard audit tail -f",
      "",
      "Exit status: 0 done, 2 usage error or unreadable log, 1 internal error.",
    })
final class AuditTailCommand implements Callable<Integer> {
  /** How often {@code -f} looks for new records. */
  static final long POLL_MILLIS = 250;

  /**
   * How the follow loop waits between polls and when it ends.
   *
   * @param stop checked before each wait; true ends the loop
   * @param pause waits before the next poll
   */
  record Follow(BooleanSupplier stop, Runnable pause) {
    /** Polls every {@link #POLL_MILLIS} until the thread is interrupted (or the process ends). */
    static Follow untilInterrupted() {
      return new Follow(
          () -> Thread.currentThread().isInterrupted(),
          () -> {
            try {
              Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
    }
  }

  @Spec private CommandSpec spec;

  @ParentCommand private AuditCommand audit;

  @Option(
      names = {"-n", "--lines"},
      paramLabel = "N",
      defaultValue = "10",
      description = "How many records to show (default 10).")
  private int lines;

  @Option(
      names = {"-f", "--follow"},
      description = "Keep running and show new records as they are written (Ctrl-C ends).")
  private boolean follow;

  @Mixin private OutputOptions output;

  @Mixin private AuditFileOption file;

  private Follow control = Follow.untilInterrupted();

  /** Replaces how {@code -f} waits and ends (tests). */
  void follow(Follow follow) {
    this.control = follow;
  }

  @Override
  public Integer call() {
    return Failures.run(spec.commandLine().getErr(), audit.main().debug(), this::tail);
  }

  private int tail() throws InputException {
    if (lines < 0) {
      throw new InputException("-n needs a count of 0 or more, not " + lines);
    }
    Environment env = audit.main().environment();
    Path log = file.log(env);
    file.requireGivenFileExists(log);
    PrintWriter out = spec.commandLine().getOut();
    Style style = output.style(env);
    try {
      AuditFollower follower = AuditFollower.atEnd(log);
      long last = 0;
      for (AuditEntry e : AuditReader.tail(log, lines)) {
        print(e, style, out);
        last = e.seq();
      }
      out.flush();
      while (follow && !control.stop().getAsBoolean()) {
        control.pause().run();
        for (AuditEntry e : follower.poll()) {
          if (e.seq() > last) {
            print(e, style, out);
            last = e.seq();
          }
        }
        out.flush();
      }
    } catch (IOException e) {
      throw new InputException("cannot read the audit log " + log + ": " + e.getMessage());
    }
    return ExitCodes.OK;
  }

  private void print(AuditEntry e, Style style, PrintWriter out) {
    out.println(output.json() ? e.line() : AuditText.line(e, style));
  }
}
