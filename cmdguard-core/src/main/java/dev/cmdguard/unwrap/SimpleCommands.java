package dev.cmdguard.unwrap;

import dev.cmdguard.shell.Command;
import dev.cmdguard.shell.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs simple commands: expands their words, records the invocation, applies the builtins that
 * change the walk's state ({@code cd}, {@code export}, {@code set --} …), and follows what wrappers
 * run inside (bash manual, "Simple Command Expansion", "Command Search and Execution").
 */
final class SimpleCommands {
  private final Walker walker;
  private final Engine engine;
  private final Scope scope;
  private final Frame frame;

  SimpleCommands(Walker walker) {
    this.walker = walker;
    this.engine = walker.engine;
    this.scope = walker.scope;
    this.frame = walker.frame;
  }

  Optional<String> run(Command.Simple command, Input input) {
    if (command.words().isEmpty()) {
      walker.assign(command.assignments(), scope);
      return redirectOnly(command, input);
    }
    Scope expansion = scope;
    if (!command.assignments().isEmpty()) {
      expansion = scope.copy();
      Scope fresh = scope.copy();
      walker.assign(command.assignments(), fresh);
      for (var a : command.assignments()) {
        if (scope.lookup(a.name()) == null) {
          Optional<String> v = fresh.lookup(a.name());
          expansion.assign(a.name(), v == null ? null : v.get());
        }
      }
    }
    Expander expander = walker.expander(expansion);
    List<Arg> args = expander.expandAll(command.words());
    Redirects redirects = Redirects.resolve(command.redirections(), expander, walker.source, frame);
    List<ResolvedRedirect> all = new ArrayList<>(frame.redirects());
    all.addAll(redirects.resolved());
    Input in = redirects.input().orElse(input);
    if (args.isEmpty()) {
      return Optional.of("");
    }
    return invoke(args, in, command.span(), all, Set.of());
  }

  private Optional<String> redirectOnly(Command.Simple command, Input input) {
    if (command.redirections().isEmpty()) {
      return Optional.of("");
    }
    Redirects redirects =
        Redirects.resolve(command.redirections(), walker.expander(), walker.source, frame);
    List<ResolvedRedirect> all = new ArrayList<>(frame.redirects());
    all.addAll(redirects.resolved());
    engine.add(
        new Invocation(
            "",
            List.of(),
            scope.cwd(),
            frame.origin(),
            frame.map(command.span()),
            redirects.input().orElse(input).stdin(),
            all,
            frame.traits()));
    return Optional.of("");
  }

  /**
   * Records the invocation of {@code args} and everything it runs inside.
   *
   * @return its standard output when statically known
   */
  Optional<String> invoke(
      List<Arg> args,
      Input input,
      Span span,
      List<ResolvedRedirect> redirects,
      Set<Invocation.Trait> extra) {
    Arg first = args.get(0);
    Optional<Command> function =
        first.isLiteral() ? scope.function(first.value()) : Optional.empty();
    if (function.isPresent() && !engine.runningFunctions.contains(function.get())) {
      return callFunction(first.value(), function.get(), args, input);
    }
    boolean dynamic = !first.isLiteral();
    String program = dynamic ? first.value() : programName(first.value());
    Unwrapper.Call call = new Unwrapper.Call(program, args, input, scope.cwd());
    Unwrapper.Unwrapped unwrapped = dynamic ? Unwrapper.Unwrapped.NONE : Unwrappers.unwrap(call);
    EnumSet<Invocation.Trait> traits = EnumSet.noneOf(Invocation.Trait.class);
    traits.addAll(frame.traits());
    traits.addAll(extra);
    traits.addAll(unwrapped.traits());
    if (dynamic) {
      traits.add(Invocation.Trait.DYNAMIC_PROGRAM);
    }
    engine.add(
        new Invocation(
            program,
            args,
            scope.cwd(),
            frame.origin(),
            frame.map(span),
            input.stdin(),
            redirects,
            traits));
    Builtins.apply(program, args, scope, engine.context);
    for (Unwrapper.Inner inner : unwrapped.inner()) {
      new InnerWork(walker, span, redirects, input).run(inner);
    }
    if (redirects.stream().anyMatch(r -> r.fd() == 1 && r.writesFile())) {
      return Optional.of("");
    }
    return StaticOutput.of(program, args, input.text());
  }

  private Optional<String> callFunction(String name, Command body, List<Arg> args, Input input) {
    Frame inner = frame.wrapped(name + "()", Set.of());
    Scope callScope = scope;
    if (args.stream().skip(1).noneMatch(Arg::dynamic)) {
      callScope.positional(args.stream().skip(1).map(Arg::value).toList());
    } else {
      callScope.positionalUnknown();
    }
    if (!engine.canNest(frame, Span.NONE)) {
      return Optional.empty();
    }
    engine.ranFunctions.add(body);
    engine.runningFunctions.add(body);
    try {
      return walker.with(inner, callScope).command(body, input);
    } finally {
      engine.runningFunctions.remove(body);
    }
  }

  /**
   * The last path segment of a command name: {@code /usr/bin/rm} and {@code ./rm} give {@code rm}.
   */
  static String programName(String name) {
    String trimmed = name;
    while (trimmed.length() > 1 && trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    int slash = trimmed.lastIndexOf('/');
    return slash < 0 ? trimmed : trimmed.substring(slash + 1);
  }
}
