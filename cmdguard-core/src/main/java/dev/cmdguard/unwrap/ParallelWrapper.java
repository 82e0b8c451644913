package dev.cmdguard.unwrap;

import dev.cmdguard.shell.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * GNU {@code parallel} (parallel(1)): the command words before {@code :::} run once per value after
 * it (or per input line), through a shell, with {@code {}} replaced or the value appended. Without
 * command words, each input line is itself a command.
 */
final class ParallelWrapper implements Unwrapper {
  private static final OptionScan OPTIONS =
      OptionScan.of(
          "jSnNIdEa",
          "--jobs",
          "--sshlogin",
          "--max-args",
          "--colsep",
          "--replace",
          "--joblog",
          "--results",
          "--tmpdir",
          "--workdir",
          "--delimiter",
          "--halt",
          "--retries",
          "--memfree",
          "--load",
          "--timeout",
          "--delay",
          "--arg-file",
          "--basefile",
          "--env");

  @Override
  public Set<String> programs() {
    return Set.of("parallel", "sem");
  }

  @Override
  public Unwrapped unwrap(Call call) {
    List<Arg> args = call.args();
    int start = OPTIONS.scan(args).operand();
    int sep = start;
    while (sep < args.size() && !args.get(sep).value().startsWith(":::")) {
      sep++;
    }
    List<Arg> command = args.subList(start, sep);
    if (call.program().equals("sem") && !command.isEmpty()) {
      return Unwrapped.of(Inner.Argv.of(command, "sem")); // parallel --semaphore: runs it once
    }
    if (command.isEmpty() && sep < args.size()) {
      return commandsAsValues(args.subList(sep + 1, args.size()));
    }
    if (command.isEmpty()) {
      return Shells.fromStdin(call);
    }
    Optional<List<Arg>> values = values(call, args, sep);
    List<Inner> inner = new ArrayList<>();
    if (values.isEmpty()) {
      Arg item = Arg.dynamic("{}", "", XargsWrapper.producers(call), Span.NONE);
      inner.add(script(command, item));
    } else {
      values.get().forEach(v -> inner.add(script(command, v)));
    }
    return new Unwrapped(Set.of(), inner);
  }

  /**
   * The command run for one value. GNU parallel quotes the value it substitutes; a command given as
   * one word is shell code, several words are taken as argv (the more dangerous reading of {@code
   * parallel bash -c 'rm -rf {}'}), each quoted.
   */
  private static Inner script(List<Arg> command, Arg item) {
    Arg value = item.dynamic() ? item : Arg.of(ShellWords.quote(item.value()), item.span());
    boolean placeholder = command.stream().anyMatch(a -> a.value().contains("{}"));
    List<Arg> words =
        command.size() == 1 ? command : command.stream().map(ShellWords::quoted).toList();
    List<Arg> filled = XargsWrapper.fill(words, placeholder ? "{}" : null, value);
    Span span = command.get(0).span().union(command.get(command.size() - 1).span());
    return new Inner.Script(
        Expander.join(filled, span),
        "parallel",
        Set.of(Invocation.Trait.PER_ITEM),
        Optional.empty(),
        false);
  }

  /** {@code parallel ::: 'cmd1' 'cmd2'}: with no command, each value is a command. */
  private static Unwrapped commandsAsValues(List<Arg> values) {
    List<Inner> inner = new ArrayList<>();
    for (Arg v : values.subList(0, Math.min(values.size(), XargsWrapper.MAX_ITEMS))) {
      inner.add(
          new Inner.Script(
              v, "parallel", Set.of(Invocation.Trait.PER_ITEM), Optional.empty(), false));
    }
    return new Unwrapped(Set.of(), inner);
  }

  private static Optional<List<Arg>> values(Call call, List<Arg> args, int sep) {
    if (sep < args.size() && args.get(sep).value().equals(":::")) {
      List<Arg> values = args.subList(sep + 1, args.size());
      return values.size() > XargsWrapper.MAX_ITEMS ? Optional.empty() : Optional.of(values);
    }
    return call.input()
        .text()
        .map(text -> text.lines().filter(l -> !l.isEmpty()).map(l -> Arg.of(l, Span.NONE)).toList())
        .filter(list -> list.size() <= XargsWrapper.MAX_ITEMS);
  }
}
