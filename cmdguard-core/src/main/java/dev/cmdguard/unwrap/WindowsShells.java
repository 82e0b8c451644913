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
 * cmd.exe builtin written bare where a POSIX shell parsed it ({@code del /s /q C:\}). What the text
 * runs is parsed by {@link WindowsScripts} and walked by {@link WindowsWork}; the command line
 * itself is read by {@link Launch}.
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
        "rmdir");
  }

  /** True for a Windows shell under another spelling: a path, another case. */
  static boolean matches(String program) {
    return Names.isShell(program);
  }

  @Override
  public Unwrapped unwrap(Call call) {
    Optional<Launch> launch = WindowsScripts.bare(call.program(), call.argv());
    if (launch.isEmpty()) {
      launch = Launch.of(call.program(), call.args());
    }
    if (launch.isEmpty()) {
      return Unwrapped.NONE;
    }
    return switch (launch.get()) {
      case Launch.Code c ->
          Unwrapped.of(new Inner.Windows(c.dialect(), Optional.of(c.text()), c.label(), Set.of()));
      case Launch.Stdin s ->
          new Unwrapped(
              Set.of(Invocation.Trait.READS_SCRIPT_FROM_STDIN),
              List.of(
                  new Inner.Windows(
                      s.dialect(),
                      Optional.empty(),
                      Shells.stdinLabel(s.label(), call.input().stdin()),
                      Set.of())));
      case Launch.ScriptFile f ->
          f.file().dynamic()
              ? Unwrapped.of(Inner.Argv.of(List.of(f.file()), f.label() + " " + f.file().value()))
              : Unwrapped.of(
                  new Inner.Unseen(
                      f.label()
                          + " runs the script "
                          + f.file().value()
                          + ", whose contents are not analysed"));
      case Launch.Nothing n -> Unwrapped.NONE;
      case Launch.Problem p -> Unwrapped.of(new Inner.Unseen(p.message()));
    };
  }
}
