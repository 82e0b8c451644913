package dev.cmdguard.unwrap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registered unwrapper families, in one explicit sorted list (STYLE.md: extension happens in
 * lists of like units). A program belongs to at most one family; adding a family is one line here.
 */
final class Unwrappers {
  private static final List<Unwrapper> ALL =
      List.of(
          new BuiltinWrappers(),
          new ContainerExec(),
          new EnvWrapper(),
          new EvalLike(),
          new FindExec(),
          new ParallelWrapper(),
          new PrivilegeWrappers(),
          new ProcessWrappers(),
          new RemoteShell(),
          new Shells(),
          new WindowsShells(),
          new XargsWrapper());

  private static final Map<String, Unwrapper> BY_PROGRAM = index();

  private static final Unwrapper INTERPRETERS = new InterpreterCode();

  private static final Unwrapper WINDOWS = new WindowsShells();

  private Unwrappers() {}

  private static Map<String, Unwrapper> index() {
    Map<String, Unwrapper> map = new HashMap<>();
    for (Unwrapper u : ALL) {
      for (String program : u.programs()) {
        Unwrapper previous = map.put(program, u);
        if (previous != null) {
          throw new IllegalStateException(program + " claimed by two unwrappers");
        }
      }
    }
    return Map.copyOf(map);
  }

  /** What {@code call} runs inside, or {@link Unwrapper.Unwrapped#NONE}. */
  static Unwrapper.Unwrapped unwrap(Unwrapper.Call call) {
    Unwrapper u = BY_PROGRAM.get(call.program());
    if (u == null && InterpreterCode.matches(call.program())) {
      u = INTERPRETERS;
    }
    if (u == null && WindowsShells.matches(call.program())) {
      u = WINDOWS; // C:\Windows\System32\cmd.exe, PowerShell.EXE
    }
    return u == null ? Unwrapper.Unwrapped.NONE : u.unwrap(call);
  }
}
