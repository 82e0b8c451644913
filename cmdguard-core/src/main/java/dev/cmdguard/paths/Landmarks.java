package dev.cmdguard.paths;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The concrete paths a glob is matched against, as a tree: the named places of {@link Locations}
 * for this context (root, system and temp directories, the home and its ancestors, the workspace,
 * device names), and the examples of {@link SensitiveFiles} placed where they apply (home-rules in
 * this home and in {@code /root}, anywhere-rules with a directory in the workspace). Anywhere-rules
 * of a single name ({@code id_rsa}) are kept apart: they can be in any directory.
 */
final class Landmarks {
  private final Map<String, Set<String>> children = new TreeMap<>();
  private final Set<String> paths = new HashSet<>();
  private final List<String> anywhereNames;

  Landmarks(PathContext context, Locations locations) {
    add("/");
    locations.systemDirectories().forEach(this::add);
    context.tempDirectories().forEach(this::add);
    add(context.home());
    add(context.workspace());
    Locations.HARMLESS_DEVICES.stream().filter(p -> !Glob.hasPattern(p)).forEach(this::add);
    Locations.KERNEL_INTERFACES.stream().filter(p -> !Glob.hasPattern(p)).forEach(this::add);
    Locations.DEVICE_EXAMPLES.forEach(this::add);
    for (String example : SensitiveFiles.examples()) {
      if (example.startsWith("~/")) {
        add(PosixPaths.resolve(context.home(), example.substring(2)));
        add(PosixPaths.resolve("/root", example.substring(2)));
      } else if (example.startsWith("/")) {
        add(example);
      } else if (example.contains("/")) {
        add(PosixPaths.resolve(context.workspace(), example));
      }
    }
    this.anywhereNames = SensitiveFiles.examples().stream().filter(e -> !e.contains("/")).toList();
  }

  /** The names of the landmarks directly inside {@code directory}, sorted. */
  Set<String> children(String directory) {
    return children.getOrDefault(directory, Set.of());
  }

  /** True when {@code path} is a landmark or the directory of one. */
  boolean contains(String path) {
    return paths.contains(path);
  }

  /** Example names of the anywhere-rules that name a single file ({@code .env}, {@code id_rsa}). */
  List<String> anywhereNames() {
    return anywhereNames;
  }

  /** Adds a normalized absolute path and its ancestors. */
  private void add(String path) {
    String child = PosixPaths.normalize(path);
    paths.add(child);
    while (!child.equals("/")) {
      String parent = PosixPaths.parent(child);
      children.computeIfAbsent(parent, p -> new TreeSet<>()).add(PosixPaths.fileName(child));
      paths.add(parent);
      child = parent;
    }
  }
}
