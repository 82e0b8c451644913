package dev.cmdguard.unwrap.windows;

import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the command line of {@code cmd.exe}, {@code powershell.exe} or {@code pwsh} runs: which
 * switch holds the code, in which dialect. cmd.exe: {@code /c} and {@code /k} run the rest of the
 * line, with {@code /s /q /d /a /u /v:on /e:on /f:on /t:fg} before them; without them cmd reads
 * commands from standard input (cmd /?). PowerShell: {@code -Command} (any unique prefix, {@code
 * -c}) runs the remaining arguments joined by spaces, {@code -EncodedCommand} ({@code -e}, {@code
 * -ec}, {@code -enc} …) the UTF-16LE text of its base64 value, {@code -File} a script; a first
 * argument that is not a parameter is the command for {@code powershell.exe} and the script file
 * for {@code pwsh} (about_PowerShell_exe, about_Pwsh). Parameters may start with {@code -}, {@code
 * --} or {@code /}.
 */
public sealed interface Launch {

  /**
   * Code given on the command line.
   *
   * @param dialect how to read it
   * @param text the code; its span is where it stands in the command (the encoded argument for
   *     {@code -EncodedCommand})
   * @param label how the step reads in an origin chain ({@code cmd /c}, {@code powershell
   *     -Command})
   * @param encoded true for {@code -EncodedCommand}: the text was decoded from base64
   */
  record Code(Dialect dialect, Arg text, String label, boolean encoded) implements Launch {}

  /** Commands read from standard input ({@code cmd} alone, {@code pwsh -Command -}). */
  record Stdin(Dialect dialect, String label) implements Launch {}

  /** A script file the guard cannot read ({@code powershell -File x.ps1}, {@code pwsh x.ps1}). */
  record ScriptFile(String label, Arg file) implements Launch {}

  /** Nothing runs ({@code pwsh -Version}, {@code cmd /?}). */
  record Nothing() implements Launch {}

  /**
   * A command line that could not be read ({@code -EncodedCommand} whose value is not base64, an
   * unknown switch).
   */
  record Problem(String label, String message) implements Launch {}

  /**
   * Reads the command line of a Windows shell.
   *
   * @param program the program as named ({@code cmd}, {@code CMD.EXE}, {@code
   *     C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe}, {@code pwsh})
   * @param args the arguments after the program
   * @return what it runs, or empty when {@code program} is not a Windows shell
   */
  static Optional<Launch> of(String program, List<Arg> args) {
    return switch (Names.base(program)) {
      case "cmd" -> Optional.of(CmdSwitches.read(args));
      case "powershell" -> Optional.of(PowerShellSwitches.read(Dialect.WINDOWS_POWERSHELL, args));
      case "pwsh" -> Optional.of(PowerShellSwitches.read(Dialect.POWERSHELL, args));
      default -> Optional.empty();
    };
  }

  /**
   * Joins arguments into one command line: one argument stands for itself; several are joined by
   * spaces, each that holds a blank or is empty quoted as the C runtime would pass it ({@code
   * quote}).
   */
  static Arg joinArgs(List<Arg> args, boolean quote) {
    if (args.size() == 1) {
      return args.get(0);
    }
    StringBuilder text = new StringBuilder();
    String known = null;
    boolean dynamic = false;
    List<String> producers = new ArrayList<>();
    for (Arg a : args) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      boolean q = quote && (a.value().isEmpty() || a.value().matches(".*[ \\t].*"));
      if (q) {
        text.append('"');
      }
      if (a.dynamic() && known == null) {
        known = text + a.knownPrefix();
      }
      text.append(a.value());
      if (q) {
        text.append('"');
      }
      dynamic |= a.dynamic();
      producers.addAll(a.producers());
    }
    Span span = args.get(0).span().union(args.get(args.size() - 1).span());
    String t = text.toString();
    return new Arg(t, dynamic, dynamic ? known : t, false, producers, span);
  }
}
