package dev.cmdguard.paths;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Judges {@link ResolvedPath}s: where they lie ({@link PathClass}) and what sensitive files they
 * are ({@link FileKind}). Pure and deterministic; immutable and thread-safe.
 *
 * <p>A glob is judged by what it could expand to (SPEC section 3: "globs that cover a protected
 * directory are the same target as what they expand to"), without reading the file system: its
 * names are matched, with bash's filename-expansion rules ({@link Glob#matches}), against the
 * landmarks of this context (the named places, device names, and concrete examples of every
 * sensitive-file rule), and against an arbitrary other name standing for "some file nobody named".
 * The result is the union of the judgments of every match, plus the judgment of the static
 * directory itself when the glob {@linkplain ResolvedPath#coversAll() covers all of it}. Names of
 * anywhere-rules ({@code id_rsa}, {@code *.pem}, {@code .env}) count for a glob only when its last
 * name targets them: it must not also match one of the everyday names {@code README.md}, {@code
 * Makefile}, {@code main.c}, {@code src}, {@code .gitignore}, {@code package.json}, {@code
 * config.yml}, {@code config.yaml}. So {@code *.pem}, {@code id_*} and {@code .env*} are judged as
 * keys and dotenv files, while {@code *}, {@code .*} and {@code *.json} in a project are not.
 *
 * <p>Build one per context and reuse it: the landmarks are built at the first glob (about a quarter
 * of a millisecond when warm, several milliseconds of a fresh JVM's start-up, which a command
 * without a glob does not pay), and the judgments of landmarks are remembered (a bounded set) so
 * that {@code /*} or {@code ~/.*} cost microseconds after the first time.
 */
public final class PathClassifier {
  /** A name no rule and no landmark uses: "some other file" in a glob's expansion. */
  static final String OTHER_NAME = "\0";

  private static final List<String> EVERYDAY_NAMES =
      List.of(
          "README.md",
          "Makefile",
          "main.c",
          "src",
          ".gitignore",
          "package.json",
          "config.yml",
          "config.yaml");

  private final PathContext context;
  private final Locations locations;
  private volatile Landmarks landmarks;

  /** Judgments of landmarks and of {@link #OTHER_NAME} in them: bounded by the landmark count. */
  private final Map<String, PathClassification> landmarkJudgments = new ConcurrentHashMap<>();

  /** A classifier for paths seen from {@code context}. */
  public PathClassifier(PathContext context) {
    this.context = Objects.requireNonNull(context, "context");
    this.locations = new Locations(context);
  }

  /** The landmarks, built at the first call (a glob); the same object afterwards. */
  private Landmarks landmarks() {
    Landmarks built = landmarks;
    if (built == null) {
      synchronized (this) {
        built = landmarks;
        if (built == null) {
          built = new Landmarks(context, locations);
          landmarks = built;
        }
      }
    }
    return built;
  }

  /**
   * Classifies a resolved path.
   *
   * @return for a concrete path, its location class, qualifiers and kinds; for a glob, the union
   *     over its possible expansions; {@link PathClass#UNKNOWN} (with the kinds its names show)
   *     when the location is not known
   */
  public PathClassification classify(ResolvedPath path) {
    Objects.requireNonNull(path, "path");
    if (path.text().isEmpty()) {
      return new PathClassification(EnumSet.of(PathClass.UNKNOWN), EnumSet.noneOf(FileKind.class));
    }
    if (!path.glob()) {
      return concrete(path.normalized());
    }
    Judgment judgment = new Judgment();
    for (String candidate : expansions(path)) {
      judgment.add(isLandmarkLike(candidate) ? landmark(candidate) : concrete(candidate));
    }
    if (path.coversAll()) {
      path.staticDirectory().ifPresent(dir -> judgment.add(concrete(dir)));
    }
    return judgment.result();
  }

  private boolean isLandmarkLike(String path) {
    Landmarks known = landmarks();
    return known.contains(path)
        || (path.endsWith("/" + OTHER_NAME) && known.contains(PosixPaths.parent(path)));
  }

  private PathClassification landmark(String path) {
    return landmarkJudgments.computeIfAbsent(path, this::concrete);
  }

  /** The judgment of one concrete path, absolute or relative to an unknown directory. */
  private PathClassification concrete(String path) {
    EnumSet<PathClass> classes =
        PosixPaths.isAbsolute(path) ? locations.classify(path) : EnumSet.of(PathClass.UNKNOWN);
    EnumSet<FileKind> kinds = EnumSet.noneOf(FileKind.class);
    if (!classes.contains(PathClass.HARMLESS_DEVICE)
        && !classes.contains(PathClass.NETWORK_SOCKET)) {
      kinds = SensitiveFiles.kindsOf(path, context);
    }
    if (kinds.stream().anyMatch(FileKind::isSecret)) {
      classes.add(PathClass.SECRET_FILE);
    }
    return new PathClassification(classes, kinds);
  }

  /**
   * The concrete paths a glob stands for: walking its names from the static directory (or the
   * unknown directory), each literal name is appended and each pattern name is replaced by the
   * landmarks it matches and by {@link #OTHER_NAME}; the last pattern name also by the targeted
   * example names of anywhere-rules.
   */
  private Set<String> expansions(ResolvedPath path) {
    List<String> names = PosixPaths.names(path.normalized());
    String start = path.staticDirectory().orElse("");
    int skip = PosixPaths.names(start).size();
    Set<String> candidates = new LinkedHashSet<>(List.of(start));
    for (int i = skip; i < names.size(); i++) {
      String name = names.get(i);
      boolean last = i == names.size() - 1;
      Set<String> next = new LinkedHashSet<>();
      for (String directory : candidates) {
        next.addAll(children(directory, name, last));
      }
      candidates = next;
    }
    return candidates;
  }

  private List<String> children(String directory, String name, boolean last) {
    if (!Glob.hasPattern(name)) {
      return List.of(PosixPaths.child(directory, name));
    }
    Glob glob = Glob.of(name);
    List<String> children = new ArrayList<>();
    Landmarks known = landmarks();
    for (String landmark : known.children(directory)) {
      if (glob.matches(landmark)) {
        children.add(PosixPaths.child(directory, landmark));
      }
    }
    children.add(PosixPaths.child(directory, OTHER_NAME));
    if (last && EVERYDAY_NAMES.stream().noneMatch(glob::matches)) {
      for (String example : known.anywhereNames()) {
        if (glob.matches(example)) {
          children.add(PosixPaths.child(directory, example));
        }
      }
    }
    return children;
  }

  /** Accumulates the union of several judgments. */
  private static final class Judgment {
    private final EnumSet<PathClass> classes = EnumSet.noneOf(PathClass.class);
    private final EnumSet<FileKind> kinds = EnumSet.noneOf(FileKind.class);

    void add(PathClassification one) {
      classes.addAll(one.classes());
      kinds.addAll(one.kinds());
    }

    PathClassification result() {
      return new PathClassification(classes, kinds);
    }
  }
}
