package dev.cmdguard.rules.data;

import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A command as the data and infrastructure checks see it: an invocation, or the command it runs
 * inside a container or a launcher ({@code docker exec db psql …}, {@code bundle exec rake …}),
 * with the options of the usual GNU/pflag shape ({@code -n x}, {@code --name x}, {@code --name=x},
 * {@code --} ends the options).
 *
 * @param program the lower-cased program name
 * @param args the arguments after the program name
 * @param index the invocation the finding is about
 * @param invocation that invocation (for stdin, cwd and span)
 */
record Cmd(String program, List<Arg> args, int index, Invocation invocation) {
  Cmd {
    args = List.copyOf(args);
  }

  static Cmd of(Invocation inv, int index) {
    return new Cmd(inv.program().toLowerCase(Locale.ROOT), inv.args(), index, inv);
  }

  /** The command {@code rest} (program first) run by this one. */
  Cmd inner(List<Arg> rest) {
    String name = rest.get(0).value();
    int slash = name.lastIndexOf('/');
    String base = (slash < 0 ? name : name.substring(slash + 1)).toLowerCase(Locale.ROOT);
    return new Cmd(base, rest.subList(1, rest.size()), index, invocation);
  }

  /** The argument values. */
  List<String> words() {
    return args.stream().map(Arg::value).toList();
  }

  /** True when any of {@code options} is given (exactly, or as {@code --option=value}). */
  boolean has(String... options) {
    return option(options).isPresent();
  }

  /** The first argument that is one of {@code options}, before {@code --}. */
  Optional<Arg> option(String... options) {
    for (Arg a : args) {
      String v = a.value();
      if (v.equals("--")) {
        break;
      }
      for (String o : options) {
        if (v.equals(o) || (o.startsWith("--") && v.startsWith(o + "="))) {
          return Optional.of(a);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Every value given to one of {@code options}: {@code --opt value}, {@code --opt=value}, and for
   * a one-letter option {@code -ovalue}.
   */
  List<Arg> values(String... options) {
    List<Arg> out = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String v = args.get(i).value();
      if (v.equals("--")) {
        break;
      }
      for (String o : options) {
        if (v.equals(o) && i + 1 < args.size()) {
          out.add(args.get(i + 1));
        } else if (v.startsWith(o + "=")
            || (o.length() == 2 && v.length() > 2 && v.startsWith(o) && !o.startsWith("--"))) {
          Arg a = args.get(i);
          int cut = v.startsWith(o + "=") ? o.length() + 1 : o.length();
          out.add(new Arg(v.substring(cut), a.dynamic(), "", false, a.producers(), a.span()));
        }
      }
    }
    return out;
  }

  /** The first value of {@code options}, if given. */
  Optional<String> value(String... options) {
    List<Arg> v = values(options);
    return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0).value());
  }

  /**
   * The operands: arguments that are neither options nor the value of an option in {@code valued};
   * after {@code --}, everything.
   */
  List<Arg> positionals(Set<String> valued) {
    List<Arg> out = new ArrayList<>();
    boolean options = true;
    for (int i = 0; i < args.size(); i++) {
      String v = args.get(i).value();
      if (options && v.equals("--")) {
        options = false;
      } else if (!options || !v.startsWith("-") || v.equals("-")) {
        out.add(args.get(i));
      } else if (valued.contains(v)) {
        i++;
      }
    }
    return out;
  }

  /** The operand values (see {@link #positionals}). */
  List<String> operands(Set<String> valued) {
    return positionals(valued).stream().map(Arg::value).toList();
  }
}
