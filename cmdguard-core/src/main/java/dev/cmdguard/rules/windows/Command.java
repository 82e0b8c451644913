package dev.cmdguard.rules.windows;

import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.windows.Cmdlets;
import dev.cmdguard.unwrap.windows.Names;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One invocation as the windows rules read it: its index, the lower-case cmdlet or program name
 * ({@code Remove-Item} written bare gives {@code remove-item}, {@code FORMAT.COM} gives {@code
 * format}), its arguments, and for a cmdlet the arguments bound to parameters.
 *
 * @param index the invocation's index
 * @param inv the invocation
 * @param name the lower-case cmdlet or program name
 * @param bound the arguments bound to the cmdlet's parameters (for a program, all positional)
 */
record Command(int index, Invocation inv, String name, Cmdlets.Binding bound) {

  static Command of(int index, Invocation inv) {
    String lower = inv.program().toLowerCase(Locale.ROOT);
    String name = Cmdlets.known(lower) ? lower : Names.base(inv.program());
    return new Command(index, inv, name, Cmdlets.bind(name, inv.args()));
  }

  List<Arg> args() {
    return inv.args();
  }

  /** The arguments' values in lower case. */
  List<String> lower() {
    return inv.args().stream().map(a -> a.value().toLowerCase(Locale.ROOT)).toList();
  }

  /** The arguments' values in lower case, joined by blanks. */
  String joined() {
    return String.join(" ", lower());
  }

  /** True when a parameter (documented name) was given, or a flag written ({@code /s}). */
  boolean has(String parameter) {
    return bound.has(parameter);
  }

  Optional<Arg> value(String... parameters) {
    return bound.value(parameters);
  }

  /** The first argument whose lower-case value is {@code flag}, case-insensitively. */
  Optional<Arg> flag(String flag) {
    return inv.args().stream().filter(a -> a.value().equalsIgnoreCase(flag)).findFirst();
  }

  /** How a message names the command: {@code Remove-Item}, {@code vssadmin}. */
  String shown() {
    return Cmdlets.display(name);
  }

  /** True when a cmdlet parameter holds a true value ({@code $true}, {@code 1}, given alone). */
  boolean isTrue(String parameter) {
    List<Arg> v = bound.values(parameter);
    if (!bound.named().containsKey(parameter)) {
      return false;
    }
    if (v.isEmpty()) {
      return true;
    }
    String x = v.get(0).value().toLowerCase(Locale.ROOT);
    return v.get(0).dynamic() || x.equals("$true") || x.equals("true") || x.equals("1");
  }
}
