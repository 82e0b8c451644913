package dev.cmdguard.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cmdguard.CommandGuard;
import dev.cmdguard.Decision;
import dev.cmdguard.Profile;
import dev.cmdguard.Risk;
import dev.cmdguard.Sandbox;
import dev.cmdguard.Verdict;
import dev.cmdguard.unwrap.ShellContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cmdguard scan}: a decision for every command of a JSON Lines stream (or, with {@code
 * --lines}, of a shell history), one compact JSON object per input line, in the same order. A line
 * that cannot be read is denied, never skipped (fail closed), so output line N always answers input
 * line N. One guard and one buffered writer serve the whole stream.
 */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Decide for many commands at once: JSON Lines in, one decision per line out.",
    description = {
      "",
      "Reads one command per line and writes one decision per line, in the same order, as the"
          + " JSON of check --json on a single line, with the input's id first. Input lines are"
          + " JSON objects:",
      "",
      "  {\"id\": \"7\", \"script\": \"rm -rf build\", \"cwd\": \"/home/dev/project\"}",
      "  {\"id\": 8, \"argv\": [\"git\", \"push\", \"-f\"]}",
      "",
      "Exactly one of script (bash source) and argv (run without a shell). Optional: id (a string"
          + " or a number, echoed as given), cwd, home, user and profile, which default to the"
          + " options below. Other fields are ignored. With --lines, each line is a script (a shell"
          + " history, a .cm corpus).",
      "",
      "A line that cannot be used (not JSON, neither or both of script and argv, a wrong type,"
          + " a NUL, invalid UTF-8, longer than 10 MiB) still gets its output line: decision deny,"
          + " risk high, and a primaryReason that names the line and the problem.",
      "",
      "A summary goes to standard error at the end; on a terminal, progress too.",
      "",
    },
    footer = {
      "",
      "Examples:",
      "  cmdguard scan commands.jsonl > decisions.jsonl",
      "  cmdguard scan --lines ~/.bash_history | jq -c 'select(.decision == \"deny\")'",
      "  echo '{\"id\":1,\"script\":\"rm -rf /\"}' | cmdguard scan --profile paranoid",
      "",
      "Exit status:",
      "  0  the scan ran (whatever the decisions were)",
      "  2  usage error or unreadable input file",
      "  1  internal error (a bug; --debug shows the stack trace)",
    })
final class ScanCommand implements Callable<Integer> {
  /** Progress is shown on a terminal every this many lines. */
  static final int PROGRESS_EVERY = 1000;

  @Spec private CommandSpec spec;

  @ParentCommand private Main main;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      defaultValue = "-",
      description = "The input, '-' for standard input (the default).")
  private String file;

  @Option(
      names = "--lines",
      description = "Each line is a script, not a JSON object (a shell history).")
  private boolean lines;

  @Mixin private ContextOptions place;

  @Mixin private ProfileOption profile;

  /**
   * @return {@link ExitCodes#OK} when the scan ran, {@link ExitCodes#USAGE} when the input cannot
   *     be read, {@link ExitCodes#INTERNAL_ERROR} for a bug
   */
  @Override
  public Integer call() {
    return Failures.run(spec.commandLine().getErr(), main.debug(), this::scan);
  }

  private int scan() throws InputException, IOException {
    Environment env = main.environment();
    ShellContext context = place.context(env);
    CommandGuard guard = PolicySetup.guard(env);
    Profile shown = profile.profile().orElse(guard.profile());
    ScanLines parser =
        new ScanLines(
            new ScanLines.Defaults(
                context.cwd(), context.home(), context.user(), profile.profile(), shown));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = new Progress(err, env.errorTerminal());
    ScanSummary summary = new ScanSummary();
    long start = System.nanoTime();
    try (InputStream in = InputText.open(file, env);
        JsonGenerator json = JsonOutput.compact(out)) {
      LineReader reader = new LineReader(in);
      for (Optional<LineReader.Line> next = reader.next(); next.isPresent(); next = reader.next()) {
        ScanItem item = lines ? parser.script(next.get()) : parser.json(next.get());
        Decision decision = decide(guard, item);
        DecisionJson.write(decision, item.id(), json);
        json.writeRaw('\n');
        summary.add(decision, item instanceof ScanItem.Malformed);
        if (!reader.ready()) {
          json.flush();
          out.flush();
        }
        progress.update(summary.total());
      }
    } catch (IOException e) {
      out.flush();
      throw new InputException("cannot read " + name() + ": " + e.getMessage());
    } finally {
      out.flush();
      progress.clear();
    }
    err.println(summary.line(System.nanoTime() - start, guard.cacheStats()));
    return ExitCodes.OK;
  }

  private static Decision decide(CommandGuard guard, ScanItem item) {
    return switch (item) {
      case ScanItem.Command c -> guard.evaluate(c.request());
      case ScanItem.Malformed m -> malformed(m);
    };
  }

  /** The decision for a line that could not be evaluated: deny, risk high, the reason. */
  static Decision malformed(ScanItem.Malformed m) {
    return new Decision(
        Verdict.DENY,
        Risk.HIGH,
        m.profile(),
        List.of(),
        List.of(),
        m.reason(),
        List.of(),
        List.of("scan: malformed input line"),
        Sandbox.NONE,
        false,
        0);
  }

  private String name() {
    return file.equals("-") ? "standard input" : file;
  }

  /** {@code scanned 12000 lines…} on standard error, rewritten in place; only on a terminal. */
  private static final class Progress {
    private final PrintWriter err;
    private final boolean on;
    private boolean shown;

    Progress(PrintWriter err, boolean on) {
      this.err = err;
      this.on = on;
    }

    void update(int lines) {
      if (on && lines % PROGRESS_EVERY == 0) {
        err.print("\rcmdguard scan: " + lines + " lines…");
        err.flush();
        shown = true;
      }
    }

    void clear() {
      if (shown) {
        err.print("\r\u001b[K");
        err.flush();
      }
    }
  }
}
