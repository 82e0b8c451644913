package dev.cmdguard.rules.execution;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.Rule;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Invocation;
import java.util.List;
import java.util.Set;

/**
 * The execution family of SPEC section 4 (docs/rules/execution.md): code that runs without the
 * guard seeing it.
 *
 * <ul>
 *   <li>{@code PIPE_TO_SHELL} (high): downloaded or decoded code run at once ({@code curl … | sh},
 *       {@code bash <(curl …)}, {@code sh -c "$(curl …)"}, {@code base64 -d x | sh}, download then
 *       run in the same command);
 *   <li>{@code DYNAMIC_COMMAND} (high): a command name or eval text only known at run time ({@code
 *       $CMD -rf /}, {@code eval "$x"}); medium for shell set-up generators ({@code eval
 *       "$(ssh-agent -s)"});
 *   <li>{@code REVERSE_SHELL} (locked critical): a shell wired to a network connection;
 *   <li>{@code INTERPRETER_INLINE_CODE} (medium): interpreter code the unwrap stage could not
 *       follow;
 *   <li>{@code UNKNOWN_COMMAND} (medium): scripts run from files and programs cmdguard does not
 *       know.
 * </ul>
 */
public final class ExecutionRule implements Rule {

  @Override
  public FindingCode.Family family() {
    return FindingCode.Family.EXECUTION;
  }

  @Override
  public void check(RuleContext context, Findings findings) {
    Set<Integer> reverse = ReverseShell.check(context, findings);
    List<Invocation> all = context.invocations();
    for (int i = 0; i < all.size(); i++) {
      Invocation inv = all.get(i);
      if (reverse.contains(i)) {
        continue;
      }
      if (inv.has(Invocation.Trait.DYNAMIC_PROGRAM)) {
        UnseenCode.dynamicProgram(context, findings, i, inv);
      } else if (inv.has(Invocation.Trait.READS_SCRIPT_FROM_STDIN)) {
        UnseenCode.stdinScript(context, findings, i, inv);
      }
      if (Tools.interpreter(inv.program())) {
        InlineCode.check(context, findings, i, inv, reverse);
      }
    }
    InlineCode.markers(context, findings);
    DownloadThenRun.check(context, findings);
    UnknownPrograms.check(context, findings);
  }
}
