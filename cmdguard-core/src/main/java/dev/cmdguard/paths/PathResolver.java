package dev.cmdguard.paths;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns path operands into {@link ResolvedPath}s: tilde expansion ({@link Tilde}), resolution of a
 * relative path against the working directory, lexical normalization ({@link PosixPaths#normalize})
 * and, for a glob, the directory it covers. Pure: it never looks at the file system, so {@code ..}
 * is lexical and symbolic links are not followed, except the procfs links {@code /proc/self/root}
 * and {@code /proc/self/cwd}, whose targets are known. Immutable and thread-safe.
 */
public final class PathResolver {
  /**
   * The procfs links to directories (proc(5)): {@code /proc/PID/root} is the process's root
   * directory, so {@code /proc/self/root/usr} is {@code /usr} (another process's root is taken to
   * be {@code /} too); {@code /proc/self/cwd} is the working directory, another process's is
   * unknown.
   */
  private static final Pattern PROC_LINK =
      Pattern.compile("/proc/(self|thread-self|[0-9]+)/(root|cwd)");

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
    if (!PosixPaths.isAbsolute(path) && cwd.isEmpty()) {
      return shape(value, Optional.empty(), PosixPaths.normalize(path), glob);
    }
    String joined = PosixPaths.isAbsolute(path) ? path : cwd.orElseThrow() + "/" + path;
    return throughProcLinks(value, joined, cwd, glob);
  }

  /**
   * Normalizes an absolute path name by name, following the procfs links to directories as the
   * kernel would ({@code /proc/self/cwd/..} is the parent of the cwd, not {@code /proc}).
   */
  private static ResolvedPath throughProcLinks(
      String value, String path, Optional<String> cwd, boolean glob) {
    Deque<String> names = new ArrayDeque<>();
    String[] parts = path.split("/");
    for (int i = 0; i < parts.length; i++) {
      String name = parts[i];
      if (name.equals("..")) {
        names.pollLast();
      } else if (!name.isEmpty() && !name.equals(".")) {
        names.addLast(name);
      }
      Optional<Target> link = procLink(names, cwd);
      if (link.isPresent() && link.get().directory().isEmpty()) {
        String rest = String.join("/", Arrays.asList(parts).subList(i + 1, parts.length));
        return shape(value, Optional.empty(), PosixPaths.normalize(rest), glob);
      }
      if (link.isPresent()) {
        names.clear();
        names.addAll(PosixPaths.names(link.get().directory().orElseThrow()));
      }
    }
    String absolute = "/" + String.join("/", names);
    return shape(value, Optional.of(absolute), absolute, glob);
  }

  /** Where a procfs link points: {@code directory} is empty when that is not known. */
  private record Target(Optional<String> directory) {}

  /** The target of the path when it is exactly a procfs directory link; empty when it is not. */
  private static Optional<Target> procLink(Deque<String> names, Optional<String> cwd) {
    if (names.size() != 3 || !names.peekFirst().equals("proc")) {
      return Optional.empty();
    }
    Matcher link = PROC_LINK.matcher("/" + String.join("/", names));
    if (!link.matches()) {
      return Optional.empty();
    }
    if (link.group(2).equals("root")) {
      return Optional.of(new Target(Optional.of("/")));
    }
    boolean own = link.group(1).equals("self") || link.group(1).equals("thread-self");
    return Optional.of(new Target(own ? cwd.map(PosixPaths::normalize) : Optional.empty()));
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
