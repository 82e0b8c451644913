package dev.cmdguard.rules.readonly;

import dev.cmdguard.unwrap.Arg;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The git subcommands that only read (git(1) "Interrogation commands"), each with its writing or
 * executing options: {@code --output}, {@code --ext-diff} and {@code --textconv} for the diff
 * family (they write a file or run a configured program), {@code -O}/{@code --open-files-in-pager}
 * for {@code grep}; and the listing forms of the commands that also create or delete ({@code
 * branch}, {@code tag}, {@code remote}, {@code config}, {@code stash}, {@code worktree}, {@code
 * reflog}, {@code symbolic-ref}) in {@link GitListings}. A subcommand not listed (including an
 * alias) is not read-only.
 */
final class GitSubcommands {
  /**
   * Diff and log options that write a file or run a program. {@code -o} is not a git option (git
   * 2.39 rejects it), but other guards read it as {@code --output}; refusing it costs nothing.
   */
  static final Options DIFF =
      Options.forbidding("o", "--output", "--ext-diff", "--textconv").values("nSGL");

  private static final Options PLAIN = Options.forbidding("");

  private static final Map<String, Predicate<List<Arg>>> READERS = readers();

  private GitSubcommands() {}

  private static Map<String, Predicate<List<Arg>>> readers() {
    Map<String, Predicate<List<Arg>>> m = new HashMap<>();
    for (String s :
        List.of(
            "log",
            "show",
            "diff",
            "whatchanged",
            "diff-tree",
            "diff-index",
            "diff-files",
            "range-diff",
            "shortlog")) {
      m.put(s, DIFF::allows);
    }
    for (String s :
        List.of(
            "status",
            "rev-parse",
            "ls-files",
            "ls-tree",
            "show-ref",
            "for-each-ref",
            "rev-list",
            "name-rev",
            "merge-base",
            "count-objects",
            "var",
            "check-ignore",
            "check-attr",
            "cherry",
            "describe",
            "show-branch",
            "version")) {
      m.put(s, PLAIN::allows);
    }
    Options textconv = Options.forbidding("", "--textconv", "--filters");
    m.put("cat-file", textconv::allows);
    m.put("blame", textconv::allows);
    m.put("annotate", textconv::allows);
    Options grep =
        Options.forbidding("O", "--open-files-in-pager", "--textconv", "--ext-grep")
            .values("efABCm", "--max-depth", "--threads", "--max-count");
    m.put("grep", grep::allows);
    m.putAll(GitListings.all());
    return Map.copyOf(m);
  }

  /** True when {@code git SUBCOMMAND ARGS…} only reads. */
  static boolean allows(String subcommand, List<Arg> args) {
    Predicate<List<Arg>> judge = READERS.get(subcommand);
    return judge != null && judge.test(args);
  }
}
