package dev.cmdguard.paths;

import java.util.List;
import java.util.Objects;

/**
 * Where the agent works and whose machine it is: everything path judgments depend on besides the
 * path itself. The core never reads the environment; the caller fills this in.
 *
 * @param workspace absolute directory the agent started in (its project); stored normalized
 * @param home absolute home directory of the user ({@code ~}, {@code $HOME}); stored normalized
 * @param user the user's login name ({@code ~user} of this name is {@code home}); may be empty when
 *     unknown
 * @param tempDirectories absolute directories whose contents are scratch space; stored normalized.
 *     {@link #DEFAULT_TEMP_DIRECTORIES} plus {@code $TMPDIR} when the caller knows it
 */
public record PathContext(
    String workspace, String home, String user, List<String> tempDirectories) {

  /**
   * Scratch directories on Linux (FHS 3.0 sections 3.18 and 5.15; {@code /dev/shm} is the POSIX
   * shared-memory tmpfs) and macOS ({@code /private/tmp}, and {@code /var/folders} where {@code
   * $TMPDIR} points).
   */
  public static final List<String> DEFAULT_TEMP_DIRECTORIES =
      List.of(
          "/tmp",
          "/var/tmp",
          "/dev/shm",
          "/private/tmp",
          "/private/var/tmp",
          "/var/folders",
          "/private/var/folders");

  /**
   * @throws IllegalArgumentException when {@code workspace}, {@code home} or a temp directory is
   *     not absolute
   */
  public PathContext {
    Objects.requireNonNull(user, "user");
    workspace = absolute("workspace", workspace);
    home = absolute("home", home);
    tempDirectories =
        tempDirectories.stream().map(dir -> absolute("temp directory", dir)).distinct().toList();
  }

  /** A context with {@link #DEFAULT_TEMP_DIRECTORIES}. */
  public PathContext(String workspace, String home, String user) {
    this(workspace, home, user, DEFAULT_TEMP_DIRECTORIES);
  }

  // equals and hashCode are written out: a record's generated ones are linked through
  // invokedynamic (ObjectMethods) at their first call, about 10 ms of a hook call's start-up, and
  // the guard keys its classifiers by context.

  @Override
  public boolean equals(Object o) {
    return o instanceof PathContext other
        && workspace.equals(other.workspace)
        && home.equals(other.home)
        && user.equals(other.user)
        && tempDirectories.equals(other.tempDirectories);
  }

  @Override
  public int hashCode() {
    return Objects.hash(workspace, home, user, tempDirectories);
  }

  private static String absolute(String what, String path) {
    Objects.requireNonNull(path, what);
    if (!PosixPaths.isAbsolute(path)) {
      throw new IllegalArgumentException(what + " must be an absolute path: " + path);
    }
    return PosixPaths.normalize(path);
  }
}
