package dev.cmdguard.unwrap;

import java.util.List;
import java.util.Optional;

/**
 * The builtins that change what later commands mean (bash manual, "Bourne Shell Builtins", "Bash
 * Builtin Commands"): {@code cd}, {@code pushd}, {@code popd} move the working directory;
 * declaration builtins and {@code unset} change variables; {@code set --} and {@code shift} change
 * the positional parameters; {@code read} and friends make variables unknown.
 */
final class Builtins {
  private Builtins() {}

  static void apply(String program, List<Arg> args, Scope scope, ShellContext context) {
    List<Arg> operands = args.subList(1, args.size());
    switch (program) {
      case "cd" -> scope.cwd(target(operands, scope, context));
      case "pushd" -> {
        if (operands.isEmpty()) {
          scope.pushd(Optional.empty());
        } else {
          scope.pushd(target(operands, scope, context));
        }
      }
      case "popd" -> scope.popd();
      case "export", "declare", "typeset", "local", "readonly" -> declare(operands, scope);
      case "unset" ->
          operands.stream()
              .filter(a -> !a.value().startsWith("-"))
              .forEach(a -> scope.unset(a.value()));
      case "set" -> set(operands, scope);
      case "shift" -> scope.positionalUnknown();
      case "read", "mapfile", "readarray", "getopts" ->
          operands.stream()
              .filter(a -> a.isLiteral() && a.value().matches("[A-Za-z_][A-Za-z0-9_]*"))
              .forEach(a -> scope.assign(a.value(), null));
      case "source", "." -> {
        scope.positionalUnknown(); // the sourced file may set any variable
        scope.forgetVariables(context);
      }
      default -> {}
    }
  }

  private static Optional<String> target(List<Arg> operands, Scope scope, ShellContext context) {
    List<Arg> dirs =
        operands.stream().filter(a -> !(a.isLiteral() && a.value().matches("-[LPe@]+"))).toList();
    if (dirs.isEmpty()) {
      Optional<String> home = scope.lookup("HOME");
      return Optional.of(home == null ? context.home() : home.get());
    }
    Arg dir = dirs.get(0);
    if (dir.dynamic() || dir.glob() || dir.value().equals("-") || dir.value().isEmpty()) {
      return Optional.empty();
    }
    return Directories.resolve(scope.cwd(), dir.value());
  }

  private static void declare(List<Arg> operands, Scope scope) {
    for (Arg a : operands) {
      String text = a.dynamic() ? a.knownPrefix() : a.value();
      int eq = text.indexOf('=');
      if (text.startsWith("-") || text.startsWith("+") || eq <= 0) {
        continue;
      }
      String name = text.substring(0, eq);
      boolean append = name.endsWith("+");
      if (append) {
        name = name.substring(0, name.length() - 1);
      }
      if (!name.matches("[A-Za-z_][A-Za-z0-9_]*") || a.dynamic() || append) {
        scope.assign(name, null);
      } else {
        scope.assign(name, text.substring(eq + 1));
      }
    }
  }

  private static void set(List<Arg> operands, Scope scope) {
    int dash = -1;
    for (int i = 0; i < operands.size(); i++) {
      if (operands.get(i).value().equals("--")) {
        dash = i;
        break;
      }
    }
    if (dash < 0) {
      return;
    }
    List<Arg> values = operands.subList(dash + 1, operands.size());
    if (values.stream().anyMatch(Arg::dynamic)) {
      scope.positionalUnknown();
    } else {
      scope.positional(values.stream().map(Arg::value).toList());
    }
  }
}
