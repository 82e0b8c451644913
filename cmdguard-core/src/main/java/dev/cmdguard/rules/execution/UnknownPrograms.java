package dev.cmdguard.rules.execution;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.ReadOnlyCommands;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.AnalysisMarker;
import dev.cmdguard.unwrap.Invocation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code UNKNOWN_COMMAND} (medium, informational: medium is the floor of anything not read-only):
 * code the guard did not see — a script run from a file ({@code bash ./deploy.sh}, {@code source
 * ./env.sh}, the unwrap stage's {@code UNSEEN_CODE} markers) — and programs it does not know
 * ({@code ./run.sh}, {@code my-tool}), once per program.
 */
final class UnknownPrograms {
  private UnknownPrograms() {}

  static void check(RuleContext context, Findings findings) {
    markers(context, findings);
    Set<String> seen = new HashSet<>();
    List<Invocation> all = context.invocations();
    for (int i = 0; i < all.size(); i++) {
      Invocation inv = all.get(i);
      String program = inv.program();
      if (program.isEmpty()
          || inv.argv().isEmpty()
          || inv.has(Invocation.Trait.DYNAMIC_PROGRAM)
          || inv.has(Invocation.Trait.SYNTHESIZED)
          || KnownPrograms.contains(program)
          || inv.origin().contains(program + "()")
          || !seen.add(program)
          || explained(findings, i)
          || ReadOnlyCommands.isReadOnly(inv, context)) {
        continue;
      }
      String written = inv.argv().get(0).value();
      findings
          .report(FindingCode.UNKNOWN_COMMAND, i)
          .message(
              written.contains("/")
                  ? written + " is a local program whose code is not analysed"
                  : program + " is a program cmdguard does not know")
          .at(inv.argv().get(0))
          .add();
    }
  }

  /** The unwrap stage's {@code UNSEEN_CODE} markers: scripts run from files. */
  private static void markers(RuleContext context, Findings findings) {
    for (AnalysisMarker m : context.analysis().markers()) {
      int index = indexAt(context, m);
      if (m.kind() == AnalysisMarker.Kind.UNSEEN_CODE && !explained(findings, index)) {
        findings.report(FindingCode.UNKNOWN_COMMAND, index).message(m.message()).at(m.span()).add();
      }
    }
  }

  /** True when a graver finding of this family already says the code is unseen. */
  private static boolean explained(Findings findings, int index) {
    return index >= 0
        && (findings.has(FindingCode.PIPE_TO_SHELL, index)
            || findings.has(FindingCode.REVERSE_SHELL, index)
            || findings.has(FindingCode.DYNAMIC_COMMAND, index));
  }

  private static int indexAt(RuleContext context, AnalysisMarker marker) {
    List<Invocation> all = context.invocations();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).span().equals(marker.span())) {
        return i;
      }
    }
    return -1;
  }
}
