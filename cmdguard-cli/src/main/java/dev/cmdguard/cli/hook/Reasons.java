package dev.cmdguard.cli.hook;

import dev.cmdguard.Decision;
import dev.cmdguard.Finding;
import dev.cmdguard.cli.ShellQuote;
import dev.cmdguard.cli.TrustRefusal;
import java.util.Optional;

/**
 * The sentences the agents show: to the model (why a call was blocked and what to do instead) and
 * to the human (what to approve and how). Every sentence starts with {@code cmdguard:} so a reader
 * knows who spoke, and has hidden characters replaced ({@link ShellQuote#visible}): a command's
 * escape sequences must not reach the human's terminal through the agent.
 */
final class Reasons {
  private Reasons() {}

  /** {@code cmdguard: allowed (low risk)}. */
  static String allow(Decision d) {
    return "cmdguard: allowed (" + d.risk().label() + " risk)";
  }

  /** {@code cmdguard: denied (critical risk): WHY [CODE]; safer: …}. */
  static String deny(Decision d) {
    return visible("cmdguard: denied (" + d.risk().label() + " risk): " + summary(d));
  }

  /** {@code cmdguard: needs a human's approval (high risk): WHY [CODE]; safer: …}. */
  static String ask(Decision d) {
    return visible(
        "cmdguard: needs a human's approval (" + d.risk().label() + " risk): " + summary(d));
  }

  /**
   * An ask the agent cannot put to a human, so it is blocked, with how the human approves it:
   * {@code cmdguard: blocked until a human approves it (high risk; WHY NO ONE IS ASKED): …; to
   * approve it, run: cmdguard trust add --cwd DIR -c 'COMMAND'}.
   *
   * @param why why no one is asked: {@code "Codex hooks cannot ask"}
   */
  static String askBlocked(Decision d, HookInput.Shell in, String why) {
    return visible(
        "cmdguard: blocked until a human approves it ("
            + d.risk().label()
            + " risk; "
            + why
            + "): "
            + summary(d)
            + ". "
            + approval(d, in));
  }

  /** How a human approves the command: a {@code trust add} line, or why it cannot be trusted. */
  static String approval(Decision d, HookInput.Shell in) {
    Optional<String> refusal = TrustRefusal.of(d);
    if (refusal.isPresent()) {
      return "It cannot be approved with cmdguard trust ("
          + refusal.get()
          + "); a human who is sure can run it by hand";
    }
    String command =
        in.script().isPresent()
            ? "-c " + ShellQuote.quote(in.script().get())
            : "-- " + ShellQuote.join(in.argv().orElseThrow());
    return "To approve it, a human runs: cmdguard trust add --cwd "
        + ShellQuote.quote(in.cwd())
        + " "
        + command
        + " (then the agent retries)";
  }

  /** The primary reason, the top finding's code, its safer alternative, and how many more. */
  static String summary(Decision d) {
    StringBuilder out = new StringBuilder(d.primaryReason());
    if (!d.findings().isEmpty()) {
      Finding top = d.findings().get(0);
      out.append(" [").append(top.code().name()).append(']');
      top.saferAlternative().ifPresent(alt -> out.append("; safer: ").append(alt));
      int more = d.findings().size() - 1;
      if (more > 0) {
        out.append(" (").append(more).append(more == 1 ? " more finding" : " more findings");
        out.append(")");
      }
    }
    return out.toString();
  }

  private static String visible(String text) {
    return ShellQuote.visible(text);
  }
}
