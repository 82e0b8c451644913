package dev.cmdguard.unwrap;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ssh HOST COMMAND…} (ssh(1)): the remote shell runs the arguments after the host, joined by
 * spaces. Without a command, a script fed through standard input ({@code ssh host <<EOF}) runs
 * remotely. Everything found there carries {@link Invocation.Trait#REMOTE}.
 */
final class RemoteShell implements Unwrapper {
  private static final OptionScan SSH = OptionScan.of("bBcDEeFIiJLlmOoPpQRSWw");

  @Override
  public Set<String> programs() {
    return Set.of("ssh");
  }

  @Override
  public Unwrapped unwrap(Call call) {
    List<Arg> args = call.args();
    OptionScan.Result r = SSH.scan(args);
    if (r.operand() >= args.size() || r.has("-N") || r.has("-G") || r.has("-V")) {
      return Unwrapped.NONE;
    }
    Arg host = args.get(r.operand());
    List<Arg> command = args.subList(r.operand() + 1, args.size());
    String label = "ssh " + host.value();
    Set<Invocation.Trait> remote = Set.of(Invocation.Trait.REMOTE);
    if (command.isEmpty()) {
      return new Unwrapped(
          Set.of(Invocation.Trait.READS_SCRIPT_FROM_STDIN),
          List.of(new Inner.StdinScript(label, remote, Optional.empty())));
    }
    Arg text =
        command.size() == 1
            ? command.get(0)
            : Expander.join(
                command, command.get(0).span().union(command.get(command.size() - 1).span()));
    return Unwrapped.of(new Inner.Script(text, label, remote, Optional.empty(), false));
  }
}
