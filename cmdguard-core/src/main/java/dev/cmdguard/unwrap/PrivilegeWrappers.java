package dev.cmdguard.unwrap;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Programs that run a command as root or another user: {@code sudo} (sudo(8)), {@code doas}
 * (doas(1)), {@code su -c} (su(1)), {@code pkexec}, {@code runuser}. Their own options are skipped
 * ({@code sudo -u root -E -H --}), leading {@code NAME=value} operands too; without a command, the
 * ones that start a shell ({@code sudo -i}, {@code sudo -s}, {@code su}) give an interactive root
 * shell.
 */
final class PrivilegeWrappers implements Unwrapper {
  private static final OptionScan SUDO =
      OptionScan.of(
          "ugCDhprtUTR",
          "--user",
          "--group",
          "--close-from",
          "--chdir",
          "--host",
          "--prompt",
          "--role",
          "--type",
          "--other-user",
          "--command-timeout",
          "--chroot");
  private static final OptionScan DOAS = OptionScan.of("uC");
  private static final OptionScan SU =
      OptionScan.of(
          "csgGwC",
          "--command",
          "--session-command",
          "--shell",
          "--group",
          "--supp-group",
          "--whitelist-environment");
  private static final OptionScan PKEXEC = OptionScan.of("", "--user");
  private static final OptionScan RUNUSER =
      OptionScan.of("ucsgG", "--user", "--command", "--shell", "--group", "--supp-group");

  @Override
  public Set<String> programs() {
    return Set.of("sudo", "doas", "su", "pkexec", "runuser");
  }

  @Override
  public Unwrapped unwrap(Call call) {
    List<Arg> args = call.args();
    Set<Invocation.Trait> elevated = Set.of(Invocation.Trait.ELEVATED);
    return switch (call.program()) {
      case "sudo" -> sudo(args, elevated);
      case "doas" ->
          command(call.program(), args, DOAS.scan(args), elevated, true, Optional.empty());
      case "pkexec" ->
          command("pkexec", args, PKEXEC.scan(args), elevated, false, Optional.empty());
      case "su", "runuser" -> su(call.program(), args, elevated);
      default -> throw new IllegalStateException(call.program());
    };
  }

  private Unwrapped sudo(List<Arg> args, Set<Invocation.Trait> elevated) {
    OptionScan.Result r = SUDO.scan(args);
    if (r.has("-e")
        || r.has("--edit")
        || r.has("-l")
        || r.has("--list")
        || r.has("-v")
        || r.has("-k")
        || r.has("-K")
        || r.has("-V")) {
      if (r.operand() >= args.size() || r.has("-e") || r.has("--edit")) {
        return new Unwrapped(elevated, List.of());
      }
    }
    boolean shell = r.has("-i") || r.has("-s") || r.has("--login") || r.has("--shell");
    Optional<String> dir =
        Optional.ofNullable(r.values().getOrDefault("-D", r.values().get("--chdir")));
    return command("sudo", args, r, elevated, shell, dir);
  }

  private Unwrapped su(String program, List<Arg> args, Set<Invocation.Trait> elevated) {
    Optional<Arg> code = commandOption(args);
    if (code.isPresent()) {
      return new Unwrapped(
          elevated,
          List.of(
              new Inner.Script(code.get(), program + " -c", elevated, Optional.empty(), false)));
    }
    OptionScan.Result r = (program.equals("su") ? SU : RUNUSER).scan(args);
    List<Arg> rest = args.subList(r.operand(), args.size());
    if (program.equals("runuser") && r.values().containsKey("-u") && !rest.isEmpty()) {
      return Unwrapped.of(Inner.Argv.of(rest, program, Invocation.Trait.ELEVATED));
    }
    return new Unwrapped(elevated, List.of(interactiveShell(program)));
  }

  /**
   * The value of {@code -c}/{@code --command}, which su(1) accepts anywhere, even after the user
   * name ({@code su - root -c 'cmd'}).
   */
  private static Optional<Arg> commandOption(List<Arg> args) {
    for (int i = 0; i < args.size(); i++) {
      String v = args.get(i).value();
      if ((v.equals("-c") || v.equals("--command") || v.equals("--session-command"))
          && i + 1 < args.size()) {
        return Optional.of(args.get(i + 1));
      }
      if (v.startsWith("--command=")) {
        return Optional.of(Arg.of(v.substring(10), args.get(i).span()));
      }
    }
    return Optional.empty();
  }

  private Unwrapped command(
      String label,
      List<Arg> args,
      OptionScan.Result r,
      Set<Invocation.Trait> elevated,
      boolean shellWhenEmpty,
      Optional<String> chdir) {
    int i = r.operand();
    while (i < args.size() && args.get(i).value().matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
      i++;
    }
    List<Arg> rest = args.subList(i, args.size());
    if (rest.isEmpty()) {
      return new Unwrapped(elevated, shellWhenEmpty ? List.of(interactiveShell(label)) : List.of());
    }
    return new Unwrapped(elevated, List.of(new Inner.Argv(rest, label, elevated, chdir, false)));
  }

  /** An interactive shell started by a privilege wrapper ({@code sudo -i}, {@code su}). */
  private static Inner interactiveShell(String label) {
    return Inner.Argv.of(
        List.of(Arg.of("sh", dev.cmdguard.shell.Span.NONE)), label, Invocation.Trait.ELEVATED);
  }
}
