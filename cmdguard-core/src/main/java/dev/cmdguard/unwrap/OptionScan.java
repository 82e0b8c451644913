package dev.cmdguard.unwrap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Skips a wrapper's own options to find the command it runs, the way getopt would: clustered short
 * flags ({@code -lc}), short options with an attached or separate value ({@code -uroot}, {@code -u
 * root}), long options with {@code =value} or a separate value, and {@code --}.
 *
 * @param shortWithValue short option letters that take a value
 * @param longWithValue long option names (with leading dashes) that take a separate value
 * @param numericFlags true when {@code -NUMBER} is a flag (for {@code nice -10})
 */
record OptionScan(String shortWithValue, Set<String> longWithValue, boolean numericFlags) {

  static OptionScan of(String shortWithValue, String... longWithValue) {
    return new OptionScan(shortWithValue, Set.of(longWithValue), false);
  }

  /**
   * The result of a scan.
   *
   * @param operand index in the scanned list of the first operand (the list's size when none)
   * @param values option values by option ({@code "-u"} or {@code "--user"}), last one wins
   * @param flags every short flag letter and long option seen
   */
  record Result(int operand, Map<String, String> values, Set<String> flags) {
    boolean has(String option) {
      return flags.contains(option) || values.containsKey(option);
    }
  }

  /**
   * The argument whose value is an option's value, so that its span and dynamic state are kept
   * ({@code -c 'rm -rf /'}); a value that was attached to its option ({@code --command=…}) gives a
   * new static argument spanning nothing.
   */
  static Arg argument(List<Arg> args, String value) {
    for (Arg a : args) {
      if (a.value().equals(value)) {
        return a;
      }
    }
    return Arg.of(value, dev.cmdguard.shell.Span.NONE);
  }

  /** Scans {@code args} (the arguments after the program name). */
  Result scan(List<Arg> args) {
    Map<String, String> values = new HashMap<>();
    java.util.HashSet<String> flags = new java.util.HashSet<>();
    int i = 0;
    while (i < args.size()) {
      String a = args.get(i).value();
      if (a.equals("--")) {
        return new Result(i + 1, values, flags);
      }
      if (a.startsWith("--") && a.length() > 2) {
        int eq = a.indexOf('=');
        if (eq > 0) {
          values.put(a.substring(0, eq), a.substring(eq + 1));
        } else if (longWithValue.contains(a) && i + 1 < args.size()) {
          values.put(a, args.get(++i).value());
        } else {
          flags.add(a);
        }
        i++;
        continue;
      }
      if (!a.startsWith("-") || a.length() < 2 || args.get(i).dynamic()) {
        break;
      }
      if (numericFlags && a.substring(1).chars().allMatch(Character::isDigit)) {
        flags.add(a);
        i++;
        continue;
      }
      i = cluster(args, i, values, flags);
    }
    return new Result(i, values, flags);
  }

  private int cluster(List<Arg> args, int i, Map<String, String> values, Set<String> flags) {
    String a = args.get(i).value();
    for (int j = 1; j < a.length(); j++) {
      char c = a.charAt(j);
      if (shortWithValue.indexOf(c) >= 0) {
        if (j + 1 < a.length()) {
          values.put("-" + c, a.substring(j + 1));
        } else if (i + 1 < args.size()) {
          values.put("-" + c, args.get(++i).value());
        }
        return i + 1;
      }
      flags.add("-" + c);
    }
    return i + 1;
  }
}
