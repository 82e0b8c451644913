package dev.cmdguard.rules.secrets;

import dev.cmdguard.unwrap.Invocation;
import java.util.Set;

/**
 * Filters that keep secrets from getting through: searches that print only a status, a count or
 * file names ({@code grep -q}, {@code grep -c}, {@code diff -q}). For a dump of the environment,
 * see {@link Narrowing}.
 */
final class Filters {
  static final Set<String> GREPS = Set.of("grep", "egrep", "fgrep", "zgrep", "rg", "ag", "ack");

  /** The short options that take a value: grep(1), and rg(1) which has more of them. */
  static String shortValued(String program) {
    return program.equals("rg") ? "efmABCgtTjMrEd" : "efmABCdDG";
  }

  static final Set<String> GREP_LONG_VALUED =
      Set.of(
          "--regexp",
          "--file",
          "--max-count",
          "--after-context",
          "--before-context",
          "--context",
          "--glob",
          "--iglob",
          "--type",
          "--type-not",
          "--max-depth",
          "--replace",
          "--pre",
          "--label",
          "--binary-files",
          "--devices",
          "--directories",
          "--exclude",
          "--include",
          "--exclude-dir",
          "--encoding",
          "--engine",
          "--type-add",
          "--threads",
          "--max-columns");

  private static final Set<String> QUIET_GREP =
      Set.of(
          "--quiet",
          "--silent",
          "--count",
          "--files-with-matches",
          "--files-without-match",
          "--count-matches",
          "--files");

  private Filters() {}

  /** True when the invocation prints none of the content it reads (only status, counts, names). */
  static boolean printsNothing(Invocation inv) {
    String program = inv.program();
    if (GREPS.contains(program)) {
      return Programs.hasFlag(inv, "qclL", QUIET_GREP);
    }
    if (Set.of("diff", "sdiff", "colordiff").contains(program)) {
      return Programs.hasFlag(inv, "q", Set.of("--brief"));
    }
    return false;
  }
}
