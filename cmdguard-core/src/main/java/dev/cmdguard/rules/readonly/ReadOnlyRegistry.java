package dev.cmdguard.rules.readonly;

import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.shell.Script;
import dev.cmdguard.unwrap.Invocation;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The registry of programs known to only read (SPEC section 3, risk {@code low}): one {@link Judge}
 * per program name, built once; judging an invocation is a map lookup and a scan of its arguments.
 * The tables are {@link Utilities} and {@link Operands} (coreutils and friends), {@link Git},
 * {@link Sed}, {@link Awk}, {@link Find}, {@link Wrappers} (xargs, timeout, {@code bash -c}, eval,
 * env), {@link VersionQueries} and {@link WindowsCommands}.
 */
public final class ReadOnlyRegistry {
  private static final Map<String, Judge> JUDGES = judges();

  /** Directories of installed programs (FHS, Homebrew, MacPorts, snap). */
  private static final Set<String> SYSTEM_BIN =
      Set.of(
          "/bin",
          "/usr/bin",
          "/usr/local/bin",
          "/sbin",
          "/usr/sbin",
          "/usr/local/sbin",
          "/opt/homebrew/bin",
          "/opt/local/bin",
          "/snap/bin");

  /** Windows install directories: the system and Program Files. */
  private static final Pattern WINDOWS_SYSTEM =
      Pattern.compile("(?i)[a-z]:\\\\(windows|program files|program files \\(x86\\))\\\\.*");

  private ReadOnlyRegistry() {}

  private static Map<String, Judge> judges() {
    Map<String, Judge> m = new HashMap<>(Utilities.all());
    m.putAll(Wrappers.all());
    m.putAll(VersionQueries.all());
    m.put("git", (inv, ctx) -> Git.allows(inv.args()));
    m.put("sed", (inv, ctx) -> Sed.allows(inv.args()));
    m.put("find", (inv, ctx) -> Find.allows(inv.args()));
    for (String awk : new String[] {"awk", "gawk", "mawk", "nawk"}) {
      m.put(awk, (inv, ctx) -> Awk.allows(inv.args()));
    }
    WindowsCommands.all().forEach(m::putIfAbsent);
    return Map.copyOf(m);
  }

  /**
   * True when the registry knows {@code invocation}'s program and its arguments neither write,
   * execute nor send. The caller has checked redirections and traits.
   *
   * @param invocation the invocation to judge
   * @param context the analysed command (for classifying paths and reading pipe producers)
   */
  public static boolean allows(Invocation invocation, RuleContext context) {
    Judge judge = judge(invocation.program());
    return judge != null
        && installed(invocation.argv().get(0).value())
        && judge.allows(invocation, context);
  }

  /**
   * True when the program as written is looked up in {@code PATH} ({@code ls}) or named in a system
   * directory ({@code /usr/bin/git}, {@code C:\Program Files\Git\cmd\git.exe}); {@code ./ls} or
   * {@code bin/cat} run a file of the workspace, whatever its name.
   */
  static boolean installed(String written) {
    int slash = written.lastIndexOf('/');
    if (slash >= 0) {
      return SYSTEM_BIN.contains(slash == 0 ? "/" : written.substring(0, slash));
    }
    return written.indexOf('\\') < 0 || WINDOWS_SYSTEM.matcher(written).matches();
  }

  /**
   * True when the registry has an entry for {@code program}, that is, when some invocations of it
   * can be judged read-only ({@code ls}, {@code git}, {@code sed}, {@code bash}, {@code node} for
   * {@code --version}). Accepts a path or a Windows name ({@code C:\...\git.exe}).
   */
  public static boolean knows(String program) {
    return judge(program) != null;
  }

  /** The judge of {@code program}; a cmdlet in any case ({@link WindowsCommands#isCmdlet}). */
  private static Judge judge(String program) {
    String name = name(program);
    Judge judge = JUDGES.get(name);
    if (judge == null && name.indexOf('-') > 0) {
      String lower = name.toLowerCase(Locale.ROOT);
      judge = WindowsCommands.isCmdlet(lower) ? JUDGES.get(lower) : null;
    }
    return judge;
  }

  /**
   * True when no variable assignment in the parsed command can steer a later program into running
   * other code ({@code PATH=.:$PATH; ls}, {@code LD_PRELOAD=x ls}); see {@link Environment}.
   */
  public static boolean assignmentsAreHarmless(Script script) {
    return Assignments.harmless(script);
  }

  /**
   * The program name as the registry keys it: the last segment of a slash or backslash path,
   * without a Windows {@code .exe} suffix.
   */
  static String name(String program) {
    int cut = Math.max(program.lastIndexOf('/'), program.lastIndexOf('\\'));
    String base = cut >= 0 ? program.substring(cut + 1) : program;
    return base.regionMatches(true, Math.max(0, base.length() - 4), ".exe", 0, 4)
            && base.length() > 4
        ? base.substring(0, base.length() - 4).toLowerCase(Locale.ROOT)
        : base;
  }
}
