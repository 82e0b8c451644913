package dev.cmdguard.unwrap.windows;

import dev.cmdguard.unwrap.Arg;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cmdlets cmdguard reads ({@link CmdletTable}): their aliases, parameters and positions, and
 * the binding of arguments to parameters (about_Parameters: a parameter name may be shortened to
 * any prefix that names one parameter or alias; names are case-insensitive; {@code -Name:value}
 * binds a value to a switch). Steps carry cmdlet names in lower case ({@code remove-item}) and
 * parameter names in their documented spelling ({@code -Recurse}).
 */
public final class Cmdlets {
  /** A cmdlet: lower-case name, documented name, parameters. */
  record Cmdlet(String name, String display, List<Param> params) {}

  /** A parameter: documented name, lower-case aliases, switch or not, position (-1 for none). */
  record Param(String name, Set<String> aliases, boolean isSwitch, int position, boolean rest) {}

  private Cmdlets() {}

  /**
   * The parsed cmdlet table, initialised at its first use. Every cmdlet name holds a {@code -}
   * (Verb-Noun), so a program name without one ({@code git}, {@code rm}) is answered without it:
   * parsing the table costs a hook call's start-up about 15 ms, which a bash-only command should
   * not pay.
   */
  private static final class Table {
    /** One parameter of the table: {@code Name!@2+(alias,alias)}; compiled once, not per word. */
    private static final java.util.regex.Pattern PARAM =
        java.util.regex.Pattern.compile("([A-Za-z_0-9]+)(!?)(?:@(\\d)(\\+?))?(?:\\(([^)]*)\\))?");

    private static final Map<String, Cmdlet> BY_NAME = new HashMap<>();
    private static final Map<String, String> ALIASES = new HashMap<>();
    private static final Set<String> LEGACY_ALIASES = new java.util.HashSet<>();
    private static final List<Param> COMMON = params(CmdletTable.COMMON);

    static {
      for (String line : CmdletTable.TEXT.split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        String[] halves = line.split(";", 2);
        String[] head = halves[0].split(":", 2);
        String display = head[0].strip();
        String name = display.toLowerCase(Locale.ROOT);
        if (name.indexOf('-') < 0) {
          throw new IllegalStateException("a cmdlet name without '-' in the table: " + display);
        }
        List<Param> ps = new ArrayList<>(params(halves[1]));
        ps.addAll(COMMON);
        BY_NAME.put(name, new Cmdlet(name, display, List.copyOf(ps)));
        for (String alias : head[1].strip().split("\\s+")) {
          if (alias.isEmpty()) {
            continue;
          }
          String a = alias.toLowerCase(Locale.ROOT);
          if (a.endsWith("^")) {
            a = a.substring(0, a.length() - 1);
            LEGACY_ALIASES.add(a);
          }
          ALIASES.put(a, name);
        }
      }
    }

    private Table() {}

    private static List<Param> params(String text) {
      List<Param> out = new ArrayList<>();
      for (String word : text.strip().split("\\s+")) {
        if (word.isEmpty()) {
          continue;
        }
        java.util.regex.Matcher m = PARAM.matcher(word);
        if (!m.matches()) {
          throw new IllegalStateException("bad parameter in the cmdlet table: " + word);
        }
        Set<String> aliases =
            m.group(5) == null ? Set.of() : Set.of(m.group(5).toLowerCase(Locale.ROOT).split(","));
        int position = m.group(3) == null ? -1 : Integer.parseInt(m.group(3));
        out.add(
            new Param(
                m.group(1), aliases, !m.group(2).isEmpty(), position, "+".equals(m.group(4))));
      }
      return out;
    }
  }

  /** The cmdlet of the lower-case {@code name}, or null; a name without {@code -} is none. */
  private static Cmdlet cmdlet(String name) {
    return name.indexOf('-') < 0 ? null : Table.BY_NAME.get(name);
  }

