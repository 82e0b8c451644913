package dev.cmdguard.rules.filesystem;

import dev.cmdguard.unwrap.Arg;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options and operands of a GNU-style command line (GNU coreutils, "Common options"): short
 * options cluster ({@code -rf}), a short option's value may be attached ({@code -n3}) or follow,
 * long options take {@code --name=value} or a following value, options may follow operands (GNU
 * {@code getopt} permutes), and {@code --} ends the options.
 *
 * @param flags the options seen, short ones as {@code -r}, long ones as {@code --recursive}
 * @param values the options with a value, by the same names (the last one wins)
 * @param operands the arguments that are not options, in order
 */
record Options(Set<String> flags, Map<String, String> values, List<Arg> operands) {

  Options {
    flags = Set.copyOf(flags);
    values = Map.copyOf(values);
    operands = List.copyOf(operands);
  }

  /**
   * Scans {@code args}.
   *
   * @param shortWithValue the short option letters that take a value ({@code "nst"})
   * @param longWithValue the long option names that take a value when written without {@code =}
   *     ({@code "--size"})
   */
  static Options scan(List<Arg> args, String shortWithValue, Set<String> longWithValue) {
    Set<String> flags = new HashSet<>();
    Map<String, String> values = new HashMap<>();
    List<Arg> operands = new ArrayList<>();
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      Arg arg = args.get(i);
      String v = arg.dynamic() ? arg.knownPrefix() : arg.value();
      if (optionsEnded || !v.startsWith("-") || v.equals("-")) {
        operands.add(arg);
      } else if (v.equals("--")) {
        optionsEnded = true;
      } else if (v.startsWith("--")) {
        i = longOption(args, i, v, longWithValue, flags, values);
      } else {
        i = shortCluster(args, i, v, shortWithValue, flags, values);
      }
    }
    return new Options(flags, values, operands);
  }

  private static int longOption(
      List<Arg> args,
      int i,
      String v,
      Set<String> longWithValue,
      Set<String> flags,
      Map<String, String> values) {
    int eq = v.indexOf('=');
    if (eq > 0) {
      flags.add(v.substring(0, eq));
      values.put(v.substring(0, eq), v.substring(eq + 1));
      return i;
    }
    flags.add(v);
    if (longWithValue.contains(v) && i + 1 < args.size()) {
      values.put(v, args.get(i + 1).value());
      return i + 1;
    }
    return i;
  }

  private static int shortCluster(
      List<Arg> args,
      int i,
      String v,
      String shortWithValue,
      Set<String> flags,
      Map<String, String> values) {
    for (int c = 1; c < v.length(); c++) {
      String name = "-" + v.charAt(c);
      flags.add(name);
      if (shortWithValue.indexOf(v.charAt(c)) >= 0) {
        if (c + 1 < v.length()) {
          values.put(name, v.substring(c + 1));
          return i;
        }
        if (i + 1 < args.size()) {
          values.put(name, args.get(i + 1).value());
          return i + 1;
        }
        return i;
      }
    }
    return i;
  }

  /** True when any of {@code names} was given. */
  boolean has(String... names) {
    for (String name : names) {
      if (flags.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** The value of the first of {@code names} that has one. */
  Optional<String> value(String... names) {
    for (String name : names) {
      if (values.containsKey(name)) {
        return Optional.of(values.get(name));
      }
    }
    return Optional.empty();
  }
}
