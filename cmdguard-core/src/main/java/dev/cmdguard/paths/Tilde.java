package dev.cmdguard.paths;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tilde expansion of a word's leading {@code ~} (bash manual, "Tilde Expansion"), as a pure string
 * function. Only the start of a word is handled; the {@code :}/{@code =} forms inside assignments
 * are the caller's to split.
 *
 * <ul>
 *   <li>{@code ~} and {@code ~/x}: the home directory.
 *   <li>{@code ~user}: the context home for the context's own user, {@code /root} for {@code root},
 *       else {@code /home/user} (the file system's password database is not read, so this is the
 *       Linux convention, not a lookup).
 *   <li>{@code ~+} (and {@code ~0}, {@code ~+0}): the working directory, when known.
 *   <li>{@code ~-} ({@code $OLDPWD}) and other directory-stack forms ({@code ~2}, {@code ~-1}):
 *       unknown.
 *   <li>A prefix that is not a valid login name ({@code ~*}, {@code ~$x}) leaves the word
 *       unchanged, as bash does.
 * </ul>
 */
public final class Tilde {
  /** POSIX portable user names (POSIX.1-2017 3.437), with the trailing {@code $} Samba allows. */
  private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9._][A-Za-z0-9._-]*\\$?");

  private static final Pattern STACK = Pattern.compile("[+-]?[0-9]+|[+-]");

  private Tilde() {}

  /**
   * Expands the tilde prefix of {@code word}.
   *
   * @param word a word after quote removal whose leading {@code ~} was unquoted
   * @param cwd the absolute working directory, for {@code ~+}; empty when unknown
   * @return the word with its prefix replaced; the word itself when it has no tilde prefix; empty
   *     when the prefix names a directory that is not known statically ({@code ~-}, {@code ~+}
   *     without a cwd, {@code ~3})
   */
  public static Optional<String> expand(String word, PathContext context, Optional<String> cwd) {
    return expand(word, context.home(), context.user(), cwd);
  }

  /**
   * Expands the tilde prefix of {@code word} given the user's {@code home} and login name.
   *
   * @see #expand(String, PathContext, Optional)
   */
  public static Optional<String> expand(
      String word, String home, String user, Optional<String> cwd) {
    if (!word.startsWith("~")) {
      return Optional.of(word);
    }
    int slash = word.indexOf('/');
    String prefix = slash < 0 ? word.substring(1) : word.substring(1, slash);
    String rest = slash < 0 ? "" : word.substring(slash);
    if (!prefix.isEmpty() && !STACK.matcher(prefix).matches() && !LOGIN.matcher(prefix).matches()) {
      return Optional.of(word);
    }
    return directory(prefix, home, user, cwd)
        .map(dir -> dir.equals("/") && !rest.isEmpty() ? rest : dir + rest);
  }

  /** The directory a valid tilde prefix names; empty when it is not known statically. */
  private static Optional<String> directory(
      String prefix, String home, String user, Optional<String> cwd) {
    if (prefix.isEmpty() || prefix.equals(user)) {
      return Optional.of(home);
    }
    if (STACK.matcher(prefix).matches()) {
      boolean current = prefix.equals("+") || prefix.equals("+0") || prefix.equals("0");
      return current ? cwd : Optional.empty();
    }
    return Optional.of(prefix.equals("root") ? "/root" : "/home/" + prefix);
  }
}