  /**
   * The cmdlet a command name stands for in {@code dialect}: an alias resolved, a module-qualified
   * name ({@code Microsoft.PowerShell.Management\Remove-Item}) reduced, in lower case.
   *
   * @return the lower-case cmdlet name, or empty when {@code name} is neither a known cmdlet nor an
   *     alias of one
   */
  public static Optional<String> resolve(String name, Dialect dialect) {
    String n = name.toLowerCase(Locale.ROOT);
    int slash = n.lastIndexOf('\\');
    if (slash > 0 && n.substring(0, slash).matches("[a-z0-9.]+") && n.indexOf('-') > slash) {
      n = n.substring(slash + 1);
    }
    if (cmdlet(n) != null) {
      return Optional.of(n);
    }
    String target = Table.ALIASES.get(n);
    if (target == null
        || (Table.LEGACY_ALIASES.contains(n) && dialect != Dialect.WINDOWS_POWERSHELL)) {
      return Optional.empty();
    }
    return Optional.of(target);
  }

  /**
   * The documented spelling of a cmdlet ({@code Remove-Item} for {@code remove-item}); any other
   * name as given.
   */
  public static String display(String name) {
    Cmdlet c = cmdlet(name);
    return c == null ? name : c.display();
  }

  /** True when {@code program} (lower case) is a cmdlet of the table. */
  public static boolean known(String program) {
    return cmdlet(program) != null;
  }

  /**
   * The full parameter name {@code written} (without its dash, any case) stands for on {@code
   * cmdlet}: an exact name or alias, else the one name or alias it is a prefix of.
   *
   * @return the documented name ({@code Recurse} for {@code rec}), or empty when the cmdlet is not
   *     known, or no parameter or more than one matches (PowerShell refuses the command then)
   */
  public static Optional<String> parameter(String cmdlet, String written) {
    Cmdlet c = cmdlet(cmdlet);
    if (c == null) {
      return Optional.empty();
    }
    String w = written.toLowerCase(Locale.ROOT);
    for (Param p : c.params()) {
      if (p.name().equalsIgnoreCase(w) || p.aliases().contains(w)) {
        return Optional.of(p.name());
      }
    }
    String found = null;
    for (Param p : c.params()) {
      boolean match =
          p.name().toLowerCase(Locale.ROOT).startsWith(w)
              || p.aliases().stream().anyMatch(a -> a.startsWith(w));
      if (match && found != null && !found.equals(p.name())) {
        return Optional.empty();
      }
      if (match) {
        found = p.name();
      }
    }
    return Optional.ofNullable(found);
  }

  /** True when {@code parameter} (documented name) of {@code cmdlet} is a switch. */
  static boolean isSwitch(String cmdlet, String parameter) {
    Cmdlet c = cmdlet(cmdlet);
    return c != null
        && c.params().stream().anyMatch(p -> p.name().equals(parameter) && p.isSwitch());
  }

