package dev.cmdguard.unwrap;

import dev.cmdguard.shell.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code xargs} (xargs(1)): runs its command (default {@code echo}) with items read from standard
 * input appended, or substituted for the {@code -I} replacement string. When the input is
 * statically known ({@code echo / | xargs rm -rf}) the items are filled in; otherwise the command
 * gets one dynamic argument produced by the program feeding the pipe ({@code ls / | xargs rm -rf}).
 */
final class XargsWrapper implements Unwrapper {
  private static final OptionScan OPTIONS =
      OptionScan.of(
          "adEIiLlnPse",
          "--arg-file",
          "--delimiter",
          "--max-args",
          "--max-procs",
          "--max-chars",
          "--max-lines",
          "--process-slot-var",
          "--replace",
          "--eof");
  static final int MAX_ITEMS = 64;

  @Override
  public Set<String> programs() {
    return Set.of("xargs");
  }

  @Override
  public Unwrapped unwrap(Call call) {
    List<Arg> args = call.args();
    OptionScan.Result r = OPTIONS.scan(args);
    List<Arg> command = new ArrayList<>(args.subList(r.operand(), args.size()));
    if (command.isEmpty()) {
      command.add(Arg.of("echo", Span.NONE));
    }
    String replace = r.values().getOrDefault("-I", r.values().get("--replace"));
    if (replace == null && (r.has("-i") || r.values().containsKey("-i"))) {
      replace = r.values().getOrDefault("-i", "{}");
    }
    Optional<List<String>> items = items(call, r);
    Set<Invocation.Trait> traits = Set.of(Invocation.Trait.PER_ITEM);
    List<Inner> inner = new ArrayList<>();
    if (items.isEmpty()) {
      Arg item = Arg.dynamic("{items from stdin}", "", producers(call), Span.NONE);
      inner.add(
          Inner.Argv.of(
              fill(command, replace, item), "xargs", traits.toArray(Invocation.Trait[]::new)));
    } else if (replace != null) {
      for (String value : items.get()) {
        inner.add(
            Inner.Argv.of(
                fill(command, replace, Arg.of(value, Span.NONE)),
                "xargs",
                Invocation.Trait.PER_ITEM));
      }
    } else {
      List<Arg> all = new ArrayList<>(command);
      items.get().forEach(v -> all.add(Arg.of(v, Span.NONE)));
      inner.add(Inner.Argv.of(all, "xargs", Invocation.Trait.PER_ITEM));
    }
    return new Unwrapped(Set.of(), inner);
  }

  /** The programs whose output feeds the items. */
  static List<String> producers(Call call) {
    return call.input().stdin() instanceof Stdin.Pipe p ? List.of(p.program()) : List.of();
  }

  private static Optional<List<String>> items(Call call, OptionScan.Result r) {
    if (call.input().text().isEmpty()
        || r.values().containsKey("-a")
        || r.values().containsKey("--arg-file")) {
      return Optional.empty();
    }
    String text = call.input().text().get();
    boolean lines = r.values().containsKey("-I") || r.values().containsKey("-d");
    List<String> out = new ArrayList<>();
    for (String item : text.split(r.has("-0") || r.has("--null") ? "\0" : lines ? "\n" : "\\s+")) {
      if (!item.isEmpty()) {
        out.add(item);
      }
    }
    return out.size() > MAX_ITEMS ? Optional.empty() : Optional.of(out);
  }

  /** Replaces {@code replace} in each word, or appends the item when there is no replacement. */
  static List<Arg> fill(List<Arg> command, String replace, Arg item) {
    List<Arg> out = new ArrayList<>();
    for (Arg word : command) {
      if (replace != null && !word.dynamic() && word.value().contains(replace)) {
        out.add(substitute(word, replace, item));
      } else {
        out.add(word);
      }
    }
    if (replace == null) {
      out.add(item);
    }
    return out;
  }

  private static Arg substitute(Arg word, String replace, Arg item) {
    int at = word.value().indexOf(replace);
    String before = word.value().substring(0, at);
    if (item.dynamic()) {
      return Arg.dynamic(
          word.value().replace(replace, item.value()),
          before + item.knownPrefix(),
          item.producers(),
          word.span());
    }
    return Arg.globbed(word.value().replace(replace, item.value()), word.glob(), word.span());
  }
}
