package dev.cmdguard.rules.windows;

import dev.cmdguard.paths.FileKind;
import dev.cmdguard.paths.PathClass;
import dev.cmdguard.paths.PathClassification;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the path operands of Windows commands ({@link Target}): a Windows path is judged by
 * {@link WindowsPaths}, and a file in the user's profile also by its name ({@code .ssh\id_rsa} is a
 * private key, as {@code ~/.ssh/id_rsa} is); a relative path ({@code build\out}, {@code ..\x}) and
 * {@code ~} like the same POSIX path against the invocation's directory; when the workspace is a
 * Git Bash or WSL path of a drive ({@code /c/Users/dev/app}, {@code /mnt/c/…}), the same drive path
 * is the workspace. PowerShell provider paths that are not files ({@code HKLM:}, {@code Env:}) are
 * not paths here.
 */
final class Places {
  private static final Pattern MOUNTED = Pattern.compile("(?:/mnt)?/([a-z])(/.*)?");
  private static final Pattern PROVIDER =
      Pattern.compile(
          "(?i)(registry::|hk[a-z]{1,3}:|env:|alias:|function:|variable:|cert:|wsman:).*");

  private final RuleContext context;

  Places(RuleContext context) {
    this.context = context;
  }

  /** True for a path of a PowerShell provider other than the file system ({@code HKLM:\x}). */
  static boolean notAFile(String value) {
    return PROVIDER.matcher(value).matches();
  }

  Target of(Invocation inv, Arg arg) {
    if (arg.dynamic()) {
      return partial(inv, arg);
    }
    return exact(inv, arg, arg.value(), arg.glob());
  }

  private Target exact(Invocation inv, Arg arg, String value, boolean glob) {
    Optional<PathClassification> win = WindowsPaths.classify(value, glob);
    if (win.isPresent()) {
      PathClassification where = inWorkspace(value).orElse(win.get());
      Optional<String> profile = WindowsPaths.inProfile(value, context.paths().user());
      if (profile.isPresent() && !profile.get().isEmpty()) {
        where = withKinds(where, posix(inv, "~/" + profile.get(), glob));
      }
      return new Target(arg, value, where, WindowsPaths.coversAll(value, glob), true);
    }
    String posixValue = value.replace('\\', '/');
    PathClassification where = posix(inv, posixValue, glob);
    boolean whole =
        glob
            && (posixValue.equals("*")
                || posixValue.endsWith("/*")
                || posixValue.equals("*.*")
                || posixValue.endsWith("/*.*"));
    return new Target(arg, value, where, whole, true);
  }

  /** A path partly known: everything below its known folder. */
  private Target partial(Invocation inv, Arg arg) {
    String prefix = arg.knownPrefix();
    if (prefix.isEmpty()) {
      PathClassification unknown =
          new PathClassification(EnumSet.of(PathClass.UNKNOWN), EnumSet.noneOf(FileKind.class));
      return new Target(arg, arg.value(), unknown, false, false);
    }
    String dir = prefix.matches(".*[\\\\/]") ? prefix + "*" : prefix + "*";
    Target t = exact(inv, arg, dir, true);
    return new Target(arg, arg.value(), t.where(), false, false);
  }

  private PathClassification posix(Invocation inv, String value, boolean glob) {
    return context.classify(
        inv, new Arg(value, false, value, glob, java.util.List.of(), arg0Span(inv)));
  }

  private static dev.cmdguard.shell.Span arg0Span(Invocation inv) {
    return inv.span();
  }

  /** The workspace's own class when it is a drive path mounted for Git Bash or WSL. */
  private Optional<PathClassification> inWorkspace(String value) {
    Matcher m = MOUNTED.matcher(context.paths().workspace());
    Optional<String> drive = WindowsPaths.onDrive(value);
    if (!m.matches()
        || drive.isEmpty()
        || !value.toLowerCase(Locale.ROOT).startsWith(m.group(1) + ":")) {
      return Optional.empty();
    }
    String ws = (m.group(2) == null ? "" : m.group(2).substring(1)).toLowerCase(Locale.ROOT);
    String path = drive.get();
    boolean all = path.endsWith("/*") || path.endsWith("/*.*");
    String dir = all ? path.substring(0, path.lastIndexOf('/')) : path;
    if (dir.equals(ws)) {
      return Optional.of(of(PathClass.WORKSPACE_ROOT));
    }
    if (!ws.isEmpty() && dir.startsWith(ws + "/")) {
      return Optional.of(of(PathClass.WORKSPACE));
    }
    return Optional.empty();
  }

  private static PathClassification of(PathClass c) {
    return new PathClassification(EnumSet.of(c), EnumSet.noneOf(FileKind.class));
  }

  private static PathClassification withKinds(PathClassification where, PathClassification named) {
    EnumSet<PathClass> classes = EnumSet.copyOf(where.classes());
    EnumSet<FileKind> kinds =
        where.kinds().isEmpty() ? EnumSet.noneOf(FileKind.class) : EnumSet.copyOf(where.kinds());
    kinds.addAll(named.kinds());
    if (named.has(PathClass.SECRET_FILE)) {
      classes.add(PathClass.SECRET_FILE);
    }
    return new PathClassification(classes, kinds);
  }
}
