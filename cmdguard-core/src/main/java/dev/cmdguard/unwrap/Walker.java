package dev.cmdguard.unwrap;

import dev.cmdguard.shell.Assignment;
import dev.cmdguard.shell.Command;
import dev.cmdguard.shell.Script;
import dev.cmdguard.shell.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Walks the commands of one script text in one frame: lists, pipelines and compound commands in the
 * order bash runs them, tracking variables and the working directory in the {@link Scope}. Each
 * command returns its standard output when that is statically known ({@code echo rm}), so that
 * pipes into shells and command substitutions can be followed.
 */
final class Walker {
  private static final int MAX_LOOP_VALUES = 8;

  final Engine engine;
  final String source;
  final Frame frame;
  final Scope scope;

  Walker(Engine engine, String source, Frame frame, Scope scope) {
    this.engine = engine;
    this.source = source;
    this.frame = frame;
    this.scope = scope;
  }

  Walker with(Frame other, Scope otherScope) {
    return new Walker(engine, source, other, otherScope);
  }

  /** Runs a list; returns the concatenated output when every command's output is known. */
  Optional<String> script(Script script, Input input) {
    StringBuilder out = new StringBuilder();
    boolean known = true;
    for (Command command : script.commands()) {
      Optional<String> o = command(command, input);
      known &= o.isPresent();
      o.ifPresent(out::append);
    }
    return known ? Optional.of(out.toString()) : Optional.empty();
  }

  Optional<String> command(Command command, Input input) {
    if (engine.stopped()) {
      return Optional.empty();
    }
    // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
    if (command instanceof Command.Simple s) {
      return new SimpleCommands(this).run(s, input);
    }
    if (command instanceof Command.Pipeline p) {
      return pipeline(p, input);
    }
    if (command instanceof Command.AndOr a) {
      command(a.left(), input);
      command(a.right(), input);
      return Optional.empty();
    }
    if (command instanceof Command.Background b) {
      with(frame.with(Set.of(Invocation.Trait.BACKGROUND)), scope).command(b.command(), input);
      return Optional.empty();
    }
    if (command instanceof Command.Negation n) {
      return command(n.command(), input);
    }
    if (command instanceof Command.Subshell s) {
      return with(frame, scope.copy()).script(s.body(), input);
    }
    if (command instanceof Command.Group g) {
      return script(g.body(), input);
    }
    if (command instanceof Command.If i) {
      return conditional(i, input);
    }
    if (command instanceof Command.Loop l) {
      script(l.condition(), input);
      script(l.body(), input);
      return Optional.empty();
    }
    if (command instanceof Command.For f) {
      return forLoop(f, input);
    }
    if (command instanceof Command.ArithmeticFor f) {
      f.substitutions().forEach(sub -> substitution(sub, false));
      script(f.body(), input);
      return Optional.empty();
    }
    if (command instanceof Command.Case c) {
      return caseCommand(c, input);
    }
    if (command instanceof Command.FunctionDefinition f) {
      scope.define(f.name(), f.body());
      return Optional.of("");
    }
    if (command instanceof Command.Arithmetic a) {
      a.substitutions().forEach(sub -> substitution(sub, false));
      return Optional.of("");
    }
    if (command instanceof Command.Test t) {
      expander().expandAll(t.words());
      return Optional.of("");
    }
    if (command instanceof Command.Redirected r && r.body() instanceof Command.Pipeline) {
      return pipeline(new Command.Pipeline(stages(r), List.of(), r.span()), input);
    }
    if (command instanceof Command.Redirected r) {
      return redirected(r, input);
    }
    if (command instanceof Command.Unparsed) {
      return Optional.empty();
    }
    throw new IllegalStateException("unexpected command: " + command);
  }

  /**
   * The stages of a pipeline, flattened: a nested pipeline's stages are stages of the outer one,
   * and redirections written after a pipeline belong to its last stage ({@code cat a | sort > out}
   * redirects only {@code sort}; bash manual, "Pipelines"), whatever grouping the tree has.
   */
  static List<Command> stages(Command command) {
    if (command instanceof Command.Pipeline p) {
      return p.commands().stream().flatMap(c -> stages(c).stream()).toList();
    }
    if (command instanceof Command.Redirected r && r.body() instanceof Command.Pipeline p) {
      List<Command> inner = new ArrayList<>(stages(p));
      Command last = inner.remove(inner.size() - 1);
      inner.add(new Command.Redirected(last, r.redirections(), last.span().union(r.span())));
      return inner;
    }
    return List.of(command);
  }

  private Optional<String> pipeline(Command.Pipeline pipeline, Input input) {
    Input next = input;
    Optional<String> out = Optional.empty();
    List<Command> stages = stages(pipeline);
    for (int i = 0; i < stages.size(); i++) {
      int before = engine.invocations.size();
      out = command(stages.get(i), next);
      if (i + 1 < stages.size()) {
        next = pipeInput(before, out);
      }
    }
    return out;
  }

