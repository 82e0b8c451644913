package dev.cmdguard.rules.windows;

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
 * Where a Windows path lies (the paths package is POSIX-only): the drive's root, the folders
 * Windows needs, a user's profile (a home directory), a temp folder, or elsewhere. Drive paths with
 * either separator ({@code C:\Windows}, {@code C:/Windows}, and {@code C:Windows} as bash leaves an
 * unquoted {@code C:\Windows}), {@code \\?\C:\…}, a path from the current drive's root ({@code
 * \Windows}, taken on the system drive) and UNC shares ({@code \\server\share}) are judged;
 * anything else is not a Windows path. Used by the windows rules and for Git Bash paths by the
 * filesystem rules ({@code rm -rf C:/Windows}).
 */
public final class WindowsPaths {
  private static final Pattern DRIVE = Pattern.compile("([A-Za-z]):[/\\\\]*(.*)");

  /** The top-level folders Windows needs, and the ones inside them (lower case). */
  private static final Set<String> SYSTEM =
      Set.of(
          "windows",
          "program files",
          "program files (x86)",
          "programdata",
          "users",
          "boot",
          "efi",
          "recovery",
          "system volume information",
          "documents and settings",
          "windows/system32",
          "windows/syswow64",
          "windows/winsxs",
          "windows/system32/config",
          "windows/system32/drivers",
          "users/public",
          "users/default",
          "users/all users",
          "users/default user");

  /** Profile folders that belong to no person. */
  private static final Set<String> SHARED_PROFILES =
      Set.of("public", "default", "all users", "default user");

  /** Files below a profile that a shell runs at start-up or logon (lower case). */
  private static final Pattern START_UP =
      Pattern.compile(
          "(documents/(windows)?powershell/.*profile\\.ps1"
              + "|appdata/roaming/microsoft/windows/start menu/programs/startup(/.*)?)");

  private WindowsPaths() {}

  /** True when a drive path is a glob covering a whole folder ({@code C:/Windows/*}). */
  public static boolean coversAll(String text, boolean glob) {
    String t = text.replace('\\', '/');
    return glob && (t.endsWith("/*") || t.endsWith("/*.*") || t.matches("[A-Za-z]:/*\\*(\\.\\*)?"));
  }

  /**
   * The drive-relative name of a Windows path, lower case with {@code /} separators ({@code
   * windows/system32}), or empty when {@code text} is not a drive path.
   */
  public static Optional<String> onDrive(String text) {
    String t = text.startsWith("\\\\?\\") ? text.substring(4) : text;
    if (t.startsWith("\\") && !t.startsWith("\\\\")) {
      t = "C:" + t;
    }
    Matcher m = DRIVE.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    String path = m.group(2).replace('\\', '/').replaceAll("/+", "/").toLowerCase(Locale.ROOT);
    java.util.ArrayDeque<String> names = new java.util.ArrayDeque<>();
    for (String n : path.split("/")) {
      if (n.equals("..")) {
        names.pollLast();
      } else if (!n.isEmpty() && !n.equals(".")) {
        names.add(n);
      }
    }
    return Optional.of(String.join("/", names));
  }

  /** True for a UNC path ({@code \\server\share}); {@code //} is POSIX's root. */
  public static boolean isUnc(String text) {
    return text.startsWith("\\\\") && !text.startsWith("\\\\?\\");
  }

  /** The judgment of a Windows path, or empty when {@code text} is not one. */
  public static Optional<PathClassification> classify(String text, boolean glob) {
    if (isUnc(text)) {
      return Optional.of(of(PathClass.OTHER, null));
    }
    Optional<String> drive = onDrive(text);
    if (drive.isEmpty()) {
      return Optional.empty();
    }
    String path = drive.get();
    boolean all =
        glob
            && (path.endsWith("/*")
                || path.endsWith("/*.*")
                || path.equals("*")
                || path.equals("*.*"));
    String dir = all ? (path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "") : path;
    FileKind kind = null;
    PathClass where;
    if (dir.isEmpty()) {
      where = PathClass.ROOT;
    } else if (dir.equals("windows/temp")
        || dir.startsWith("windows/temp/")
        || dir.matches("users/[^/]+/appdata/local/temp(/.*)?")) {
      where = PathClass.TEMP;
    } else if (SYSTEM.contains(dir)) {
      where = PathClass.SYSTEM_DIRECTORY;
    } else if (dir.matches("users/[^/]+") && !SHARED_PROFILES.contains(dir.substring(6))) {
      where = PathClass.HOME;
    } else if (dir.matches("users/[^/]+/.+") && !SHARED_PROFILES.contains(dir.split("/")[1])) {
      where = PathClass.INSIDE_HOME;
      if (START_UP.matcher(dir.substring(dir.indexOf('/', 6) + 1)).matches()) {
        kind = FileKind.SHELL_CONFIG;
      }
    } else if (SYSTEM.stream().anyMatch(s -> dir.startsWith(s + "/"))) {
      where = PathClass.INSIDE_SYSTEM_DIRECTORY;
    } else {
      where = PathClass.OTHER;
    }
    return Optional.of(of(where, kind));
  }

  /**
   * The path below the user's profile ({@code .ssh/id_rsa} for {@code C:\Users\dev\.ssh\id_rsa} and
   * user {@code dev}), or empty when the path is not inside that profile.
   */
  public static Optional<String> inProfile(String text, String user) {
    Optional<String> drive = onDrive(text);
    String prefix = "users/" + user.toLowerCase(Locale.ROOT);
    if (drive.isEmpty() || !(drive.get().equals(prefix) || drive.get().startsWith(prefix + "/"))) {
      return Optional.empty();
    }
    String rest = drive.get().substring(prefix.length());
    return Optional.of(rest.startsWith("/") ? rest.substring(1) : rest);
  }

  private static PathClassification of(PathClass where, FileKind kind) {
    EnumSet<FileKind> kinds = EnumSet.noneOf(FileKind.class);
    EnumSet<PathClass> classes = EnumSet.of(where);
    if (kind != null) {
      kinds.add(kind);
    }
    return new PathClassification(classes, kinds);
  }
}
