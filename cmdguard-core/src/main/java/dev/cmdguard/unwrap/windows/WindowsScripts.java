package dev.cmdguard.unwrap.windows;

import dev.cmdguard.unwrap.Arg;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Parses cmd.exe and PowerShell text into the {@link Step}s it would run. Never throws for bad
 * input: what could not be followed is a problem of the result, and a failure of the parser itself
 * becomes one too, so that it is never taken for harmless text.
 */
public final class WindowsScripts {
  /** cmd.exe builtins that no Unix shell or tool has, so a bare {@code del /s /q X} is cmd's. */
  private static final Set<String> BARE = Set.of("del", "erase", "rd", "rmdir");

  private WindowsScripts() {}

  /**
   * Parses a command line.
   *
   * @param dialect how to read it
   * @param text the text; when it is dynamic, everything after its known prefix is unknown
   * @param context the environment variables known before it runs
   * @return the steps, with spans that are offsets into {@code text.value()}, and the problems
   */
  public static WindowsScript parse(Dialect dialect, Arg text, WindowsContext context) {
    String t = text.value();
    int unknownFrom =
        text.dynamic() ? Math.min(t.length(), text.knownPrefix().length()) : t.length();
    Emitter out = new Emitter(context, dialect);
    try {
      if (dialect == Dialect.CMD) {
        CmdParser.parse(CmdExpansion.expand(t, unknownFrom, context), out);
      } else {
        PsParser.parse(Source.of(t, unknownFrom), out);
      }
    } catch (RuntimeException | StackOverflowError e) {
      out.problem(
          dialect.program() + " text could not be parsed (" + e.getClass().getSimpleName() + ")");
    }
    return out.build();
  }

  /**
   * A cmd.exe builtin written where a POSIX shell parsed it (a hook on Windows sends {@code del /F
   * /S /Q C:\} as is): {@code del}, {@code erase}, {@code rd}, and {@code rmdir} with a {@code /}
   * switch, which no Unix program takes.
   *
   * @param program the resolved program name
   * @param argv the invocation's arguments, {@code argv.get(0)} the name
   * @return the command line to parse as cmd.exe text, or empty when this is not such a builtin
   */
  public static Optional<Launch> bare(String program, List<Arg> argv) {
    String name = program.toLowerCase(Locale.ROOT);
    if (!BARE.contains(name)) {
      return Optional.empty();
    }
    boolean switches = argv.stream().skip(1).anyMatch(a -> a.value().matches("/[A-Za-z](:.*)?"));
    if (name.equals("rmdir") && !switches) {
      return Optional.empty();
    }
    return Optional.of(new Launch.Code(Dialect.CMD, Launch.joinArgs(argv, true), "cmd", false));
  }
}
