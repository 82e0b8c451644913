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
  /**
   * {@code -i[R]}, {@code -e[EOF]}, {@code -l[N]} and {@code --replace[=R]} take their value only
   * when it is attached, so they are flags here; {@code -J R} is BSD xargs' replacement string.
   */
  private static final OptionScan OPTIONS =
      OptionScan.of(
          "adEILnPsJ",
          "--arg-file",
          "--delimiter",
          "--max-args",
          "--max-procs",
          "--max-chars",
          "--max-lines",
          "--process-slot-var",
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
    String replace = replacement(args, r);
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

  /** The replacement string of {@code -I R}, {@code -J R}, {@code -i[R]}, {@code --replace[=R]}. */
  private static String replacement(List<Arg> args, OptionScan.Result r) {
    String explicit = r.values().getOrDefault("-I", r.values().get("-J"));
    if (explicit != null) {
      return explicit;
    }
    if (r.values().containsKey("--replace")) {
      String v = r.values().get("--replace");
      return v.isEmpty() ? "{}" : v;
    }
    for (Arg a : args.subList(0, Math.min(r.operand(), args.size()))) {
      if (a.value().startsWith("-i") && !a.value().startsWith("--")) {
        return a.value().length() > 2 ? a.value().substring(2) : "{}";
      }
      if (a.value().equals("--replace")) {
        return "{}";
      }
    }
    return null;
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
    boolean lines =
        r.values().containsKey("-I")
            || r.values().containsKey("-d")
            || r.values().containsKey("-J");
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
