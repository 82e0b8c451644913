package dev.cmdguard.cli;

import dev.cmdguard.Decision;
import dev.cmdguard.policy.Policy;
import dev.cmdguard.policy.PolicyException;
import dev.cmdguard.policy.PolicyKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What {@code exec} says on standard error when it does not run a command, and the status it exits
 * with ({@link ExitCodes#NOT_RUN}). Each message names the reason and, where a human can change the
 * outcome, how.
 */
final class ExecRefusal {
  /** ENOENT in the JDK's start failure: {@code error=2,} (JDK 21) or {@code error: 2 (} (25). */
  private static final Pattern NO_SUCH_FILE = Pattern.compile("error(=|: )2\\b");

  private final PrintWriter err;
  private final GivenCommand command;

  /**
   * @param command the command as given, for the approval hints (null where none is printed)
   */
  ExecRefusal(PrintWriter err, GivenCommand command) {
    this.err = err;
    this.command = command;
  }

  /** Critical commands (and locked codes) never run, whatever approved them. */
  int critical(Decision d) {
    err.println("cmdguard: not run: critical commands never run: " + d.primaryReason());
    err.println("cmdguard: see why with: " + verb("explain"));
    return done();
  }

  /** Denied by the profile, a policy rule or a broken policy. */
  int denied(Decision d) {
    err.println("cmdguard: denied (risk " + d.risk().label() + "): " + d.primaryReason());
    err.println("cmdguard: see why with: " + verb("explain"));
    return done();
  }

  /** It asks, and there is no terminal to ask on (SPEC section 5: ask becomes deny). */
  int noOneToAsk(Decision d, Duration ttl) {
    err.println(
        "cmdguard: not run: it needs a human's approval (risk "
            + d.risk().label()
            + "): "
            + d.primaryReason());
    err.println("cmdguard: there is no terminal to ask on. To approve it, run it in a terminal:");
    err.println("  " + verb("exec"));
    Optional<String> untrustable = TrustRefusal.of(d);
    if (untrustable.isPresent()) {
      err.println("cmdguard: it cannot be trusted in advance: " + untrustable.get());
    } else {
      err.println("cmdguard: or trust this exact command for " + Durations.format(ttl) + ":");
      err.println("  " + verb("trust add"));
    }
    return done();
  }

  /** The human said no. */
  int notApproved() {
    err.println("cmdguard: not run: not approved");
    return done();
  }

  /** It must run in the sandbox, and the sandbox cannot run: {@code why} names what is missing. */
  void noSandbox(Decision d, Policy policy, String why) {
    err.println(
        "cmdguard: not run: it must run in the sandbox (sandbox.mode "
            + policy.text(PolicyKey.SANDBOX_MODE)
            + " from "
            + policy.setting(PolicyKey.SANDBOX_MODE).source().describe()
            + ", risk "
            + d.risk().label()
            + "), and "
            + why);
    err.flush();
  }

  /** A policy file broke between the decision and the run. */
  void brokenPolicy(PolicyException e) {
    err.println("cmdguard: not run: the policy cannot be used: " + e.problems().get(0).describe());
    err.flush();
  }

  /**
   * The process could not be started: {@link ExitCodes#NOT_FOUND} when the program does not exist,
   * else {@link ExitCodes#NOT_RUN}.
   */
  int cannotStart(Launch launch, IOException e) {
    String message = String.valueOf(e.getMessage());
    boolean notFound = NO_SUCH_FILE.matcher(message).find();
    err.println(
        "cmdguard: cannot run "
            + launch.argv().get(0)
            + ": "
            + (notFound ? "no such file or directory" : message));
    err.flush();
    return notFound ? ExitCodes.NOT_FOUND : ExitCodes.NOT_RUN;
  }

  /** A note that does not stop the run. */
  void warn(String message) {
    err.println("cmdguard: " + message);
    err.flush();
  }

  /** {@code cmdguard VERB -c 'SCRIPT'} or {@code cmdguard VERB -- ARGV…} for this command. */
  String verb(String verb) {
    return "cmdguard "
        + verb
        + command
            .script()
            .map(s -> " -c " + ShellQuote.quote(s))
            .orElseGet(() -> " -- " + ShellQuote.join(command.argv().orElseThrow()));
  }

  private int done() {
    err.flush();
    return ExitCodes.NOT_RUN;
  }
}
