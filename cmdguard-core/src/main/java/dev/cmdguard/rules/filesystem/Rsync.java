package dev.cmdguard.rules.filesystem;

import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * rsync(1): {@code --delete} and its variants ({@code --del}, {@code --delete-after}, {@code
 * --delete-excluded} …) delete from the destination whatever the source lacks, so {@code rsync -a
 * --delete empty/ ~/} empties the home; {@code --remove-source-files} deletes the sources once
 * sent. A destination {@code HOST:PATH} is on another machine, its relative paths in that user's
 * home. {@code -n}/{@code --dry-run} and {@code --list-only} change nothing. Writing into a local
 * system directory is judged as a write.
 */
final class Rsync {
  private static final Set<String> LONG_WITH_VALUE =
      Set.of(
          """
          --rsh --exclude --include --filter --files-from --exclude-from --include-from --temp-dir
          --partial-dir --backup-dir --suffix --chmod --chown --usermap --groupmap --block-size
          --bwlimit --port --timeout --contimeout --log-file --log-file-format --password-file
          --out-format --remote-option --compare-dest --copy-dest --link-dest --max-size --min-size
          --max-delete --modify-window --info --debug --rsync-path --sockopts --iconv
          --checksum-choice --compress-choice --compress-level --skip-compress --stop-after
          --stop-at --write-batch --read-batch --only-write-batch
          """
              .strip()
              .split("\\s+"));

  /**
   * {@code [user@]host:path}; not {@code host::module} or a local path with a colon after a slash.
   */
  private static final Pattern REMOTE = Pattern.compile("(?:[^@/:]+@)?([^/:]+):(?!:)(.*)");

  private final Targets targets;
  private final Verdict.Reporter reporter;

  Rsync(Targets targets, Verdict.Reporter reporter) {
    this.targets = targets;
    this.reporter = reporter;
  }

  void check(int index, Invocation inv) {
    if (!inv.program().equals("rsync")) {
      return;
    }
    Options o = Options.scan(inv.args(), "efBTM", LONG_WITH_VALUE);
    List<Arg> operands = o.operands();
    if (o.has("-n", "--dry-run", "--list-only") || operands.size() < 2) {
      return;
    }
    Arg dest = operands.get(operands.size() - 1);
    boolean prune = o.flags().stream().anyMatch(f -> f.startsWith("--del"));
    String label = Deletions.written(inv);
    for (Target t : at(index, inv, dest)) {
      Optional<Verdict> v =
          prune
              ? DeleteJudge.judge(label, t, true, DeleteJudge.Verb.PRUNE)
              : t.isRemote() ? Optional.empty() : WriteJudge.judge(label, t);
      v.ifPresent(found -> reporter.report(index, dest, found));
    }
    if (o.has("--remove-source-files", "--remove-sent-files")) {
      for (Arg source : operands.subList(0, operands.size() - 1)) {
        for (Target t : at(index, inv, source)) {
          DeleteJudge.judge(label, t, false, DeleteJudge.Verb.DELETE)
              .ifPresent(found -> reporter.report(index, source, found));
        }
      }
    }
  }

  /** The targets of an operand, on the remote host it names if it names one. */
  private List<Target> at(int index, Invocation inv, Arg arg) {
    String v = arg.value();
    if (!arg.dynamic() && v.startsWith("rsync://")) {
      return List.of(targets.unknown(arg, v.substring("rsync://".length()).split("/", 2)[0]));
    }
    if (!arg.dynamic() && v.contains("::")) {
      return List.of(targets.unknown(arg, v.substring(0, v.indexOf("::"))));
    }
    Matcher m = REMOTE.matcher(arg.value());
    if (arg.dynamic() || !m.matches()) {
      return targets.of(index, inv, arg);
    }
    Invocation there =
        new Invocation(
            inv.program(),
            inv.argv(),
            Optional.of(targets.workspace()),
            List.of("ssh " + m.group(1)),
            inv.span(),
            inv.stdin(),
            List.of(),
            Set.of(Invocation.Trait.REMOTE));
    String path = m.group(2).isEmpty() ? "." : m.group(2);
    return targets.of(index, there, Arg.of(path, arg.span()));
  }
}
