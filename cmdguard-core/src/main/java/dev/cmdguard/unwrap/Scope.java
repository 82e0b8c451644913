package dev.cmdguard.unwrap;

import dev.cmdguard.shell.Command;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mutable state of one shell execution environment while the unwrapper walks a script: known
 * variables, the working directory, the directory stack, defined functions and positional
 * parameters. A subshell, command substitution or nested shell works on a {@link #copy()} so that
 * its {@code cd} and assignments do not leak out (bash manual, "Command Execution Environment"). A
 * copy costs little whatever the scope holds ({@link Bindings}, a shared directory stack).
 */
final class Scope {
  /** A pushed directory and the stack below it; shared by copies, never changed. */
  private record Pushed(Optional<String> dir, Pushed below) {}

  /** A variable that is known to be unset expands to nothing; one that is absent is unknown. */
  private final Bindings<Optional<String>> variables;

  private final Bindings<Command> functions;
  private Pushed dirStack;
  private Optional<String> cwd;
  private List<String> positional;
  private boolean positionalKnown;

  private Scope(
      Bindings<Optional<String>> variables,
      Bindings<Command> functions,
      Pushed dirStack,
      Optional<String> cwd,
      List<String> positional,
      boolean positionalKnown) {
    this.variables = variables;
    this.functions = functions;
    this.dirStack = dirStack;
    this.cwd = cwd;
    this.positional = positional;
    this.positionalKnown = positionalKnown;
  }

  /** The top-level scope: the context's variables, {@code HOME}, {@code USER}, {@code PWD}. */
  static Scope initial(ShellContext context) {
    Bindings<Optional<String>> vars = new Bindings<>();
    vars.put("HOME", Optional.of(context.home()));
    vars.put("USER", Optional.of(context.user()));
    vars.put("LOGNAME", Optional.of(context.user()));
    context.variables().forEach((k, v) -> vars.put(k, Optional.of(v)));
    return new Scope(vars, new Bindings<>(), null, Optional.of(context.cwd()), List.of(), false);
  }

  /** An independent copy for a subshell or nested shell. */
  Scope copy() {
    return new Scope(
        variables.copy(), functions.copy(), dirStack, cwd, positional, positionalKnown);
  }

  /**
   * The value of a variable: present and non-empty Optional when known, {@code Optional.of("")}
   * when known unset or empty, {@code null} when unknown.
   */
  Optional<String> lookup(String name) {
    if (name.equals("PWD")) {
      return cwd.isPresent() ? cwd : null;
    }
    if (!name.isEmpty() && name.chars().allMatch(Character::isDigit) && !name.equals("0")) {
      int index = Integer.parseInt(name.length() > 6 ? "999999" : name);
      if (positionalKnown) {
        return Optional.of(index <= positional.size() ? positional.get(index - 1) : "");
      }
      return null;
    }
    if (name.equals("#") && positionalKnown) {
      return Optional.of(Integer.toString(positional.size()));
    }
    Optional<String> value = variables.get(name);
    return value == null ? null : Optional.of(value.orElse(""));
  }

  /** Sets a variable to a known value, or to unknown when {@code value} is null. */
  void assign(String name, String value) {
    if (value == null) {
      variables.remove(name);
    } else {
      variables.put(name, Optional.of(value));
    }
  }

  /** Marks a variable as unset (it now expands to nothing). */
  void unset(String name) {
    variables.put(name, Optional.empty());
  }

  /**
   * Makes every variable unknown (after something the unwrapper cannot follow, such as {@code
   * source}).
   */
  void forgetVariables(ShellContext context) {
    variables.clear();
    variables.put("HOME", Optional.of(context.home()));
  }

  Optional<String> cwd() {
    return cwd;
  }

  void cwd(Optional<String> dir) {
    cwd = dir;
  }

  void pushd(Optional<String> dir) {
    dirStack = new Pushed(cwd, dirStack);
    cwd = dir;
  }

  void popd() {
    if (dirStack == null) {
      cwd = Optional.empty();
    } else {
      cwd = dirStack.dir();
      dirStack = dirStack.below();
    }
  }

  void define(String name, Command body) {
    functions.put(name, body);
  }

  Optional<Command> function(String name) {
    return Optional.ofNullable(functions.get(name));
  }

  /** Every function defined, by name (a new map: costs their number). */
  Map<String, Command> functions() {
    return functions.toMap();
  }

  /** Sets {@code $1 …} to known values ({@code bash -c 'script' arg0 arg1 …}). */
  void positional(List<String> values) {
    positional = List.copyOf(values);
    positionalKnown = true;
  }

  /** Makes the positional parameters unknown. */
  void positionalUnknown() {
    positional = new ArrayList<>();
    positionalKnown = false;
  }
}
