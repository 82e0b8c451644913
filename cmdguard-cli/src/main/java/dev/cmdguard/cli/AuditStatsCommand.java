package dev.cmdguard.cli;

import dev.cmdguard.audit.AuditReader;
import dev.cmdguard.audit.AuditStats;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code cmdguard audit stats}: decision records counted by decision, risk, finding code and agent,
 * and the most denied commands, over a period ending now. The clock is replaceable for tests.
 */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Count the audit log's decisions by decision, risk, code and agent.",
    description = {
      "",
      "Counts the decision records of a period (the last 24 hours unless --since says otherwise)"
          + " across the log and its rotated files: by decision, by risk, by finding code, by"
          + " agent, and the commands denied most often. Runs (cmdguard exec) are counted apart.",
      "",
    },
    footer = {
      "",
      "Examples:",
      "  cmdguard audit stats",
      "  cmdguard audit stats --since 7d --top 20",
      "  cmdguard audit stats --since 2026-03-01 --json",
      "  cmdguard audit stats --since all",
      "",
      "Exit status: 0 done, 2 usage error or unreadable log, 1 internal error.",
    })
final class AuditStatsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @ParentCommand private AuditCommand audit;

  @Option(
      names = "--since",
      paramLabel = "WHEN",
      defaultValue = "24h",
      converter = SinceConverter.class,
      description =
          "The start of the period: a duration back from now (30m, 24h, 7d), a UTC date"
              + " (2026-03-01) or time (2026-03-01T12:00:00Z), or 'all'. Default: 24h.")
  private Since since;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "10",
      description = "How many of the most denied commands to list (default 10).")
  private int top;

  @Option(names = "--json", description = "Print a JSON document instead of text.")
  private boolean json;

  @Mixin private AuditFileOption file;

  private Clock clock = Clock.systemUTC();

  /** Replaces the clock that "now" comes from (tests). */
  void clock(Clock c) {
    this.clock = c;
  }

  @Override
  public Integer call() {
    return Failures.run(spec.commandLine().getErr(), audit.main().debug(), this::stats);
  }

  private int stats() throws InputException {
    if (top < 0) {
      throw new InputException("--top needs a count of 0 or more, not " + top);
    }
    Environment env = audit.main().environment();
    Path log = file.log(env);
    file.requireGivenFileExists(log);
    Optional<Instant> from = since.from(clock.instant());
    AuditStats.Collector counts = new AuditStats.Collector(from, top);
    try {
      AuditReader.each(log, counts::add);
    } catch (IOException e) {
      throw new InputException("cannot read the audit log " + log + ": " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      AuditJson.stats(counts.result(), out);
    } else {
      AuditText.stats(counts.result(), since.describe(from), out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * The start of the period.
   *
   * @param given the text as given ({@code 24h})
   * @param ago a duration back from now, or
   * @param at a fixed time; both empty for all records
   */
  record Since(String given, Optional<Duration> ago, Optional<Instant> at) {
    Optional<Instant> from(Instant now) {
      return ago.map(now::minus).or(() -> at);
    }

    String describe(Optional<Instant> from) {
      if (from.isEmpty()) {
        return "all records";
      }
      return "since " + from.get() + (ago.isPresent() ? " (last " + given + ")" : "");
    }
  }

  /** Parses {@code all}, {@code 30s|10m|24h|7d}, a date or an ISO-8601 UTC time. */
  static final class SinceConverter implements ITypeConverter<Since> {
    private static final Pattern AGO = Pattern.compile("([0-9]{1,9})([smhd])");

    @Override
    public Since convert(String value) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      if (v.equals("all")) {
        return new Since(v, Optional.empty(), Optional.empty());
      }
      Matcher m = AGO.matcher(v);
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        Duration d =
            switch (m.group(2)) {
              case "s" -> Duration.ofSeconds(n);
              case "m" -> Duration.ofMinutes(n);
              case "h" -> Duration.ofHours(n);
              default -> Duration.ofDays(n);
            };
        return new Since(v, Optional.of(d), Optional.empty());
      }
      try {
        return new Since(v, Optional.empty(), Optional.of(Instant.parse(value.trim())));
      } catch (DateTimeParseException e) {
        // not a time; perhaps a date
      }
      try {
        Instant day = LocalDate.parse(value.trim()).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new Since(v, Optional.empty(), Optional.of(day));
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is not a period: use 30m, 24h, 7d, a date (2026-03-01), a UTC time"
                + " (2026-03-01T12:00:00Z) or all");
      }
    }
  }
}
