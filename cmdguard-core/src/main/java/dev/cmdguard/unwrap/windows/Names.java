package dev.cmdguard.unwrap.windows;

import java.util.Locale;
import java.util.Set;

/**
 * Program names on Windows: case-insensitive, found through {@code PATHEXT} so that {@code git} and
 * {@code GIT.EXE} are one program, and named with a backslash path ({@code
 * C:\Windows\System32\cmd.exe}).
 */
public final class Names {
  /** Extensions Windows tries for a command name ({@code PATHEXT}), lower case. */
  private static final Set<String> EXTENSIONS = Set.of(".exe", ".com", ".bat", ".cmd");

  /**
   * Windows programs cmdguard knows (so they are not {@code UNKNOWN_COMMAND}): tools of a default
   * installation that a rule judges or that are everyday work, lower case, without {@code .exe}.
   */
  private static final Set<String> KNOWN =
      Set.of(
          "cmd",
          "powershell",
          "pwsh",
          "reg",
          "regedit",
          "vssadmin",
          "wmic",
          "bcdedit",
          "diskpart",
          "format",
          "cipher",
          "netsh",
          "sc",
          "schtasks",
          "icacls",
          "takeown",
          "robocopy",
          "xcopy",
          "attrib",
          "findstr",
          "where",
          "whoami",
          "hostname",
          "ipconfig",
          "systeminfo",
          "tasklist",
          "taskkill",
          "wevtutil",
          "wbadmin",
          "msiexec",
          "winget",
          "choco",
          "scoop",
          "certutil",
          "bitsadmin",
          "mshta",
          "rundll32",
          "regsvr32",
          "cscript",
          "wscript",
          "explorer",
          "notepad",
          "clip",
          "fc",
          "comp",
          "tree",
          "ver",
          "vol",
          "chcp",
          "mklink",
          "assoc",
          "ftype",
          "net",
          "sfc",
          "dism",
          "gpupdate",
          "auditpol",
          "fsutil",
          "manage-bde",
          "shutdown",
          "timeout",
          "wsl",
          "setx",
          "runas",
          "sdelete",
          "mountvol",
          "label",
          "chkdsk",
          "defrag",
          "call",
          "start",
          "pause",
          "title",
          "color",
          "setlocal",
          "endlocal");

  private Names() {}

  /**
   * The base name of a program as Windows finds it: the last segment of a {@code \} or {@code /}
   * path, lower case, without a {@code PATHEXT} extension ({@code C:\...\PowerShell.EXE} gives
   * {@code powershell}).
   */
  public static String base(String program) {
    int cut = Math.max(program.lastIndexOf('/'), program.lastIndexOf('\\'));
    String b = program.substring(cut + 1).toLowerCase(Locale.ROOT);
    int dot = b.lastIndexOf('.');
    if (dot > 0 && EXTENSIONS.contains(b.substring(dot))) {
      b = b.substring(0, dot);
    }
    return b;
  }

  /**
   * True when {@code program} names a Windows shell: {@code cmd}, {@code powershell}, {@code pwsh}
   * in any case, with or without {@code .exe} and a path.
   */
  public static boolean isShell(String program) {
    String b = base(program);
    return b.equals("cmd") || b.equals("powershell") || b.equals("pwsh");
  }

  /**
   * True when cmdguard knows {@code program} as a Windows cmdlet or tool: a cmdlet of the table
   * ({@code remove-item}) or a tool of a default installation ({@code reg}, {@code vssadmin}).
   */
  public static boolean known(String program) {
    return Cmdlets.known(program) || KNOWN.contains(base(program));
  }

  /**
   * The name a step gives a native program: written with a directory ({@code .\tools\x.exe}, {@code
   * C:\Git\cmd\git.exe}), the path with forward slashes so that its base name is the program's;
   * otherwise the lower-case base name ({@code GIT.EXE} gives {@code git}).
   */
  static String nativeName(String written) {
    if (written.indexOf('\\') < 0 && written.indexOf('/') < 0) {
      return base(written);
    }
    String path = written.replace('\\', '/');
    int cut = path.lastIndexOf('/');
    return path.substring(0, cut + 1) + base(path);
  }
}
