package dev.cmdguard.unwrap;

import dev.cmdguard.paths.PosixPaths;
import java.util.Optional;

/** Lexical resolution of directory names for {@code cd} and {@code pushd} tracking. */
final class Directories {
  /**
   * The longest working directory tracked, in characters: Linux's PATH_MAX (4096). Beyond it the
   * directory counts as unknown, as after {@code cd $DIR}, so that {@code cd a; cd a; …} cannot
   * make every later command carry (and resolve against) a path as long as the script.
   */
  static final int MAX_CHARS = 4096;

  private Directories() {}

  /**
   * Resolves {@code path} against {@code cwd}, removing {@code .}, {@code ..} (never above {@code
   * /}) and repeated slashes. Only {@code path} is normalized when {@code cwd} already is, so a
   * chain of {@code cd} costs the length of each step, not of the directory.
   *
   * @return the absolute normalized path; empty when {@code path} is relative and {@code cwd}
   *     unknown, or when the result is longer than {@link #MAX_CHARS}
   */
  static Optional<String> resolve(Optional<String> cwd, String path) {
    if (PosixPaths.isAbsolute(path)) {
      return bounded(PosixPaths.normalize(path));
    }
    return cwd.flatMap(
        dir -> bounded(normalized(dir) ? join(dir, path) : PosixPaths.resolve(dir, path)));
  }

  /** {@code dir} (absolute, normalized) and the relative {@code path}, normalized. */
  private static String join(String dir, String path) {
    String rest = PosixPaths.normalize(path);
    String base = dir;
    while (rest.equals("..") || rest.startsWith("../")) {
      base = PosixPaths.parent(base);
      rest = rest.length() == 2 ? "." : rest.substring(3);
    }
    if (rest.equals(".")) {
      return base;
    }
    return base.equals("/") ? "/" + rest : base + "/" + rest;
  }

  /**
   * True for an absolute path with no empty, {@code .} or {@code ..} name and no trailing slash.
   */
  static boolean normalized(String dir) {
    if (!PosixPaths.isAbsolute(dir)) {
      return false;
    }
    if (dir.length() == 1) {
      return true;
    }
    int nameStart = 1;
    for (int i = 1; i <= dir.length(); i++) {
      if (i == dir.length() || dir.charAt(i) == '/') {
        int length = i - nameStart;
        if (length == 0 || (length <= 2 && dir.startsWith("..".substring(0, length), nameStart))) {
          return false;
        }
        nameStart = i + 1;
      }
    }
    return true;
  }

  private static Optional<String> bounded(String dir) {
    return dir.length() > MAX_CHARS ? Optional.empty() : Optional.of(dir);
  }
}
