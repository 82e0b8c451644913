package dev.cmdguard.paths;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns path operands into {@link ResolvedPath}s: tilde expansion ({@link Tilde}), resolution of a
 * relative path against the working directory, lexical normalization ({@link PosixPaths#normalize})
 * and, for a glob, the directory it covers. Pure: it never looks at the file system, so {@code ..}
 * is lexical and symbolic links are not followed. Immutable and thread-safe.
 */
public final class PathResolver {
  private final PathContext context;

  /** A resolver for paths seen from {@code context}. */
  public PathResolver(PathContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  /**
   * Resolves one path operand.
   *
   * <p>A leading {@code ~} is expanded here even if the caller already expanded tildes, because a
   * literal file named {@code ~} is rare and taking it for the home directory errs on the safe
   * side; pass a quoted literal tilde as {@code ./~}.
   *
   * @param value the operand after quote removal, such as {@code ~/x}, {@code ../..}, {@code /*}
   * @param glob true when the operand had unquoted pattern characters (the shell will expand it);
   *     when false, {@code *}, {@code ?} and {@code [} are ordinary characters
   * @param cwd the absolute directory relative paths start from; empty when not known
   * @throws IllegalArgumentException when {@code cwd} is present but not absolute
   */
  public ResolvedPath resolve(String value, boolean glob, Optional<String> cwd) {
    Objects.requireNonNull(value, "value");
    cwd.ifPresent(
        dir -> {
          if (!PosixPaths.isAbsolute(dir)) {
            throw new IllegalArgumentException("cwd must be absolute: " + dir);
          }
        });
    if (value.isEmpty()) {
      return new ResolvedPath(value, Optional.empty(), "", false, Optional.empty(), false);
    }
    Optional<String> expanded = Tilde.expand(value, context, cwd);
    if (expanded.isEmpty()) {
      int slash = value.indexOf('/');
      String rest = slash < 0 ? "." : value.substring(slash + 1);
      return shape(value, Optional.empty(), PosixPaths.normalize(rest), glob);
    }
    String path = expanded.get();
    if (PosixPaths.isAbsolute(path)) {
      String absolute = PosixPaths.normalize(path);
      return shape(value, Optional.of(absolute), absolute, glob);
    }
    if (cwd.isPresent()) {
      String absolute = PosixPaths.resolve(cwd.get(), path);
      return shape(value, Optional.of(absolute), absolute, glob);
    }
    return shape(value, Optional.empty(), PosixPaths.normalize(path), glob);
  }

  /** Adds the glob facts: whether it still is one, its static directory, whether it covers all. */
  private static ResolvedPath shape(
      String text, Optional<String> absolute, String normalized, boolean glob) {
    if (!glob || !Glob.hasPattern(normalized)) {
      return new ResolvedPath(text, absolute, normalized, false, Optional.empty(), false);
    }
    List<String> names = PosixPaths.names(normalized);
    int first = firstPattern(names);
    boolean coversAll = first == names.size() - 1 && Glob.of(names.get(first)).coversEveryName();
    Optional<String> staticDirectory =
        absolute.map(unused -> "/" + String.join("/", names.subList(0, first)));
    return new ResolvedPath(text, absolute, normalized, true, staticDirectory, coversAll);
  }

  private static int firstPattern(List<String> names) {
    int first = 0;
    while (!Glob.hasPattern(names.get(first))) {
      first++;
    }
    return first;
  }
}
