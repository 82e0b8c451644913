package dev.cmdguard.rules.secrets;

import dev.cmdguard.unwrap.Arg;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An invocation's arguments split the way getopt_long(3) splits them: short-option clusters ({@code
 * -n5}, {@code -czf out.tgz}), long options with {@code =} or a separate value, {@code --} ending
 * the options, and the operands in between. Which options take a value comes from each program's
 * man page; an unknown option is taken as a flag.
 *
 * @param operands the non-option arguments, in order ({@code -} included)
 * @param values each option's values by its spelling ({@code -f}, {@code --file})
 * @param flags the options without a value
 */
record Options(List<Arg> operands, Map<String, List<Arg>> values, Set<String> flags) {

  /**
   * Splits {@code args}.
   *
   * @param shortWithValue the short options that take a value ({@code "nc"} for head)
   * @param longWithValue the long options that take a separate value ({@code --lines})
   */
  static Options parse(List<Arg> args, String shortWithValue, Set<String> longWithValue) {
    List<Arg> operands = new ArrayList<>();
    Map<String, List<Arg>> values = new LinkedHashMap<>();
    Set<String> flags = new HashSet<>();
    for (int i = 0; i < args.size(); i++) {
      Arg arg = args.get(i);
      String v = arg.value();
      if (v.equals("--")) {
        operands.addAll(args.subList(i + 1, args.size()));
        break;
      }
      if (v.startsWith("--")) {
        int eq = v.indexOf('=');
        if (eq > 0) {
          put(values, v.substring(0, eq), suffix(arg, eq + 1));
        } else if (longWithValue.contains(v) && i + 1 < args.size()) {
          put(values, v, args.get(++i));
        } else {
          flags.add(v);
        }
      } else if (v.startsWith("-") && v.length() > 1 && !arg.dynamic()) {
        i = cluster(args, i, shortWithValue, values, flags);
      } else {
        operands.add(arg);
      }
    }
    Map<String, List<Arg>> frozen = new LinkedHashMap<>();
    values.forEach((k, list) -> frozen.put(k, List.copyOf(list)));
    return new Options(List.copyOf(operands), Map.copyOf(frozen), Set.copyOf(flags));
  }

  /** Reads the short-option cluster at {@code i}; returns the index of the last argument used. */
  private static int cluster(
      List<Arg> args, int i, String withValue, Map<String, List<Arg>> values, Set<String> flags) {
    Arg arg = args.get(i);
    String v = arg.value();
    for (int k = 1; k < v.length(); k++) {
      String option = "-" + v.charAt(k);
      if (withValue.indexOf(v.charAt(k)) < 0) {
        flags.add(option);
      } else if (k + 1 < v.length()) {
        put(values, option, suffix(arg, k + 1));
        return i;
      } else if (i + 1 < args.size()) {
        put(values, option, args.get(i + 1));
        return i + 1;
      }
    }
    return i;
  }

  private static void put(Map<String, List<Arg>> values, String option, Arg value) {
    values.computeIfAbsent(option, k -> new ArrayList<>()).add(value);
  }

  /** The part of {@code arg} from {@code start} on, as an argument of its own. */
  static Arg suffix(Arg arg, int start) {
    return part(arg, start, arg.value().length());
  }

  /** The part of {@code arg} from {@code start} to {@code end}, as an argument of its own. */
  static Arg part(Arg arg, int start, int end) {
    String v = arg.value();
    String value =
        v.substring(Math.min(start, v.length()), Math.min(Math.max(start, end), v.length()));
    if (!arg.dynamic()) {
      return new Arg(value, false, value, arg.glob(), arg.producers(), arg.span());
    }
    String kp = arg.knownPrefix();
    String known = kp.length() > start ? kp.substring(start, Math.min(kp.length(), end)) : "";
    return new Arg(value, true, known, arg.glob(), arg.producers(), arg.span());
  }

  /** True when any of {@code options} was given, as a flag or with a value. */
  boolean has(String... options) {
    for (String option : options) {
      if (flags.contains(option) || values.containsKey(option)) {
        return true;
      }
    }
    return false;
  }

  /** Every value of any of {@code options}, in the order given per option. */
  List<Arg> all(String... options) {
    List<Arg> out = new ArrayList<>();
    for (String option : options) {
      out.addAll(values.getOrDefault(option, List.of()));
    }
    return out;
  }
}
