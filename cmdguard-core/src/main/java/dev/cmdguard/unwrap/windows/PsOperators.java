package dev.cmdguard.unwrap.windows;

import dev.cmdguard.shell.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operators whose result on static text is static, as PowerShell computes it (about_Operators,
 * about_Join, about_Comparison_Operators): {@code +} joins strings (or adds numbers), {@code -f}
 * formats ({@code '{0}-Item' -f 'Remove'}), {@code -join} joins an array, {@code -replace} replaces
 * by a case-insensitive regular expression. These are the usual ways to spell a command so that a
 * text search does not see it; any other operator gives a run-time value.
 */
final class PsOperators {
  private static final Pattern FORMAT = Pattern.compile("\\{(\\d+)(?:,[^}:]*)?(?::[^}]*)?}");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+");

  private PsOperators() {}

  static PsValue apply(PsValue left, String op, PsValue right, Span at) {
    List<String> producers = new ArrayList<>(left.producers());
    producers.addAll(right.producers());
    String shown = left.shown() + " -" + op + " " + right.shown();
    PsValue unknown = PsValue.unknown(shown, producers, at);
    if (!left.isKnown() || !right.isKnown()) {
      return unknown;
    }
    String l = left.known().get();
    String r = right.known().get();
    return switch (op) {
      case "+" -> plus(left, right, l, r, shown, at);
      case "f" ->
          format(l, right.items())
              .map(s -> PsValue.text(s, at).withShown(shown, at))
              .orElse(unknown);
      case "join" -> PsValue.text(String.join(r, left.items()), at).withShown(shown, at);
      case "replace" ->
          replace(l, right.items())
              .map(s -> PsValue.text(s, at).withShown(shown, at))
              .orElse(unknown);
      default -> unknown;
    };
  }

  private static PsValue plus(
      PsValue left, PsValue right, String l, String r, String shown, Span at) {
    if (!left.elements().isEmpty()) {
      List<PsValue> items = new ArrayList<>();
      left.elements().forEach(e -> items.add(PsValue.text(e, at)));
      items.add(right);
      return PsValue.array(items, at);
    }
    if (NUMBER.matcher(l).matches()
        && NUMBER.matcher(r).matches()
        && l.length() < 18
        && r.length() < 18) {
      return PsValue.text(String.valueOf(Long.parseLong(l) + Long.parseLong(r)), at)
          .withShown(shown, at);
    }
    return PsValue.text(l + r, at).withShown(shown, at);
  }

  private static java.util.Optional<String> format(String template, List<String> values) {
    Matcher m = FORMAT.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int i = Integer.parseInt(m.group(1));
      if (i >= values.size()) {
        return java.util.Optional.empty();
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(values.get(i)));
    }
    m.appendTail(sb);
    return java.util.Optional.of(sb.toString().replace("{{", "{").replace("}}", "}"));
  }

  private static java.util.Optional<String> replace(String text, List<String> args) {
    if (args.isEmpty() || args.size() > 2) {
      return java.util.Optional.empty();
    }
    try {
      Pattern pattern = Pattern.compile(args.get(0), Pattern.CASE_INSENSITIVE);
      String with = args.size() == 2 ? args.get(1) : "";
      return java.util.Optional.of(pattern.matcher(text).replaceAll(with.replace("\\", "\\\\")));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return java.util.Optional.empty();
    }
  }
}
