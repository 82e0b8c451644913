package dev.cmdguard.rules.filesystem;

import dev.cmdguard.paths.FileKind;
import dev.cmdguard.paths.PathClass;
import dev.cmdguard.paths.PathClassification;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Windows drive paths in a POSIX command: agents on Windows run bash through Git Bash or MSYS2,
 * where {@code rm -rf C:/Windows} is the Windows directory, and an unquoted {@code C:\Windows}
 * reaches {@code rm} as {@code C:Windows}. The paths package is POSIX-only, so these are judged
 * here: the drive's root and the top-level system folders are system directories, anything else on
 * a drive is outside the workspace.
 */
final class WindowsPaths {
  private static final Pattern DRIVE = Pattern.compile("([A-Za-z]):[/\\\\]*(.*)");

  /** The top-level folders Windows needs (lower case). */
  private static final Set<String> SYSTEM =
      Set.of(
          "windows",
          "program files",
          "program files (x86)",
          "programdata",
          "users",
          "boot",
          "recovery",
          "system volume information",
          "windows/system32",
          "windows/syswow64");

  private WindowsPaths() {}

  /** True when a drive path is a glob covering a whole folder ({@code C:/Windows/*}). */
  static boolean coversAll(String text, boolean glob) {
    return glob
        && (text.endsWith("/*") || text.endsWith("\\*") || text.matches("[A-Za-z]:[/\\\\]*\\*"));
  }

  /** The judgment of a drive path, or empty when {@code text} is not one. */
  static Optional<PathClassification> classify(String text, boolean glob) {
    Matcher m = DRIVE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String path = m.group(2).replace('\\', '/').replaceAll("/+$", "").toLowerCase(Locale.ROOT);
    boolean all = glob && path.endsWith("/*");
    String dir = all ? path.substring(0, path.length() - 2) : path;
    PathClass where;
    if (dir.isEmpty() || (glob && path.equals("*"))) {
      where = PathClass.ROOT;
    } else if (SYSTEM.contains(dir)) {
      where = PathClass.SYSTEM_DIRECTORY;
    } else if (SYSTEM.stream().anyMatch(s -> dir.startsWith(s + "/"))) {
      where = PathClass.INSIDE_SYSTEM_DIRECTORY;
    } else {
      where = PathClass.OTHER;
    }
    return Optional.of(new PathClassification(EnumSet.of(where), EnumSet.noneOf(FileKind.class)));
  }
}