  /** The input of the next pipeline stage: the first invocation the previous stage started. */
  private Input pipeInput(int producerIndex, Optional<String> text) {
    if (producerIndex >= engine.invocations.size()) {
      return new Input(new Stdin.Inherited(), text, Frame.SpanMapping.verbatim(0));
    }
    String program = engine.invocations.get(producerIndex).program();
    Frame.SpanMapping mapping =
        Frame.SpanMapping.whole(engine.invocations.get(producerIndex).span());
    return new Input(new Stdin.Pipe(producerIndex, program), text, mapping);
  }

  private Optional<String> conditional(Command.If command, Input input) {
    for (Command.Branch branch : command.branches()) {
      script(branch.condition(), input);
      script(branch.body(), input);
    }
    command.elseBody().ifPresent(body -> script(body, input));
    return Optional.empty();
  }

  private Optional<String> forLoop(Command.For loop, Input input) {
    List<Arg> values = loop.values().map(words -> expander().expandAll(words)).orElse(List.of());
    boolean known =
        loop.values().isPresent()
            && values.size() <= MAX_LOOP_VALUES
            && values.stream().allMatch(a -> !a.dynamic());
    if (!known) {
      scope.assign(loop.variable(), null);
      script(loop.body(), input);
      return Optional.empty();
    }
    for (Arg value : values) {
      scope.assign(loop.variable(), value.value());
      script(loop.body(), input);
    }
    return Optional.empty();
  }

  private Optional<String> caseCommand(Command.Case command, Input input) {
    expander().expand(command.subject());
    for (Command.CaseItem item : command.items()) {
      expander().expandAll(item.patterns());
      script(item.body(), input);
    }
    return Optional.empty();
  }

  private Optional<String> redirected(Command.Redirected command, Input input) {
    Redirects redirects = Redirects.resolve(command.redirections(), expander(), source, frame);
    Walker inner = with(frame.redirected(redirects.resolved()), scope);
    return inner.command(command.body(), redirects.input().orElse(input));
  }

  /** The expander for this walker's scope and frame. */
  Expander expander() {
    return expander(scope);
  }

  Expander expander(Scope s) {
    return new Expander(
        engine.context,
        s,
        source,
        frame,
        new Expander.Substitutions() {
          @Override
          public Expander.Output run(Script body, Span span, boolean process) {
            Expander.Output out = substitution(body, process);
            out.text()
                .filter(text -> process)
                .ifPresent(text -> engine.processOutput(span.of(source), frame.map(span), text));
            return out;
          }

          @Override
          public Optional<String> processOutput(Arg file) {
            return engine.processOutput(file);
          }
        });
  }

  /**
   * Runs a substitution's body in a subshell; returns what is known of its output: with trailing
   * newlines removed for a command substitution, as it is for a process substitution.
   */
  Expander.Output substitution(Script body, boolean process) {
    Frame sub = frame.substituted();
    if (!engine.canSubstitute(sub, body.span())) {
      return new Expander.Output(List.of(), Optional.empty());
    }
    int before = engine.invocations.size();
    Optional<String> out = with(sub, scope.copy()).script(body, Input.INHERITED);
    List<String> producers = new ArrayList<>();
    for (int i = before; i < engine.invocations.size(); i++) {
      Invocation inv = engine.invocations.get(i);
      if (!producers.contains(inv.program())) {
        producers.add(inv.program());
      }
    }
    Optional<String> text = process ? out : out.map(Walker::chompNewlines);
    return new Expander.Output(producers, text);
  }

  private static String chompNewlines(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '\n') {
      end--;
    }
    return s.substring(0, end);
  }

  /** Assigns {@code NAME=value} pairs in this scope (or the given one). */
  void assign(List<Assignment> assignments, Scope target) {
    for (Assignment a : assignments) {
      Arg value = expander().expandSingle(a.value());
      String name = a.name();
      if (a.array() || name.contains("[")) {
        target.assign(name.contains("[") ? name.substring(0, name.indexOf('[')) : name, null);
      } else if (value.dynamic()) {
        target.assign(name, null);
      } else if (a.append()) {
        Optional<String> old = target.lookup(name);
        target.assign(name, old == null ? null : old.get() + value.value());
      } else {
        target.assign(name, value.value());
      }
    }
  }

  /** Walks the bodies of functions that were defined but never called. */
  void flushFunctions() {
    for (var entry : List.copyOf(scope.functions().entrySet())) {
      if (engine.stopped()) {
        return;
      }
      String label = entry.getKey() + "()";
      if (!engine.ranFunctions.contains(entry.getValue())) {
        Frame body = frame.wrapped(label, Set.of(Invocation.Trait.FUNCTION_BODY));
        engine.ranFunctions.add(entry.getValue());
        engine.runningFunctions.add(entry.getValue());
        with(body, scope.copy()).command(entry.getValue(), Input.INHERITED);
        engine.runningFunctions.remove(entry.getValue());
      }
    }
  }

  /** Runs an argv; see {@link SimpleCommands#invoke}. */
  Optional<String> invoke(
      List<Arg> args,
      Input input,
      Span span,
      List<ResolvedRedirect> redirects,
      Set<Invocation.Trait> extra) {
    return new SimpleCommands(this).invoke(args, input, span, redirects, extra);
  }
}
