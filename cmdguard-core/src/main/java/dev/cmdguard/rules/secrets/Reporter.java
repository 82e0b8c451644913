package dev.cmdguard.rules.secrets;

import dev.cmdguard.FindingCode;
import dev.cmdguard.Risk;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.rules.secrets.Sink.Destination;
import dev.cmdguard.unwrap.Invocation;
import java.util.HashSet;
import java.util.Set;

/**
 * Turns "this invocation takes this secret to that place" into a finding, or into none: sending it
 * away is {@code SECRET_EXFILTRATION}; printing it or writing it to an unprotected file is the
 * secret's own code; loading a file into the shell or giving it to another program counts for files
 * (every read of them does) but not for a variable or a stored token, which exist to be used.
 * Reports each (code, invocation, span) once.
 */
final class Reporter {
  private final RuleContext context;
  private final Findings findings;
  private final Set<String> seen = new HashSet<>();

  Reporter(RuleContext context, Findings findings) {
    this.context = context;
    this.findings = findings;
  }

  RuleContext context() {
    return context;
  }

  /**
   * Reports {@code secret}, which the invocation at {@code index} {@code verb}s and which then goes
   * to {@code sink}.
   *
   * @param verb what the program does to it: "reads", "prints", "copies", "loads"
   */
  void report(int index, Secret secret, Sink sink, String verb) {
    Invocation inv = context.invocation(index);
    String subject = inv.program() + " " + verb + " " + secret.describe();
    if (sink.destination() == Destination.SENT) {
      if (!secret.kind().isFile()
          && secret.kind() != Secret.Kind.ENVIRONMENT
          && sink.viaArgument()) {
        return;
      }
      exfiltration(index, secret, subject + " and it leaves the machine through " + sink.where());
      return;
    }
    if (!fires(secret.kind(), sink.destination())) {
      return;
    }
    boolean self = sink.destination() == Destination.USED && sink.where().equals(inv.program());
    String message = subject + (self ? "" : tail(sink));
    add(secret.kind().code(), index, secret, message, null);
  }

  /** Reports {@code secret} sent over the network by the invocation itself. */
  void exfiltration(int index, Secret secret, String message) {
    add(FindingCode.SECRET_EXFILTRATION, index, secret, message, null);
  }

  /** Reports {@code secret} at a severity other than its code's default (a documented variant). */
  void variant(int index, Secret secret, String message, Risk severity) {
    add(secret.kind().code(), index, secret, message, severity);
  }

  private void add(FindingCode code, int index, Secret secret, String message, Risk severity) {
    String key = code + "@" + index + "@" + secret.span();
    if (!seen.add(key)) {
      return;
    }
    Findings.Report report = findings.report(code, index).message(message).at(secret.span());
    if (severity != null) {
      report.severity(severity);
    }
    if (code == FindingCode.SECRET_EXFILTRATION) {
      report.safer(
          "keep secrets on this machine; provision them on the other side through its"
              + " secret store");
    } else {
      secret.safer().ifPresent(report::safer);
    }
    report.add();
  }

  private static boolean fires(Secret.Kind kind, Destination destination) {
    return switch (destination) {
      case NONE, SENT -> false;
      case USED -> kind.isFile() || kind == Secret.Kind.ENVIRONMENT;
      case LOADED -> kind.isFile();
      case SAVED, SHOWN -> true;
    };
  }

  private static String tail(Sink sink) {
    return switch (sink.destination()) {
      case SHOWN -> " into the command's output, where the agent and its logs see it";
      case SAVED -> " into " + sink.where() + ", a file not protected as a secret";
      case LOADED -> " into the shell's variables or code (through " + sink.where() + ")";
      case USED -> " and hands it to " + sink.where();
      case NONE, SENT -> "";
    };
  }
}
