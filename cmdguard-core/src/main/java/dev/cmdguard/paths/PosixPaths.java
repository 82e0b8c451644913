package dev.cmdguard.paths;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Lexical operations on POSIX path strings. Nothing here touches the file system: {@code ..}
 * removes the previous name as text, the way {@code realpath -m -s} and bash's {@code cd -L} do,
 * not by following symbolic links.
 */
public final class PosixPaths {
  private PosixPaths() {}

  /** True when {@code path} starts with {@code /} (POSIX.1-2017, 3.2 "Absolute Pathname"). */
  public static boolean isAbsolute(String path) {
    return path.startsWith("/");
  }

  /**
   * Normalizes a path lexically: empty names ({@code //}, {@code ///}, trailing {@code /}) and
   * {@code .} are dropped, {@code ..} removes the name before it. An absolute path never goes above
   * {@code /} ({@code /..} is {@code /}, as the kernel resolves it); a relative path keeps the
   * leading {@code ..} it cannot remove. Linux treats a leading {@code //} as {@code /}, so this
   * does too.
   *
   * @param path any path, absolute or relative
   * @return {@code "/"} or {@code "/a/b"} for an absolute path; {@code "a/b"}, {@code "../a"} or
   *     {@code "."} for a relative one
   */
  public static String normalize(String path) {
    Objects.requireNonNull(path, "path");
    if (isNormalAbsolute(path)) {
      return path; // the common case: the start-up tables alone normalize hundreds of paths
    }
    boolean absolute = isAbsolute(path);
    Deque<String> names = new ArrayDeque<>();
    for (String name : path.split("/", -1)) {
      if (name.isEmpty() || name.equals(".")) {
        continue;
      }
      if (!name.equals("..")) {
        names.addLast(name);
      } else if (!names.isEmpty() && !names.peekLast().equals("..")) {
        names.removeLast();
      } else if (!absolute) {
        names.addLast("..");
      }
    }
    String joined = String.join("/", names);
    if (absolute) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }

  /**
   * True when {@code path} is {@code /} or {@code /a/b}: no empty, {@code .} or {@code ..} name.
   */
  private static boolean isNormalAbsolute(String path) {
    if (path.isEmpty() || path.charAt(0) != '/') {
      return false;
    }
    int start = 1;
    while (start < path.length()) {
      int end = path.indexOf('/', start);
      end = end < 0 ? path.length() : end;
      int length = end - start;
      boolean dots =
          path.charAt(start) == '.'
              && (length == 1 || length == 2 && path.charAt(start + 1) == '.');
      if (length == 0 || dots || end == path.length() - 1) {
        return false;
      }
      start = end + 1;
    }
    return true;
  }

  /**
   * Resolves {@code path} against the directory {@code base}, as {@code open(2)} would with {@code
   * base} as the working directory, then normalizes it.
   *
   * @param base an absolute directory
   * @param path absolute (then {@code base} is ignored) or relative
   * @return an absolute normalized path
   * @throws IllegalArgumentException when {@code base} is not absolute
   */
  public static String resolve(String base, String path) {
    if (!isAbsolute(base)) {
      throw new IllegalArgumentException("base directory must be absolute: " + base);
    }
    return normalize(isAbsolute(path) ? path : base + "/" + path);
  }

  /**
   * The directory that contains a normalized absolute path; {@code /} for {@code /} itself.
   *
   * @param path a normalized absolute path
   */
  public static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? "/" : path.substring(0, slash);
  }

  /** The last name of a normalized path; empty for {@code /}. */
  public static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /**
   * True when {@code path} is {@code directory} or below it. Both must be normalized the same way
   * (both absolute, or both relative to the same directory).
   */
  public static boolean isWithin(String path, String directory) {
    if (directory.equals("/")) {
      return isAbsolute(path);
    }
    return path.equals(directory)
        || (path.startsWith(directory) && path.charAt(directory.length()) == '/');
  }

  /**
   * The names of a normalized path, first to last: {@code []} for {@code /} and {@code .}, {@code
   * [usr, bin]} for {@code /usr/bin}, {@code [.., a]} for {@code ../a}.
   */
  public static List<String> names(String path) {
    String body = isAbsolute(path) ? path.substring(1) : path;
    if (body.isEmpty() || body.equals(".")) {
      return List.of();
    }
    return List.of(body.split("/"));
  }

  /** {@code directory} joined with one more {@code name}; {@code directory} may be {@code /}. */
  public static String child(String directory, String name) {
    if (directory.isEmpty() || directory.equals(".")) {
      return name;
    }
    return directory.endsWith("/") ? directory + name : directory + "/" + name;
  }
}
