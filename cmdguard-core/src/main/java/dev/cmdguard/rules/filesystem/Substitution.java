package dev.cmdguard.rules.filesystem;

import dev.cmdguard.paths.PosixPaths;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The expansions of a dynamic operand whose meaning is known although their value is not: {@code
 * $TMPDIR} names the user's temp directory (POSIX, "Environment Variables"; the agent's environment
 * value when it is known, else {@code /tmp}), and {@code $PWD}, {@code $(pwd)} and {@code `pwd`}
 * the working directory when it is known.
 *
 * @param text the operand with those expansions replaced
 * @param ifUnset when {@code $TMPDIR} was replaced without a default and the environment does not
 *     say it is set: the operand as bash would give it with {@code TMPDIR} unset ({@code $TMPDIR/*}
 *     becomes {@code /*})
 */
record Substitution(String text, Optional<String> ifUnset) {

  private static final Pattern TMPDIR = Pattern.compile("\\$TMPDIR|\\$\\{TMPDIR}");
  private static final Pattern TMPDIR_DEFAULT = Pattern.compile("\\$\\{TMPDIR:?[-=][^}]*}");
  private static final Pattern PWD =
      Pattern.compile(
          "\\$PWD|\\$\\{PWD}|\\$\\(\\s*pwd(\\s+-[LP])?\\s*\\)|`\\s*pwd(\\s+-[LP])?\\s*`");

  /**
   * @param text a dynamic operand's source-like text
   * @param cwd the working directory, empty when not known
   * @param environment the agent's known environment variables
   * @param tmpdirAssigned true when the command itself sets {@code TMPDIR}, which then is not taken
   *     for a temp directory
   */
  static Substitution of(
      String text, Optional<String> cwd, Map<String, String> environment, boolean tmpdirAssigned) {
    Expansions parts = Expansions.of(text);
    String tmp = environment.getOrDefault("TMPDIR", "");
    String temp = PosixPaths.isAbsolute(tmp) ? tmp : "/tmp";
    boolean[] unsetMatters = {false};
    String replaced =
        parts.replace(
            part -> {
              if (tmpdirAssigned) {
                return pwd(part, cwd);
              }
              if (TMPDIR.matcher(part).matches()) {
                unsetMatters[0] = !environment.containsKey("TMPDIR");
                return temp;
              }
              if (TMPDIR_DEFAULT.matcher(part).matches()) {
                return temp;
              }
              return pwd(part, cwd);
            });
    Optional<String> ifUnset = Optional.empty();
    if (unsetMatters[0]) {
      String unset =
          parts.replace(
              part -> {
                if (TMPDIR.matcher(part).matches()) {
                  return "";
                }
                return part;
              });
      Expansions rest = Expansions.of(unset);
      if (rest.isStatic() && !unset.isEmpty()) {
        ifUnset = Optional.of(unset);
      }
    }
    return new Substitution(replaced, ifUnset);
  }

  private static String pwd(String part, Optional<String> cwd) {
    return PWD.matcher(part).matches() && cwd.isPresent() ? cwd.get() : part;
  }
}
