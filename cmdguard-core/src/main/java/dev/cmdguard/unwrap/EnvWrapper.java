package dev.cmdguard.unwrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code env} (env(1)): skips {@code -i}, {@code -0}, {@code -u NAME}, {@code -C DIR} (the command
 * then runs in DIR), {@code NAME=value} operands; {@code -S STRING} splits STRING into the command
 * line, so it is read as shell words.
 */
final class EnvWrapper implements Unwrapper {
  private static final OptionScan ENV =
      OptionScan.of(
          "uCSP",
          "--unset",
          "--chdir",
          "--split-string",
          "--block-signal",
          "--default-signal",
          "--ignore-signal");

  @Override
  public Set<String> programs() {
    return Set.of("env");
  }

  @Override
  public Unwrapped unwrap(Call call) {
    List<Arg> args = call.args();
    OptionScan.Result r = ENV.scan(args);
    int i = r.operand();
    while (i < args.size() && args.get(i).value().equals("-")) {
      i++; // a lone '-' is -i (env(1))
    }
    while (i < args.size() && args.get(i).value().matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
      i++;
    }
    List<Arg> rest = args.subList(i, args.size());
    Optional<String> dir =
        Optional.ofNullable(r.values().getOrDefault("-C", r.values().get("--chdir")));
    String split = r.values().getOrDefault("-S", r.values().get("--split-string"));
    if (split != null) {
      List<Arg> parts = new ArrayList<>();
      parts.add(Arg.of(split, dev.cmdguard.shell.Span.NONE));
      parts.addAll(rest);
      Arg text = Expander.join(parts, args.get(0).span().union(args.get(args.size() - 1).span()));
      return Unwrapped.of(new Inner.Script(text, "env -S", Set.of(), Optional.empty(), false));
    }
    if (rest.isEmpty()) {
      return Unwrapped.NONE;
    }
    return Unwrapped.of(new Inner.Argv(rest, "env", Set.of(), dir, false));
  }
}
