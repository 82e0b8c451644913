package dev.cmdguard.unwrap;

import dev.cmdguard.unwrap.windows.Launch;
import dev.cmdguard.unwrap.windows.Names;
import dev.cmdguard.unwrap.windows.WindowsScripts;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Windows command interpreters (SPEC section 4, family "windows"): {@code cmd /c TEXT}, {@code
 * powershell -Command TEXT}, {@code pwsh -EncodedCommand B64}, under any name Windows finds them by
 * ({@code CMD.EXE}, {@code C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe}); and a
 * cmd.exe builtin written bare where a POSIX shell parsed it ({@code del /s /q C:\}); and {@code
 * wsl}, which runs a Linux command line. What the text runs is parsed by {@link WindowsScripts} and
 * walked by {@link WindowsWork}; the command line itself is read by {@link Launch}.
 */
final class WindowsShells implements Unwrapper {

  @Override
  public Set<String> programs() {
    return Set.of(
        "cmd",
        "cmd.exe",
        "powershell",
        "powershell.exe",
        "pwsh",
        "pwsh.exe",
        "del",
        "erase",
        "rd",
        "rmdir",
        "wsl",
        "wsl.exe");
  }

  /** True for a Windows shell under another spelling: a path, another case. */
  static boolean matches(String program) {
    return Names.isShell(program);
  }

  @Override
  public Unwrapped unwrap(Call call) {
    if (call.program().equals("wsl") || call.program().equals("wsl.exe")) {
      return wsl(call.args());
    }
    Optional<Launch> launch = WindowsScripts.bare(call.program(), call.argv());
    if (launch.isEmpty()) {
      launch = Launch.of(call.program(), call.args());
    }
    if (launch.isEmpty()) {
      return Unwrapped.NONE;
    }
    // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
    Launch found = launch.get();
    if (found instanceof Launch.Code c) {
      return Unwrapped.of(
          new Inner.Windows(c.dialect(), Optional.of(c.text()), c.label(), Set.of()));
    }
    if (found instanceof Launch.Stdin s) {
      return new Unwrapped(
          Set.of(Invocation.Trait.READS_SCRIPT_FROM_STDIN),
          List.of(
              new Inner.Windows(
                  s.dialect(),
                  Optional.empty(),
                  Shells.stdinLabel(s.label(), call.input().stdin()),
                  Set.of())));
    }
    if (found instanceof Launch.ScriptFile f) {
      return f.file().dynamic()
          ? Unwrapped.of(Inner.Argv.of(List.of(f.file()), f.label() + " " + f.file().value()))
          : Unwrapped.of(
              new Inner.Unseen(
                  f.label()
                      + " runs the script "
                      + f.file().value()
                      + ", whose contents are not analysed"));
    }
    if (found instanceof Launch.Nothing) {
      return Unwrapped.NONE;
    }
    if (found instanceof Launch.Problem p) {
      return Unwrapped.of(new Inner.Unseen(p.message()));
    }
    throw new IllegalStateException("unexpected launch: " + found);
  }

  /** Options of wsl.exe that take a value (wsl --help). */
  private static final Set<String> WSL_VALUED =
      Set.of("-d", "--distribution", "-u", "--user", "--cd", "--shell-type");

  /**
   * {@code wsl [-d DISTRO] [-u USER] [--cd DIR] COMMAND…} runs the command line in the Linux
   * distribution's default shell; {@code wsl -e PROGRAM ARGS} runs the program without a shell; the
   * management options ({@code --list}, {@code --shutdown} …) run nothing.
   */
  private static Unwrapped wsl(List<Arg> args) {
    int i = 0;
    while (i < args.size()) {
      String v = args.get(i).value();
      if (WSL_VALUED.contains(v)) {
        i += 2;
      } else if (v.equals("-e") || v.equals("--exec")) {
        List<Arg> rest = args.subList(Math.min(i + 1, args.size()), args.size());
        return rest.isEmpty() ? Unwrapped.NONE : Unwrapped.of(Inner.Argv.of(rest, "wsl -e"));
      } else if (v.equals("--")) {
        i++;
        break;
      } else if (v.equals("--system")) {
        i++;
      } else if (v.startsWith("-") && !args.get(i).dynamic()) {
        return Unwrapped.NONE;
      } else {
        break;
      }
    }
    if (i >= args.size()) {
      return Unwrapped.NONE;
    }
    List<Arg> command = args.subList(i, args.size());
    Arg text =
        command.size() == 1
            ? command.get(0)
            : Expander.join(
                command, command.get(0).span().union(command.get(command.size() - 1).span()));
    return Unwrapped.of(new Inner.Script(text, "wsl", Set.of(), Optional.empty(), false));
  }
}
