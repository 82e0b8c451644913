package dev.cmdguard.paths;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The judgment of one {@link ResolvedPath}: where it lies and what kind of sensitive file it is.
 * For a glob, the union over everything it could expand to, so a rule that takes the worst class
 * judges the worst expansion.
 *
 * @param classes never empty; iteration follows the declaration order of {@link PathClass}
 * @param kinds empty for an ordinary file; {@link PathClass#SECRET_FILE} is in {@code classes}
 *     exactly when some kind {@link FileKind#isSecret() is a secret}
 */
public record PathClassification(Set<PathClass> classes, Set<FileKind> kinds) {

  /**
   * @throws IllegalArgumentException when {@code classes} is empty, or {@code SECRET_FILE}
   *     disagrees with {@code kinds}
   */
  public PathClassification {
    classes = Collections.unmodifiableSet(copy(classes, PathClass.class));
    kinds = Collections.unmodifiableSet(copy(kinds, FileKind.class));
    if (classes.isEmpty()) {
      throw new IllegalArgumentException("a path has at least one class");
    }
    if (classes.contains(PathClass.SECRET_FILE) != kinds.stream().anyMatch(FileKind::isSecret)) {
      throw new IllegalArgumentException("SECRET_FILE must match the kinds: " + classes + kinds);
    }
  }

  /** True when {@code pathClass} applies. */
  public boolean has(PathClass pathClass) {
    return classes.contains(pathClass);
  }

  /** True when the path is (or could expand to) a file of {@code kind}. */
  public boolean has(FileKind kind) {
    return kinds.contains(kind);
  }

  /** True when the path is (or could expand to) a file that holds a secret. */
  public boolean isSecret() {
    return classes.contains(PathClass.SECRET_FILE);
  }

  private static <E extends Enum<E>> EnumSet<E> copy(Collection<E> values, Class<E> type) {
    EnumSet<E> set = EnumSet.noneOf(type);
    set.addAll(values);
    return set;
  }
}
