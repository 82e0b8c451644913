package dev.cmdguard.rules.readonly;

import dev.cmdguard.unwrap.Arg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The option syntax of one program, as far as read-only judgement needs it (POSIX "Utility Syntax
 * Guidelines" and GNU {@code getopt_long}): the options that disqualify it, and those that take a
 * value so that the value is not mistaken for an option or an operand. Short options may be
 * clustered ({@code -no out} holds {@code -o}); a long option may be abbreviated to any unambiguous
 * prefix, as {@code getopt_long} and git accept ({@code sort --out=x}), so abbreviations of a
 * disqualifying option disqualify too. Options are recognised anywhere before {@code --}, as GNU
 * tools permute them.
 *
 * @param valueShorts short options that take a value, attached or in the next argument
 * @param valueLongs long options that take a value in the next argument unless given with {@code =}
 * @param forbiddenShorts short options that write, execute or send
 * @param forbiddenLongs long options that write, execute or send
 */
record Options(
    String valueShorts,
    Set<String> valueLongs,
    String forbiddenShorts,
    Set<String> forbiddenLongs) {
  /** Long options that are also the prefix of a disqualifying one but are themselves harmless. */
  private static final Set<String> EXACT = Set.of("--text");

  Options {
    valueLongs = Set.copyOf(valueLongs);
    forbiddenLongs = Set.copyOf(forbiddenLongs);
  }

  /** Only disqualifying options, none taking a value. */
  static Options forbidding(String shorts, String... longs) {
    return new Options("", Set.of(), shorts, Set.of(longs));
  }

  /** The same syntax with these options taking a value. */
  Options values(String shorts, String... longs) {
    return new Options(shorts, Set.of(longs), forbiddenShorts, forbiddenLongs);
  }

  /**
   * The operands, or empty when a disqualifying option is used or an argument that is not known
   * statically could be one (an empty-prefixed {@code $VAR}, a glob that could match {@code -i}).
   */
  Optional<List<Arg>> operands(List<Arg> args) {
    List<Arg> operands = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      Arg arg = args.get(i);
      String v = arg.value();
      if (couldBeOption(arg)) {
        return Optional.empty();
      }
      if (!arg.isLiteral() || !v.startsWith("-") || v.equals("-")) {
        operands.add(arg);
      } else if (v.equals("--")) {
        operands.addAll(args.subList(i + 1, args.size()));
        return Optional.of(operands);
      } else if (v.startsWith("--")) {
        int eq = v.indexOf('=');
        String name = eq < 0 ? v : v.substring(0, eq);
        if (forbidsLong(name)) {
          return Optional.empty();
        }
        i += eq < 0 && valueLongs.contains(name) ? 1 : 0;
      } else {
        int skip = shortCluster(v);
        if (skip < 0) {
          return Optional.empty();
        }
        i += skip;
      }
    }
    return Optional.of(operands);
  }

  /** True when {@code arg} passes {@link #operands}. */
  boolean allows(List<Arg> args) {
    return operands(args).isPresent();
  }

  /** -1 when the cluster holds a forbidden option; else how many following arguments it takes. */
  private int shortCluster(String v) {
    for (int k = 1; k < v.length(); k++) {
      char c = v.charAt(k);
      if (forbiddenShorts.indexOf(c) >= 0) {
        return -1;
      }
      if (valueShorts.indexOf(c) >= 0) {
        return k == v.length() - 1 ? 1 : 0;
      }
    }
    return 0;
  }

  /** The exact name or an abbreviation ({@code --o} and longer) of a disqualifying long option. */
  boolean forbidsLong(String name) {
    if (forbiddenLongs.contains(name)) {
      return true;
    }
    if (name.length() < 3 || EXACT.contains(name) || valueLongs.contains(name)) {
      return false;
    }
    for (String f : forbiddenLongs) {
      if (f.startsWith(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when an argument not known statically could turn out to be an option: a variable or
   * substitution whose known start is empty or a dash (after word splitting or by content), or a
   * glob that could expand to a file named like an option ({@code *} matching {@code -i}).
   */
  static boolean couldBeOption(Arg arg) {
    if (arg.dynamic()) {
      return arg.knownPrefix().isEmpty() || arg.knownPrefix().startsWith("-");
    }
    if (arg.glob()) {
      String v = arg.value();
      return v.isEmpty() || "-*?[".indexOf(v.charAt(0)) >= 0;
    }
    return false;
  }
}
