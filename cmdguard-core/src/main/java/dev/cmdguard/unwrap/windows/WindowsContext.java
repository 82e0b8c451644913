package dev.cmdguard.unwrap.windows;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a Windows command line can know before it starts: the standard environment variables of a
 * default installation, for the user the command runs as (Microsoft, "Recognized environment
 * variables"): {@code %USERPROFILE%} is {@code C:\Users\USER}, {@code %SystemRoot%} {@code
 * C:\Windows}, {@code %TEMP%} the user's {@code AppData\Local\Temp}. Values the agent's environment
 * gives override them. Names are case-insensitive, as on Windows; a name not known is unknown (a
 * run-time value), never empty.
 *
 * @param user the user's login name
 * @param variables values by upper-case name
 */
public record WindowsContext(String user, Map<String, String> variables) {
  public WindowsContext {
    variables = Map.copyOf(variables);
  }

  /**
   * The context for {@code user}, with the default variables and then {@code known} (the agent's
   * environment, by name in any case).
   */
  public static WindowsContext of(String user, Map<String, String> known) {
    String profile = "C:\\Users\\" + user;
    Map<String, String> v = new HashMap<>();
    v.put("USERPROFILE", profile);
    v.put("HOMEDRIVE", "C:");
    v.put("HOMEPATH", "\\Users\\" + user);
    v.put("USERNAME", user);
    v.put("SYSTEMDRIVE", "C:");
    v.put("SYSTEMROOT", "C:\\Windows");
    v.put("WINDIR", "C:\\Windows");
    v.put("COMSPEC", "C:\\Windows\\system32\\cmd.exe");
    v.put("PROGRAMFILES", "C:\\Program Files");
    v.put("PROGRAMFILES(X86)", "C:\\Program Files (x86)");
    v.put("PROGRAMW6432", "C:\\Program Files");
    v.put("PROGRAMDATA", "C:\\ProgramData");
    v.put("ALLUSERSPROFILE", "C:\\ProgramData");
    v.put("PUBLIC", "C:\\Users\\Public");
    v.put("APPDATA", profile + "\\AppData\\Roaming");
    v.put("LOCALAPPDATA", profile + "\\AppData\\Local");
    v.put("TEMP", profile + "\\AppData\\Local\\Temp");
    v.put("TMP", profile + "\\AppData\\Local\\Temp");
    for (var e : known.entrySet()) {
      v.put(e.getKey().toUpperCase(Locale.ROOT), e.getValue());
    }
    return new WindowsContext(user, v);
  }

  /** The value of environment variable {@code name} (any case), when known. */
  public Optional<String> variable(String name) {
    return Optional.ofNullable(variables.get(name.toUpperCase(Locale.ROOT)));
  }

  /**
   * The user's profile directory, {@code %USERPROFILE%} (PowerShell's {@code $HOME} and {@code ~}).
   */
  public String home() {
    return variables.get("USERPROFILE");
  }
}
