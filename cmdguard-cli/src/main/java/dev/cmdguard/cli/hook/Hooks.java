package dev.cmdguard.cli.hook;

import dev.cmdguard.CommandGuard;
import dev.cmdguard.Decision;
import dev.cmdguard.EvaluationRequest;
import dev.cmdguard.Risk;
import dev.cmdguard.Sandbox;
import dev.cmdguard.Verdict;
import dev.cmdguard.cli.ShellQuote;
import java.io.IOException;
import java.util.List;

/**
 * Answers one hook call (SPEC section 9): reads the payload with the agent's adapter, judges the
 * shell command with the guard in the payload's directory on behalf of the agent's session (the
 * guard's audit sink records the decision with both), and returns what the hook process prints and
 * its exit status. Used by {@code cmdguard hook AGENT} and by the service's {@code POST
 * /v1/hooks/{agent}}, so both answer alike.
 *
 * <p>Fails closed: a payload larger than {@link #MAX_PAYLOAD_BYTES}, one that is not JSON or lacks
 * a required field, and any exception inside are answered with the adapter's {@link
 * HookAdapter#refuse refusal} (deny; exit 2 where the agent blocks on it), recorded in {@link
 * HookContext#refusals}. Calls that are not shell commands (another tool or event) get no output
 * and exit 0, and are not recorded.
 */
public final class Hooks {
  /** The largest payload judged, in bytes: 1 MiB. A caller reads one byte more to tell. */
  public static final int MAX_PAYLOAD_BYTES = 1024 * 1024;

  private Hooks() {}

  /**
   * Answers one hook call. Thread-safe when the guard and the audit are.
   *
   * @param adapter the agent's protocol, from {@link HookAdapters#byName}
   * @param payload the bytes the agent sent; when longer than {@link #MAX_PAYLOAD_BYTES} the call
   *     is refused unread
   * @param guard the guard to judge with (its policy layers resolve against the payload's cwd; its
   *     audit sink records the decisions)
   * @param context the user's home and name, and where refusals are recorded
   * @return standard output, standard error and the exit status for the agent
   */
  public static HookOutput handle(
      HookAdapter adapter, byte[] payload, CommandGuard guard, HookContext context) {
    try {
      HookInput input =
          payload.length > MAX_PAYLOAD_BYTES
              ? new HookInput.Malformed(
                  "the input is larger than the limit of 1 MiB (" + MAX_PAYLOAD_BYTES + " bytes)",
                  "")
              : adapter.parse(payload);
      // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
      if (input instanceof HookInput.Shell shell) {
        return judge(adapter, shell, guard, context);
      } else if (input instanceof HookInput.Other) {
        return HookOutput.nothing();
      } else if (input instanceof HookInput.Malformed bad) {
        return refuse(adapter, bad, guard, context);
      }
      throw new IllegalStateException("unexpected hook input: " + input);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      String message = e.getMessage() == null ? "" : ": " + e.getMessage();
      return adapter.refuse(
          ShellQuote.visible(
              "cmdguard: internal error ("
                  + e.getClass().getSimpleName()
                  + message
                  + "); the command was not judged, so it is blocked"));
    }
  }

  private static HookOutput judge(
      HookAdapter adapter, HookInput.Shell in, CommandGuard guard, HookContext context) {
    EvaluationRequest request = request(in, context).from(adapter.name(), in.session());
    return adapter.answer(guard.evaluate(request), in);
  }

  private static EvaluationRequest request(HookInput.Shell in, HookContext context) {
    return in.script().isPresent()
        ? EvaluationRequest.script(in.script().get(), in.cwd(), context.home(), context.user())
        : EvaluationRequest.argv(in.argv().orElseThrow(), in.cwd(), context.home(), context.user());
  }

  private static HookOutput refuse(
      HookAdapter adapter, HookInput.Malformed bad, CommandGuard guard, HookContext context) {
    String reason =
        ShellQuote.visible(
            "cmdguard: the "
                + adapter.name()
                + " hook input cannot be used: "
                + bad.reason()
                + "; the command was not judged, so it is blocked");
    EvaluationRequest request =
        EvaluationRequest.script("", context.home(), context.home(), context.user())
            .from(adapter.name(), bad.session());
    try {
      context.refusals().record(request, refused(reason, guard));
    } catch (IOException | RuntimeException e) {
      // Refused either way: the answer blocks the call whether or not it was recorded.
    }
    return adapter.refuse(reason);
  }

  /** The decision recorded for a payload that could not be judged: deny, risk high. */
  static Decision refused(String reason, CommandGuard guard) {
    return new Decision(
        Verdict.DENY,
        Risk.HIGH,
        guard.profile(),
        List.of(),
        List.of(),
        reason,
        List.of(),
        List.of("hook: unusable input"),
        Sandbox.NONE,
        false,
        0);
  }
}
