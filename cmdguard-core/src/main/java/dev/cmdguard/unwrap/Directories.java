package dev.cmdguard.unwrap;

import dev.cmdguard.paths.PosixPaths;
import java.util.Optional;

/** Lexical resolution of directory names for {@code cd} and {@code pushd} tracking. */
final class Directories {
  private Directories() {}

  /**
   * Resolves {@code path} against {@code cwd}, removing {@code .}, {@code ..} (never above {@code
   * /}) and repeated slashes.
   *
   * @return the absolute normalized path, or empty when {@code path} is relative and {@code cwd}
   *     unknown
   */
  static Optional<String> resolve(Optional<String> cwd, String path) {
    if (PosixPaths.isAbsolute(path)) {
      return Optional.of(PosixPaths.normalize(path));
    }
    return cwd.map(dir -> PosixPaths.resolve(dir, path));
  }
}
