package dev.cmdguard.rules.guard;

import dev.cmdguard.FindingCode;
import dev.cmdguard.paths.PosixPaths;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.Rule;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.AnalysisMarker;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.ResolvedRedirect;
import java.util.List;
import java.util.Set;

/**
 * The guard family (docs/rules/guard.md): what the analysis could not finish ({@code PARSE_ERROR},
 * {@code ANALYSIS_LIMIT}) and the agent changing its own guard ({@code GUARD_SELF_MODIFY}): writing
 * cmdguard's policy files, trust store or audit log, or running {@code cmdguard trust} / {@code
 * cmdguard policy trust}, which would let an agent loosen the guard that watches it.
 */
public final class GuardRule implements Rule {
  /** Programs that write or delete the files they name. */
  private static final Set<String> WRITERS =
      Set.of(
          "rm",
          "mv",
          "cp",
          "tee",
          "truncate",
          "sed",
          "chmod",
          "chown",
          "ln",
          "install",
          "dd",
          "shred",
          "unlink",
          "touch",
          "vi",
          "vim",
          "nano",
          "ed",
          "perl",
          "python",
          "python3");

  @Override
  public FindingCode.Family family() {
    return FindingCode.Family.GUARD;
  }

  @Override
  public void check(RuleContext context, Findings findings) {
    for (AnalysisMarker marker : context.analysis().markers()) {
      FindingCode code =
          switch (marker.kind()) {
            case PARSE_ERROR -> FindingCode.PARSE_ERROR;
            case DEPTH_LIMIT, SIZE_LIMIT, TIME_LIMIT -> FindingCode.ANALYSIS_LIMIT;
            case OPAQUE_INLINE_CODE, UNSEEN_CODE -> null;
          };
      if (code != null) {
        findings.report(code, -1).message(marker.message()).at(marker.span()).add();
      }
    }
    List<Invocation> all = context.invocations();
    for (int i = 0; i < all.size(); i++) {
      selfModify(context, findings, i, all.get(i));
    }
  }

  private static void selfModify(RuleContext context, Findings findings, int i, Invocation inv) {
    List<String> args = inv.args().stream().map(Arg::value).toList();
    if (inv.program().equals("cmdguard")
        && !args.isEmpty()
        && ((args.get(0).equals("trust") && !(args.size() > 1 && args.get(1).equals("list")))
            || (args.get(0).equals("policy") && args.contains("trust")))) {
      findings
          .report(FindingCode.GUARD_SELF_MODIFY, i)
          .message(
              "'cmdguard "
                  + String.join(" ", args.subList(0, Math.min(2, args.size())))
                  + "' changes what the guard allows; only a human should run it")
          .add();
      return;
    }
    for (ResolvedRedirect r : inv.redirects()) {
      if (r.writesFile() && isGuardFile(context, inv, r.target())) {
        report(findings, i, r.target(), "writes");
        return;
      }
    }
    if (WRITERS.contains(inv.program())) {
      for (Arg arg : inv.args()) {
        if (isGuardFile(context, inv, arg)) {
          report(findings, i, arg, "changes");
          return;
        }
      }
    }
  }

  private static void report(Findings findings, int i, Arg target, String verb) {
    findings
        .report(FindingCode.GUARD_SELF_MODIFY, i)
        .message(
            verb + " cmdguard's own file " + target.value() + " (policy, trust store or audit log)")
        .at(target)
        .add();
  }

  /** cmdguard's policy layers, trust store and audit log, wherever XDG puts them. */
  static boolean isGuardFile(RuleContext context, Invocation inv, Arg arg) {
    if (arg.dynamic()) {
      return false;
    }
    String path = context.resolve(inv, arg).absolute().orElse(arg.value());
    String name = PosixPaths.fileName(path);
    for (String own : context.guardFiles()) {
      if (path.equals(own) || path.startsWith(own.endsWith("/") ? own : own + "/")) {
        return true;
      }
    }
    return name.equals(".cmdguard.yaml")
        || name.equals(".cmdguard.yml")
        || path.startsWith("/etc/cmdguard")
        || path.contains("/.config/cmdguard")
        || path.contains("/.local/state/cmdguard")
        || path.matches(".*/cmdguard/(policy\\.ya?ml|trust\\.json|audit[^/]*\\.jsonl)$");
  }
}
