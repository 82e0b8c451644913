package dev.cmdguard.cli;

import dev.cmdguard.Decision;
import dev.cmdguard.policy.TrustStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The {@code a} (always) answer of {@code exec}'s prompt: the exact command goes into the trust
 * store as {@code cmdguard trust add} would put it, for {@code trust.ttl}. What {@link
 * TrustRefusal} refuses is not remembered; the human's answer still approves this one run.
 */
final class ExecTrust {
  private ExecTrust() {}

  /** Remembers the approval, or says on {@code err} why it was not remembered. */
  static void remember(
      Environment env, Decision decision, GivenCommand command, Path dir, PrintWriter err) {
    Optional<String> refusal = TrustRefusal.of(decision);
    if (refusal.isPresent()) {
      err.println("cmdguard: not remembered (" + refusal.get() + "); running it this once");
      return;
    }
    List<List<String>> argvs =
        decision.invocations().stream().map(i -> TrustRefusal.values(i.argv())).toList();
    Duration ttl = PolicySetup.trustTtl(env, dir.toString());
    TrustStore store = TrustStore.at(PolicySetup.locations(env).trustStore());
    try {
      String id =
          store
              .add(
                  command.shown(),
                  argvs,
                  ttl,
                  "approved at the cmdguard exec prompt",
                  Instant.now().truncatedTo(ChronoUnit.SECONDS))
              .id();
      err.println(
          "cmdguard: trusted for " + Durations.format(ttl) + " (cmdguard trust remove " + id + ")");
    } catch (IOException | IllegalArgumentException e) {
      err.println("cmdguard: not remembered (" + e.getMessage() + "); running it this once");
    }
    err.flush();
  }
}