  /**
   * Binds the arguments of a step ({@link Step#argv()} after the name) to parameters.
   *
   * @param cmdlet the lower-case cmdlet name
   * @param args the arguments after the name
   * @return the binding; for a cmdlet not in the table, every {@code -name} is a switch kept as
   *     written and the rest is positional
   */
  public static Binding bind(String cmdlet, List<Arg> args) {
    Cmdlet c = cmdlet(cmdlet);
    Map<String, List<Arg>> named = new LinkedHashMap<>();
    List<List<Arg>> positional = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      Arg a = args.get(i);
      String v = a.value();
      if (!a.dynamic() && isParameterToken(v)) {
        String body = v.substring(1);
        int colon = body.indexOf(':');
        String name = colon < 0 ? body : body.substring(0, colon);
        Optional<String> full = c == null ? Optional.empty() : parameter(cmdlet, name);
        if (full.isEmpty()) {
          unresolved.add(name);
          named.computeIfAbsent(name, k -> new ArrayList<>());
          continue;
        }
        List<Arg> values = named.computeIfAbsent(full.get(), k -> new ArrayList<>());
        if (colon >= 0) {
          values.add(Arg.of(body.substring(colon + 1), a.span()));
        } else if (!isSwitch(cmdlet, full.get())) {
          i = array(args, i + 1, values) - 1;
        }
        continue;
      }
      List<Arg> one = new ArrayList<>();
      i = array(args, i, one) - 1;
      positional.add(one);
    }
    if (c != null) {
      positional = place(c, named, positional);
    }
    return new Binding(named, positional.stream().flatMap(List::stream).toList(), unresolved);
  }

  /** Reads one argument and the elements joined to it by {@code ","}; returns the next index. */
  private static int array(List<Arg> args, int from, List<Arg> into) {
    int i = from;
    if (i >= args.size()) {
      return i;
    }
    into.add(args.get(i++));
    while (i + 1 < args.size() && args.get(i).value().equals(",") && !args.get(i).dynamic()) {
      into.add(args.get(i + 1));
      i += 2;
    }
    return i;
  }

  /** Moves positional arguments to the positional parameters not bound by name. */
  private static List<List<Arg>> place(
      Cmdlet c, Map<String, List<Arg>> named, List<List<Arg>> positional) {
    List<Param> open =
        c.params().stream()
            .filter(p -> p.position() >= 0 && !named.containsKey(p.name()))
            .sorted((a, b) -> Integer.compare(a.position(), b.position())) // plain: start-up
            .toList();
    List<List<Arg>> left = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < positional.size(); i++) {
      if (next >= open.size()) {
        left.add(positional.get(i));
        continue;
      }
      Param p = open.get(next++);
      List<Arg> values = named.computeIfAbsent(p.name(), k -> new ArrayList<>());
      values.addAll(positional.get(i));
      if (p.rest()) {
        positional.subList(i + 1, positional.size()).forEach(values::addAll);
        break;
      }
    }
    return left;
  }

  /** True for {@code -Name} and {@code -Name:value}; not {@code -}, {@code --} or {@code -5}. */
  static boolean isParameterToken(String v) {
    return v.length() > 1
        && v.charAt(0) == '-'
        && (Character.isLetter(v.charAt(1)) || v.charAt(1) == '_' || v.charAt(1) == '?');
  }

  /**
   * Arguments bound to parameters.
   *
   * @param named values by documented parameter name (a switch has no values); parameters the
   *     cmdlet does not have are kept by their written name, with no value
   * @param positional arguments no positional parameter took
   * @param unresolved parameter names written that name no parameter, or more than one
   */
  public record Binding(
      Map<String, List<Arg>> named, List<Arg> positional, List<String> unresolved) {
    public Binding {
      Map<String, List<Arg>> copy = new LinkedHashMap<>();
      named.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      named = java.util.Collections.unmodifiableMap(copy);
      positional = List.copyOf(positional);
      unresolved = List.copyOf(unresolved);
    }

    /** True when the parameter was given (a switch: and not {@code -Name:$false}). */
    public boolean has(String parameter) {
      List<Arg> v = named.get(parameter);
      return v != null && (v.isEmpty() || !isFalse(v.get(0)));
    }

    /** The values of a parameter; empty when not given. */
    public List<Arg> values(String parameter) {
      return named.getOrDefault(parameter, List.of());
    }

    /** The first value of the first of {@code parameters} that has one. */
    public Optional<Arg> value(String... parameters) {
      for (String p : parameters) {
        List<Arg> v = values(p);
        if (!v.isEmpty()) {
          return Optional.of(v.get(0));
        }
      }
      return Optional.empty();
    }

    private static boolean isFalse(Arg a) {
      String v = a.value().toLowerCase(Locale.ROOT);
      return !a.dynamic() && (v.equals("$false") || v.equals("false") || v.equals("0"));
    }
  }
}
