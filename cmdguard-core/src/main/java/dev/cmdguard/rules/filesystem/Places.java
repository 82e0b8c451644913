package dev.cmdguard.rules.filesystem;

import dev.cmdguard.paths.PathClass;
import dev.cmdguard.paths.PathClassification;
import dev.cmdguard.paths.PathResolver;
import dev.cmdguard.paths.PosixPaths;
import dev.cmdguard.paths.ResolvedPath;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Invocation;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a path operand lies as the filesystem rules see it: the paths package's judgment, with two
 * adjustments, and the places within system directories that are not the system. Caches in the home
 * are scratch space like a temp directory: what is deleted there is downloaded or built again (XDG
 * Base Directory "XDG_CACHE_HOME" and the package managers' documented caches), unlike the tools'
 * configuration next to them ({@code ~/.m2/settings.xml}). On a remote host ({@code ssh HOST 'rm
 * -rf build'}) a login starts in that user's home, so relative paths start there, and the local
 * workspace means nothing.
 */
final class Places {
  private static final Set<PathClass> WORKSPACE =
      EnumSet.of(PathClass.WORKSPACE, PathClass.WORKSPACE_ROOT);

  private static final List<String> CACHES =
      words(
          """
          .cache .npm/_cacache .npm/_logs .m2/repository .gradle/caches .gradle/wrapper/dists
          .cargo/registry .cargo/git .pnpm-store .yarn/cache .bun/install/cache .ivy2/cache
          .nuget/packages .conda/pkgs go/pkg/mod Library/Caches Library/Developer/Xcode/DerivedData
          """);

  /**
   * System directories that hold services' data rather than the system: recursive ownership changes
   * there are routine ({@code chown -R mysql /var/lib/mysql}), and so are deployments that mirror
   * into them ({@code rsync --delete public/ /var/www/}) and emptying logs. Deleting them is still
   * deleting a system directory.
   */
  private static final List<String> SERVICE_DATA =
      words(
          """
          /opt /srv /mnt /media /var/www /var/log /var/cache /var/mail /var/spool /var/opt
          /var/local /var/backups /var/crash /var/lib/mysql /var/lib/postgresql /var/lib/docker
          /var/lib/containerd /usr/src /usr/local/src /Volumes /Applications
          """);

  private final RuleContext context;
  private final PathResolver resolver;

  Places(RuleContext context) {
    this.context = context;
    this.resolver = new PathResolver(context.paths());
  }

  /** Resolves an operand's text against the invocation's working directory. */
  ResolvedPath resolve(Invocation inv, String text, boolean glob) {
    return resolver.resolve(text, glob, cwd(inv));
  }

  /** The judgment of a resolved path, with caches and remote hosts taken into account. */
  PathClassification where(Invocation inv, ResolvedPath path) {
    String place = path.staticDirectory().orElse(path.normalized());
    return remote(inv, cache(place, context.classify(path)));
  }

  /** How messages show a path: below the home of a remote host as {@code ~/…}. */
  String shown(Invocation inv, ResolvedPath path, String text) {
    String shown = path.absolute().orElse(text);
    String home = context.paths().home();
    if (inv.has(Invocation.Trait.REMOTE) && PosixPaths.isWithin(shown, home)) {
      return "~" + shown.substring(home.length());
    }
    return shown;
  }

  /** The workspace: where the agent works. */
  String workspace() {
    return context.paths().workspace();
  }

  /**
   * The working directory of {@code inv}; on a remote host, the home plus what {@code cd} did from
   * there.
   */
  Optional<String> cwd(Invocation inv) {
    if (!inv.has(Invocation.Trait.REMOTE)) {
      return inv.cwd();
    }
    String workspace = workspace();
    return inv.cwd()
        .map(
            dir ->
                PosixPaths.isWithin(dir, workspace)
                    ? PosixPaths.normalize(
                        context.paths().home() + "/" + dir.substring(workspace.length()))
                    : dir);
  }

  /** The host of a remote invocation ({@code ssh db1} gives {@code db1}), empty when local. */
  static String host(Invocation inv) {
    if (!inv.has(Invocation.Trait.REMOTE)) {
      return "";
    }
    for (String step : inv.origin()) {
      if (step.startsWith("ssh ")) {
        return step.substring(4);
      }
    }
    return "the remote host";
  }

  /**
   * Users' homes ({@code /home/alice/x}) and mounted volumes ({@code /mnt/usb}, {@code
   * /media/disk}) lie below system directories but hold data, not the system: writing or moving
   * files there is not a system change.
   */
  static boolean isUserData(Target t) {
    String path = representative(t);
    return USER_DATA.stream().anyMatch(dir -> PosixPaths.isWithin(path, dir) && !path.equals(dir));
  }

  private static final List<String> USER_DATA =
      List.of("/mnt", "/media", "/run/media", "/Volumes", "/home", "/Users");

  /** A path standing for the target: the listed files' directory's child for a find. */
  private static String representative(Target t) {
    return t.reach() == Target.Reach.FOUND && !t.whole()
        ? PosixPaths.child(t.shown(), "x")
        : t.shown();
  }

  /** True when the target lies in (or is) a directory of {@link #SERVICE_DATA}. */
  static boolean isServiceData(Target t) {
    String path =
        t.whole() && t.reach() == Target.Reach.STATIC ? PosixPaths.parent(t.shown()) : t.shown();
    return SERVICE_DATA.stream().anyMatch(dir -> PosixPaths.isWithin(path, dir));
  }

  private PathClassification cache(String path, PathClassification where) {
    if (!where.has(PathClass.INSIDE_HOME)) {
      return where;
    }
    String home = context.paths().home();
    for (String cache : CACHES) {
      if (PosixPaths.isWithin(path, home + "/" + cache)) {
        return replace(where, EnumSet.of(PathClass.INSIDE_HOME), PathClass.TEMP);
      }
    }
    return where;
  }

  private static PathClassification remote(Invocation inv, PathClassification where) {
    if (!inv.has(Invocation.Trait.REMOTE) || WORKSPACE.stream().noneMatch(where::has)) {
      return where;
    }
    return replace(where, WORKSPACE, PathClass.OTHER);
  }

  private static List<String> words(String text) {
    return List.of(text.strip().split("\\s+"));
  }

  private static PathClassification replace(
      PathClassification where, Set<PathClass> old, PathClass with) {
    EnumSet<PathClass> classes = EnumSet.copyOf(where.classes());
    classes.removeAll(old);
    classes.add(with);
    return new PathClassification(classes, where.kinds());
  }
}
