package dev.cmdguard.cli;

import dev.cmdguard.Decision;
import dev.cmdguard.policy.TrustEntry;
import dev.cmdguard.policy.TrustStore;
import dev.cmdguard.unwrap.ShellContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cmdguard trust add}: analyses a command as {@code check} would and remembers the exact
 * argv of its invocations in the trust store, until an expiry. Refuses ({@link TrustRefusal}, exit
 * 2) what must never be trusted.
 */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Trust one exact command for a while (default 7 days).",
    description = {
      "",
      "Analyses the command the way check does and stores the argv of every program it runs."
          + " From then until the expiry, a command whose analysis gives exactly these invocations"
          + " is allowed where it would otherwise ask. A different argument, an extra program or"
          + " another order is another command.",
      "",
      "Never trusted: critical commands (they are always denied), commands with a program or"
          + " argument only known at run time ($VAR, $(…)), and commands cmdguard could not fully"
          + " analyse.",
      "",
    },
    footer = {
      "",
      "Examples:",
      "  cmdguard trust add -- npm run deploy",
      "  cmdguard trust add --ttl 12h --note 'hotfix' -c 'git push -f origin fix'",
      "",
      "Exit status: 0 trusted, 2 refused or usage error, 1 internal error.",
    })
final class TrustAddCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @ParentCommand private TrustCommand trust;

  @Mixin private CommandInput input;

  @Mixin private ContextOptions place;

  @Option(
      names = "--ttl",
      paramLabel = "DURATION",
      converter = Durations.Converter.class,
      description = "How long the approval lasts: 30m, 12h, 7d… (default 7d, at most 365d).")
  private Duration ttl;

  @Option(names = "--note", paramLabel = "TEXT", description = "Why it is trusted, for the list.")
  private String note = "";

  @Option(names = "--json", description = "Print the stored entry as JSON.")
  private boolean json;

  /**
   * @return {@link ExitCodes#OK} when stored, {@link ExitCodes#USAGE} when refused or the input is
   *     unusable, {@link ExitCodes#INTERNAL_ERROR} for a bug
   */
  @Override
  public Integer call() {
    return Failures.run(spec.commandLine().getErr(), trust.debug(), this::add);
  }

  private int add() throws InputException {
    Environment env = trust.environment();
    GivenCommand command = input.read(env);
    ShellContext context = place.context(env);
    Decision decision = PolicySetup.guard(env).evaluate(command.request(context));
    Optional<String> refusal = TrustRefusal.of(decision);
    if (refusal.isPresent()) {
      throw new InputException("not trusted: " + refusal.get());
    }
    List<List<String>> argvs =
        decision.invocations().stream().map(i -> TrustRefusal.values(i.argv())).toList();
    Duration lasting = ttl != null ? ttl : PolicySetup.trustTtl(env, context.cwd());
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    TrustStore store = trust.store();
    TrustEntry entry;
    try {
      entry = store.add(command.shown(), argvs, lasting, note, now);
    } catch (IllegalArgumentException e) {
      throw new InputException("not trusted: " + e.getMessage());
    } catch (IOException e) {
      throw TrustCommand.unusable(e);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      TrustJson.writeEntry(entry, now, out);
    } else {
      text(entry, lasting, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void text(TrustEntry entry, Duration ttl, PrintWriter out) {
    out.println(
        "Trusted for " + Durations.format(ttl) + ", until " + entry.expires() + ": " + entry.id());
    out.println("  " + entry.command());
    int n = entry.invocations().size();
    out.println(n == 1 ? "as 1 invocation:" : "as " + n + " invocations, in this order:");
    for (List<String> argv : entry.invocations()) {
      out.println("  " + ShellQuote.join(argv));
    }
    if (!entry.note().isEmpty()) {
      out.println("Note: " + entry.note());
    }
    out.println("Remove it with: cmdguard trust remove " + entry.id());
  }
}
