package dev.cmdguard.unwrap;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builtins that run their operands as a command in the current shell (bash manual, "Bash Builtin
 * Commands"): {@code command} (not with {@code -v}/{@code -V}, which only look up), {@code
 * builtin}, {@code exec}, the {@code time} keyword (and GNU {@code time}), {@code nohup}, {@code
 * coproc}, and {@code busybox APPLET}. They are how {@code command rm -rf /} hides {@code rm}.
 */
final class BuiltinWrappers implements Unwrapper {
  private static final OptionScan COMMAND = OptionScan.of("");
  private static final OptionScan EXEC = OptionScan.of("a");
  private static final OptionScan TIME = OptionScan.of("fo", "--format", "--output");

  @Override
  public Set<String> programs() {
    return Set.of("command", "builtin", "exec", "time", "nohup", "coproc", "busybox", "noglob");
  }

  @Override
  public Unwrapped unwrap(Call call) {
    List<Arg> args = call.args();
    OptionScan.Result r =
        switch (call.program()) {
          case "command" -> COMMAND.scan(args);
          case "exec" -> EXEC.scan(args);
          case "time" -> TIME.scan(args);
          case "nohup", "busybox", "noglob", "coproc", "builtin" ->
              new OptionScan.Result(
                  args.isEmpty() || !args.get(0).value().equals("--") ? 0 : 1,
                  java.util.Map.of(),
                  Set.of());
          default -> throw new IllegalStateException(call.program());
        };
    if (call.program().equals("command") && (r.has("-v") || r.has("-V"))) {
      return Unwrapped.NONE;
    }
    List<Arg> inner = args.subList(r.operand(), args.size());
    boolean same = Set.of("command", "builtin", "exec", "time").contains(call.program());
    return Unwrapped.of(new Inner.Argv(inner, call.program(), Set.of(), Optional.empty(), same));
  }
}
