package dev.cmdguard.rules.windows;

import dev.cmdguard.paths.PathClass;
import dev.cmdguard.paths.PathClassification;
import dev.cmdguard.unwrap.Arg;
import java.util.Set;

/**
 * A path operand of a Windows command as the windows rules judge it, made by {@link Places}.
 *
 * @param arg the argument it came from (its span is the finding's)
 * @param shown how a message names it
 * @param where where it lies; for a glob or a partly known path, everything it could be
 * @param whole true when it stands for all of a folder's content ({@code C:\*})
 * @param known true when the path is known before the command runs
 */
record Target(Arg arg, String shown, PathClassification where, boolean whole, boolean known) {

  boolean isAny(Set<PathClass> classes) {
    return classes.stream().anyMatch(where::has);
  }

  boolean has(PathClass c) {
    return where.has(c);
  }
}
