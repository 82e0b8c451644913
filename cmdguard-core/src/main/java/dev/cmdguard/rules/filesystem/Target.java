package dev.cmdguard.rules.filesystem;

import dev.cmdguard.paths.PathClass;
import dev.cmdguard.paths.PathClassification;
import dev.cmdguard.unwrap.Arg;
import java.util.Set;

/**
 * A path operand as the filesystem rules judge it, made by {@link Targets}.
 *
 * @param arg the argument it came from (its span is the finding's)
 * @param shown how a message names it: the resolved path, or the text as written when it is only
 *     known at run time
 * @param where where it lies; for a glob or a partly known operand, everything it could be
 * @param whole true when it stands for all of a directory's content (a glob covering it, a {@code
 *     find} without a test), so that even a deletion without {@code -r} empties the directory
 * @param reach how much of it is known before the command runs
 * @param host the machine it is on ({@code ssh HOST}), empty for this one
 * @param caveat a clause for the message about what run time could make of it ({@code "if TMPDIR is
 *     unset it is /*"}), empty when there is none
 */
record Target(
    Arg arg,
    String shown,
    PathClassification where,
    boolean whole,
    Reach reach,
    String host,
    String caveat) {

  /** How much of an operand is known before the command runs. */
  enum Reach {
    /** Known, possibly a glob. */
    STATIC,
    /** Partly known: its leading directories, then a value only known at run time. */
    DYNAMIC,
    /** Nothing known: it starts with a value only known at run time. */
    UNKNOWN,
    /** The files a {@code find} selects below a known starting point. */
    FOUND,
    /**
     * What it becomes when a variable the guard assumed set is unset ({@code $TMPDIR/*} as {@code
     * /*}): judged as a possibility, never as a certainty.
     */
    IF_UNSET
  }

  /** True when any of {@code classes} applies. */
  boolean isAny(Set<PathClass> classes) {
    return classes.stream().anyMatch(where::has);
  }

  /** True when the operand runs on another machine. */
  boolean isRemote() {
    return !host.isEmpty();
  }

  /** The name for messages, with the host when remote: {@code /etc on db1}. */
  String named() {
    return isRemote() ? shown + " on " + host : shown;
  }
}
