package dev.cmdguard.rules.git;

import dev.cmdguard.FindingCode;
import dev.cmdguard.Risk;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code git push} (git-push(1)): forcing ({@code --force}, {@code -f}, {@code +refspec}, {@code
 * --mirror}) replaces the remote's history, so commits others pushed are lost ({@code
 * GIT_FORCE_PUSH}, high; with {@code --force-with-lease} medium, because the push fails when the
 * remote moved since the last fetch). Deleting refs ({@code --delete}, {@code :ref}, {@code
 * --prune}) is {@code GIT_REMOTE_DELETE}. A dry run ({@code -n}) sends nothing.
 */
final class PushChecks {
  private PushChecks() {}

  static void check(GitCommand git, int i, Findings findings) {
    Optional<PushSpec> parsed = PushSpec.of(git);
    if (parsed.isEmpty() || parsed.get().dryRun()) {
      return;
    }
    PushSpec push = parsed.get();
    force(push, i, findings);
    for (PushSpec.Update u : push.deletions()) {
      findings
          .report(FindingCode.GIT_REMOTE_DELETE, i)
          .message("git push deletes " + kind(u.ref()) + " " + u.ref() + " on " + remote(push))
          .at(u.arg())
          .safer("check it is merged and keep a copy first: git tag backup/" + plain(u.ref()))
          .add();
    }
    if (push.prune()) {
      findings
          .report(FindingCode.GIT_REMOTE_DELETE, i)
          .message(
              "git push --prune deletes every branch on " + remote(push) + " with no local copy")
          .at(git.dangerous('\0', "", "--prune").map(Arg::span).orElse(Span.NONE))
          .safer("git push --prune --dry-run to see what would be deleted")
          .add();
    }
  }

  private static void force(PushSpec push, int i, Findings findings) {
    List<PushSpec.Update> plus = push.plusForced();
    if (!push.force() && plus.isEmpty() && !push.lease()) {
      return;
    }
    Span at =
        push.forceArg()
            .map(Arg::span)
            .orElse(plus.isEmpty() ? Span.NONE : plus.get(0).arg().span());
    String where = (push.mirror() ? "every ref" : targets(push)) + " on " + remote(push);
    Findings.Report report = findings.report(FindingCode.GIT_FORCE_PUSH, i).at(at);
    if (push.lease()) {
      report
          .severity(Risk.MEDIUM)
          .message(
              "git push --force-with-lease replaces the history of "
                  + where
                  + " (refused if the remote moved since the last fetch)")
          .safer("add --force-if-includes so commits fetched but not merged are protected too");
    } else {
      report
          .message(
              "git push --force replaces the history of "
                  + where
                  + "; commits others pushed there are lost")
          .safer("git push --force-with-lease --force-if-includes");
    }
    report.add();
  }

  private static String targets(PushSpec push) {
    List<PushSpec.Update> pushed = push.updates().stream().filter(u -> !u.deleted()).toList();
    if (pushed.isEmpty()) {
      return "the current branch";
    }
    return pushed.stream().map(PushSpec.Update::ref).collect(Collectors.joining(", "));
  }

  static String remote(PushSpec push) {
    return push.remote().map(Arg::value).orElse("the default remote");
  }

  private static String kind(String ref) {
    return ref.startsWith("refs/tags/") ? "tag" : "branch";
  }

  private static String plain(String ref) {
    return ref.startsWith("refs/tags/") ? ref.substring("refs/tags/".length()) : ref;
  }
}
