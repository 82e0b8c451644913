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
    String replaced =
        parts.replace(
            part -> {
              boolean tmpdir =
                  TMPDIR.matcher(part).matches() || TMPDIR_DEFAULT.matcher(part).matches();
              return tmpdir && !tmpdirAssigned ? temp : pwd(part, cwd);
            });
    boolean unsetMatters =
        !tmpdirAssigned
            && !environment.containsKey("TMPDIR")
            && parts.parts().stream()
                .anyMatch(p -> TMPDIR.matcher(text.substring(p[0], p[1])).matches());
    return new Substitution(replaced, unsetMatters ? unset(parts) : Optional.empty());
  }

  /** The operand with an unset {@code TMPDIR}, when nothing else is left to expand. */
  private static Optional<String> unset(Expansions parts) {
    String unset = parts.replace(part -> TMPDIR.matcher(part).matches() ? "" : part);
    return Expansions.of(unset).isStatic() && !unset.isEmpty()
        ? Optional.of(unset)
        : Optional.empty();
  }

  private static String pwd(String part, Optional<String> cwd) {
    return PWD.matcher(part).matches() && cwd.isPresent() ? cwd.get() : part;
  }
}
