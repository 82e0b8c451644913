package dev.cmdguard.rules;

import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-program read-only knowledge: which programs only read, and which of their options write,
 * execute or send. An option listed as {@code -o} disqualifies {@code -o}, {@code -ofile} and
 * clustered forms; {@code --output} disqualifies {@code --output=x} too.
 */
final class ReadOnlyRegistry {
  /** Programs that only read whatever their options, with the options that break that. */
  private static final Map<String, Set<String>> PROGRAMS =
      Map.ofEntries(
          Map.entry("ls", Set.of()),
          Map.entry("pwd", Set.of()),
          Map.entry("echo", Set.of()),
          Map.entry("printf", Set.of("-v")),
          Map.entry("cat", Set.of()),
          Map.entry("head", Set.of()),
          Map.entry("tail", Set.of()),
          Map.entry("wc", Set.of()),
          Map.entry("grep", Set.of()),
          Map.entry("egrep", Set.of()),
          Map.entry("fgrep", Set.of()),
          Map.entry("rg", Set.of("--pre", "--pre-glob")),
          Map.entry("true", Set.of()),
          Map.entry("false", Set.of()),
          Map.entry(":", Set.of()),
          Map.entry("cd", Set.of()),
          Map.entry("which", Set.of()),
          Map.entry("whoami", Set.of()),
          Map.entry("id", Set.of()),
          Map.entry("sort", Set.of("-o", "--output", "--compress-program")),
          Map.entry("uniq", Set.of()),
          Map.entry(
              "find",
              Set.of(
                  "-exec",
                  "-execdir",
                  "-ok",
                  "-okdir",
                  "-delete",
                  "-fprint",
                  "-fprint0",
                  "-fprintf",
                  "-fls")),
          Map.entry("sed", Set.of("-i", "--in-place")),
          Map.entry("date", Set.of("-s", "--set")),
          Map.entry("tree", Set.of("-o")),
          Map.entry("base64", Set.of("-o", "--output")),
          Map.entry("test", Set.of()),
          Map.entry("[", Set.of()));

  private ReadOnlyRegistry() {}

  /**
   * True when {@code invocation}'s program is known read-only and no disqualifying option is used.
   */
  static boolean allows(Invocation invocation) {
    Set<String> forbidden = PROGRAMS.get(invocation.program());
    if (forbidden == null) {
      return false;
    }
    for (Arg arg : invocation.args()) {
      if (uses(arg.value(), forbidden)) {
        return false;
      }
    }
    return !invocation.program().equals("sed") || sedScriptIsReadOnly(invocation);
  }

  private static boolean uses(String arg, Set<String> forbidden) {
    for (String option : forbidden) {
      if (arg.equals(option)
          || (option.startsWith("--") && arg.startsWith(option + "="))
          || (!option.startsWith("--") && option.length() == 2 && arg.startsWith(option))) {
        return true;
      }
    }
    return false;
  }

  /**
   * sed's {@code w}, {@code W}, {@code e} and {@code s///w}/{@code s///e} commands write or
   * execute.
   */
  private static boolean sedScriptIsReadOnly(Invocation invocation) {
    List<String> args = ReadOnlyCommands.values(invocation);
    for (String a : args) {
      if (a.matches("(?s).*(^|[;}\\n]\\s*)[0-9,$/]*\\s*[wWe]( |$).*")
          || a.matches("(?s).*s(.).*\\1.*\\1[gpiIm0-9]*[we].*")) {
        return false;
      }
    }
    return true;
  }
}
