package dev.cmdguard.unwrap.windows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lexical Windows paths (Microsoft, "File path formats on Windows systems"): {@code C:\x}, {@code
 * C:x} (relative to drive C's current directory), {@code \x} (the current drive's root), {@code
 * \\server\share}, {@code \\?\C:\x}, with {@code \} or {@code /} as separators, and PowerShell
 * drives ({@code HKLM:\Software}, {@code Env:}).
 */
final class WindowsPathText {
  private static final Pattern DRIVE = Pattern.compile("([A-Za-z]):(.*)");

  private WindowsPathText() {}

  /** True for a path that does not depend on the current directory (or is on another drive). */
  static boolean isAbsolute(String path) {
    String p = path.startsWith("\\\\?\\") ? path.substring(4) : path;
    return DRIVE.matcher(p).matches()
        || p.startsWith("\\")
        || p.startsWith("/")
        || p.startsWith("~")
        || p.matches("(?i)[a-z][a-z0-9]+:.*");
  }

  /**
   * The absolute form of an absolute path: {@code \x} on the drive of {@code current} (C: when not
   * known); a drive path normalized; empty for {@code ~} and UNC paths, whose meaning is not a
   * drive directory.
   */
  static Optional<String> absolute(String path, Optional<String> current) {
    String p = path.startsWith("\\\\?\\") ? path.substring(4) : path;
    Matcher m = DRIVE.matcher(p);
    if (m.matches()) {
      return Optional.of(
          normalize(m.group(1).toUpperCase(java.util.Locale.ROOT) + ":\\" + m.group(2)));
    }
    if ((p.startsWith("\\") || p.startsWith("/")) && !p.startsWith("\\\\") && !p.startsWith("//")) {
      String drive = current.map(c -> c.substring(0, 2)).orElse("C:");
      return Optional.of(normalize(drive + p));
    }
    return Optional.empty();
  }

  /** {@code base} joined with a relative {@code path}, normalized. */
  static String join(String base, String path) {
    return normalize(base + "\\" + path);
  }

  /** Removes {@code .}, {@code ..} (never above the drive) and repeated separators. */
  static String normalize(String path) {
    String p = path.replace('/', '\\');
    String drive = p.length() >= 2 && p.charAt(1) == ':' ? p.substring(0, 2) : "";
    List<String> names = new ArrayList<>();
    for (String n : p.substring(drive.length()).split("\\\\")) {
      if (n.isEmpty() || n.equals(".")) {
        continue;
      }
      if (n.equals("..")) {
        if (!names.isEmpty()) {
          names.remove(names.size() - 1);
        }
        continue;
      }
      names.add(n);
    }
    return drive + "\\" + String.join("\\", names);
  }
}
