package dev.cmdguard.rules.readonly;

import dev.cmdguard.unwrap.Arg;
import java.util.List;
import java.util.Set;

/**
 * git(1): the global options, then a read-only subcommand ({@link GitSubcommands}). {@code -C DIR}
 * only chooses the directory, and {@code --no-pager}/{@code -P} and the pathspec switches only
 * change the output. Refused: {@code -c NAME=VALUE} and {@code --config-env} (they can set {@code
 * core.pager}, {@code diff.external}, {@code core.fsmonitor} or an alias that runs a program),
 * {@code --exec-path=DIR} (picks the programs git runs), and {@code --git-dir}, {@code
 * --work-tree}, {@code --namespace}, {@code --super-prefix}: a repository can commit a directory
 * such as {@code .evil-git/} whose {@code config} runs a program, which {@code --git-dir} would
 * load (a {@code .git/config} cannot be committed).
 */
final class Git {
  private static final Set<String> FLAGS =
      Set.of(
          "-P",
          "--no-pager",
          "-p",
          "--paginate",
          "--bare",
          "--no-replace-objects",
          "--no-lazy-fetch",
          "--no-optional-locks",
          "--literal-pathspecs",
          "--glob-pathspecs",
          "--noglob-pathspecs",
          "--icase-pathspecs",
          "--no-advice",
          "--version",
          "-v",
          "--help",
          "-h",
          "--html-path",
          "--man-path",
          "--info-path",
          "--exec-path");

  private Git() {}

  static boolean allows(List<Arg> args) {
    int i = 0;
    while (i < args.size()) {
      Arg a = args.get(i);
      String v = a.value();
      if (!a.isLiteral()) {
        return false;
      }
      if (!v.startsWith("-")) {
        return GitSubcommands.allows(v, args.subList(i + 1, args.size()));
      } else if (v.equals("-C")) {
        i += 2;
      } else if (FLAGS.contains(v)) {
        i++;
      } else {
        return false;
      }
    }
    return true;
  }
}
