package dev.cmdguard.cli;

import dev.cmdguard.Decision;
import dev.cmdguard.Finding;
import dev.cmdguard.FindingCode;
import dev.cmdguard.Risk;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@code cmdguard trust add} refuses to remember (SPEC section 6), checked on the analysis of
 * the command in this order: a command that runs nothing; a critical one ("never for critical":
 * critical commands are denied whatever the store says, and an approval must not suggest
 * otherwise); one the guard could not fully analyse ({@code PARSE_ERROR}, {@code ANALYSIS_LIMIT});
 * one with a program or argument only known at run time, since an exact-argv approval of text like
 * {@code rm -rf $DIR} would approve whatever {@code $DIR} holds.
 */
public final class TrustRefusal {
  private TrustRefusal() {}

  /** Why the analysed command must not be trusted, one sentence; empty when it may be. */
  public static Optional<String> of(Decision decision) {
    if (decision.invocations().isEmpty()) {
      return Optional.of("nothing to trust: the command runs no program");
    }
    for (Finding f : decision.findings()) {
      if (f.severity() == Risk.CRITICAL || f.code().locked()) {
        return Optional.of(
            "a critical command is never trusted ("
                + f.code()
                + ": "
                + f.message()
                + "); cmdguard denies it whatever the trust store says");
      }
    }
    if (decision.risk() == Risk.CRITICAL) {
      return Optional.of("a critical command is never trusted: " + decision.primaryReason());
    }
    for (Finding f : decision.findings()) {
      if (f.code() == FindingCode.PARSE_ERROR || f.code() == FindingCode.ANALYSIS_LIMIT) {
        return Optional.of(
            "the command could not be fully analysed (" + f.code() + ": " + f.message() + ")");
      }
    }
    for (Invocation inv : decision.invocations()) {
      Optional<String> unknown = unknownPart(inv);
      if (unknown.isPresent()) {
        return Optional.of(
            "the command is not fully known: "
                + unknown.get()
                + " is only known at run time, in "
                + shown(inv.argv()));
      }
    }
    return Optional.empty();
  }

  /** The argv values as analysed (dynamic parts written as in the source). */
  static List<String> values(List<Arg> argv) {
    return argv.stream().map(Arg::value).toList();
  }

  /** The argv as one would type it, known parts quoted, unknown ones as written ({@code $X}). */
  private static String shown(List<Arg> argv) {
    return argv.stream()
        .map(a -> a.dynamic() ? a.value() : ShellQuote.quote(a.value()))
        .collect(Collectors.joining(" "));
  }

  private static Optional<String> unknownPart(Invocation inv) {
    if (inv.has(Invocation.Trait.DYNAMIC_PROGRAM)) {
      return Optional.of("the program " + inv.program());
    }
    return inv.argv().stream()
        .filter(Arg::dynamic)
        .findFirst()
        .map(a -> "the argument " + a.value());
  }
}
