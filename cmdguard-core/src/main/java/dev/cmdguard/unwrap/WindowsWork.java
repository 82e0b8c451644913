package dev.cmdguard.unwrap;

import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.windows.Step;
import dev.cmdguard.unwrap.windows.WindowsContext;
import dev.cmdguard.unwrap.windows.WindowsScript;
import dev.cmdguard.unwrap.windows.WindowsScripts;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Walks what a Windows command line runs ({@link Unwrapper.Inner.Windows}): each step becomes an
 * invocation (and whatever it runs in turn, such as {@code cmd /c} inside PowerShell), with its
 * pipe, known standard input, redirections and working directory; what the parser could not follow
 * becomes an {@code UNSEEN_CODE} marker, so it never counts as harmless.
 */
final class WindowsWork {
  /** Traits of a step's own invocation, not inherited by what it runs. */
  private static final Set<Invocation.Trait> OWN =
      EnumSet.of(
          Invocation.Trait.READS_SCRIPT_FROM_STDIN,
          Invocation.Trait.SYNTHESIZED,
          Invocation.Trait.DYNAMIC_PROGRAM);

  private WindowsWork() {}

  static void run(Unwrapper.Inner.Windows w, InnerWork work) {
    Engine engine = work.walker().engine;
    Arg code;
    Frame.SpanMapping mapping;
    if (w.text().isEmpty()) {
      if (work.input().text().isEmpty()) {
        return; // the wrapper carries READS_SCRIPT_FROM_STDIN
      }
      code = Arg.of(work.input().text().get(), Span.NONE);
      mapping = work.input().mapping();
    } else {
      code = w.text().get();
      if (code.dynamic()) {
        work.dynamicCode(code, w.label(), w.traits());
        if (code.knownPrefix().isBlank()) {
          return; // nothing of it is known: the dynamic command says it all
        }
      }
      mapping = work.mapping(code);
    }
    ShellContext context = engine.context;
    WindowsScript script =
        WindowsScripts.parse(
            w.dialect(), code, WindowsContext.of(context.user(), context.variables()));
    Frame nested = work.frame().nested(w.label(), w.traits(), mapping);
    for (String problem : script.problems()) {
      engine.mark(
          AnalysisMarker.Kind.UNSEEN_CODE, problem, nested.map(new Span(0, code.value().length())));
    }
    int[] index = new int[script.steps().size()];
    for (int i = 0; i < index.length && !engine.stopped(); i++) {
      index[i] = engine.invocations.size();
      step(script.steps().get(i), nested, work, index);
    }
  }

  private static void step(Step step, Frame nested, InnerWork work, int[] index) {
    Engine engine = work.walker().engine;
    Frame frame = nested;
    for (String label : step.labels()) {
      frame = frame.wrapped(label, Set.of());
    }
    EnumSet<Invocation.Trait> inherited = EnumSet.noneOf(Invocation.Trait.class);
    EnumSet<Invocation.Trait> own = EnumSet.noneOf(Invocation.Trait.class);
    for (Invocation.Trait t : step.traits()) {
      (OWN.contains(t) ? own : inherited).add(t);
    }
    frame = frame.with(inherited);
    List<Arg> args = new ArrayList<>();
    Span span = Span.NONE;
    for (Arg a : step.argv()) {
      args.add(mapped(a, frame));
      if (!a.span().equals(Span.NONE)) {
        span = span.equals(Span.NONE) ? a.span() : span.union(a.span());
      }
    }
    List<ResolvedRedirect> redirects = new ArrayList<>();
    for (ResolvedRedirect r : step.redirects()) {
      redirects.add(
          new ResolvedRedirect(
              r.fd(),
              r.operator(),
              mapped(r.target(), frame),
              r.toDescriptor(),
              map(r.span(), frame)));
    }
    redirects.addAll(work.redirects());
    Scope scope = work.walker().scope.copy();
    if (step.directory().isEmpty()) {
      scope.cwd(Optional.empty());
    } else if (!step.directory().get().equals(".")) {
      scope.cwd(Directories.resolve(scope.cwd(), step.directory().get()));
    }
    Input input = input(step, frame, span, index, engine);
    if (!engine.canNest(frame, span)) {
      return;
    }
    work.walker().with(frame, scope).invoke(args, input, span, redirects, own);
  }

  private static Input input(Step step, Frame frame, Span span, int[] index, Engine engine) {
    Frame.SpanMapping whole = Frame.SpanMapping.whole(frame.map(span));
    if (step.stdinText().isPresent()) {
      String text = step.stdinText().get();
      return new Input(
          new Stdin.HereString(Arg.of(text, frame.map(span))), Optional.of(text), whole);
    }
    int from = step.pipeFrom();
    if (from >= 0 && from < index.length && index[from] < engine.invocations.size()) {
      Invocation producer = engine.invocations.get(index[from]);
      return new Input(new Stdin.Pipe(index[from], producer.program()), Optional.empty(), whole);
    }
    return Input.INHERITED;
  }

  private static Arg mapped(Arg a, Frame frame) {
    if (a.span().equals(Span.NONE)) {
      return a;
    }
    return new Arg(
        a.value(), a.dynamic(), a.knownPrefix(), a.glob(), a.producers(), frame.map(a.span()));
  }

  private static Span map(Span s, Frame frame) {
    return s.equals(Span.NONE) ? s : frame.map(s);
  }
}
