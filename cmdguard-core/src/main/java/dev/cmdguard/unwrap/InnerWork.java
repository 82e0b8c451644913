package dev.cmdguard.unwrap;

import dev.cmdguard.shell.Span;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Follows one piece of work a wrapper starts ({@link Unwrapper.Inner}): an argv run directly,
 * nested shell code, a script read from standard input, interpreter code, or code that cannot be
 * seen (a marker).
 */
final class InnerWork {
  private static final java.util.regex.Pattern SINGLE_EXPANSION =
      java.util.regex.Pattern.compile(
          "\\$\\{?[A-Za-z_][A-Za-z0-9_]*}?|\\$\\((?s).*\\)|`(?s).*`|<\\((?s).*\\)");
  private final Walker walker;
  private final Engine engine;
  private final Frame frame;
  private final Span span;
  private final List<ResolvedRedirect> redirects;
  private final Input input;

  InnerWork(Walker walker, Span span, List<ResolvedRedirect> redirects, Input input) {
    this.walker = walker;
    this.engine = walker.engine;
    this.frame = walker.frame;
    this.span = span;
    this.redirects = redirects;
    this.input = input;
  }

  void run(Unwrapper.Inner inner) {
    if (engine.stopped() || !engine.canNest(frame, span)) {
      return;
    }
    // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
    if (inner instanceof Unwrapper.Inner.Argv a) {
      argv(a);
    } else if (inner instanceof Unwrapper.Inner.Script s) {
      script(s);
    } else if (inner instanceof Unwrapper.Inner.StdinScript s) {
      stdinScript(s);
    } else if (inner instanceof Unwrapper.Inner.Code c) {
      InlineCodeWork.run(c, this);
    } else if (inner instanceof Unwrapper.Inner.Windows w) {
      WindowsWork.run(w, this);
    } else if (inner instanceof Unwrapper.Inner.Unseen u) {
      engine.mark(AnalysisMarker.Kind.UNSEEN_CODE, u.message(), frame.map(span));
    } else {
      throw new IllegalStateException("unexpected inner work: " + inner);
    }
  }

  void argv(Unwrapper.Inner.Argv a) {
    if (a.argv().isEmpty()) {
      return;
    }
    Scope scope = a.sameShell() ? walker.scope : walker.scope.copy();
    a.chdir().ifPresent(dir -> scope.cwd(Directories.resolve(scope.cwd(), dir)));
    Walker inner = walker.with(frame.wrapped(a.label(), a.traits()), scope);
    inner.invoke(a.argv(), input, span, redirects, Set.of());
  }

  void script(Unwrapper.Inner.Script s) {
    Arg text = s.text();
    Optional<String> file = engine.processOutput(text); // source <(echo …), bash <(echo …)
    if (file.isPresent()) {
      text = Arg.of(file.get(), text.span());
    }
    if (text.dynamic()) {
      dynamicCode(text, s.label(), s.traits());
      if (s.sameShell()) {
        walker.scope.forgetVariables(engine.context); // eval "$x" may assign anything
      }
      if (!looksParsable(text)) {
        return;
      }
    }
    Scope scope = s.sameShell() ? walker.scope : walker.scope.copy();
    s.positional().ifPresent(values -> scope.positional(values.subList(1, values.size())));
    if (!s.sameShell()) {
      // $0 of a new shell: the first word after the script (bash -c 'rm -rf $0' /), else unknown
      scope.assign("0", s.positional().map(values -> values.get(0)).orElse(null));
    }
    Frame nested = frame.nested(s.label(), s.traits(), mapping(text));
    engine.walkText(text.value(), nested, scope, input);
  }

  private void stdinScript(Unwrapper.Inner.StdinScript s) {
    if (input.text().isEmpty()) {
      return;
    }
    String code = input.text().get();
    if (s.language().isPresent()) {
      InlineCodeWork.run(
          new Unwrapper.Inner.Code(s.language().get(), Arg.of(code, frame.map(span)), s.label()),
          this);
      return;
    }
    Frame nested = frame.nested(s.label(), s.traits(), input.mapping());
    engine.walkText(code, nested, walker.scope.copy(), Input.INHERITED);
  }

  /**
   * Records code whose text is not statically known as an invocation of an unknown program, so the
   * detect stage sees a dynamic command ({@code eval "$x"}, {@code sh -c "$(curl …)"}).
   */
  void dynamicCode(Arg text, String label, Set<Invocation.Trait> traits) {
    EnumSet<Invocation.Trait> all = EnumSet.of(Invocation.Trait.DYNAMIC_PROGRAM);
    all.addAll(frame.traits());
    all.addAll(traits);
    Frame inner = frame.wrapped(label, traits);
    engine.add(
        new Invocation(
            text.value(),
            List.of(text),
            walker.scope.cwd(),
            inner.origin(),
            text.span().equals(Span.NONE) ? frame.map(span) : text.span(),
            input.stdin(),
            redirects,
            all));
  }

  /**
   * True when the known text of dynamic code is worth parsing as well: {@code bash -c "cat .env;
   * echo $X"} must not hide {@code cat .env} behind the unknown {@code $X}. Its unknown parts are
   * written as in the source, so they parse as the same expansions again, still unknown. This only
   * adds invocations: the dynamic command stays reported. Code that is nothing but one expansion
   * ({@code eval "$x"}) has nothing more to show.
   */
  private static boolean looksParsable(Arg text) {
    String v = text.value().strip();
    boolean placeholder = v.startsWith("{") && v.endsWith("}"); // xargs/find items, not source
    return !v.isEmpty() && !placeholder && !SINGLE_EXPANSION.matcher(v).matches();
  }

  /** Where the text of an argument stands in the original text, for nested-script spans. */
  Frame.SpanMapping mapping(Arg text) {
    Span at = text.span();
    String raw = at.of(engine.root());
    if (at.equals(Span.NONE)) {
      return Frame.SpanMapping.whole(frame.map(span));
    }
    if (raw.equals(text.value())) {
      return Frame.SpanMapping.verbatim(at.start());
    }
    if (raw.length() >= 2 && raw.substring(1, raw.length() - 1).equals(text.value())) {
      return Frame.SpanMapping.verbatim(at.start() + 1);
    }
    return Frame.SpanMapping.whole(at);
  }

  Walker walker() {
    return walker;
  }

  Frame frame() {
    return frame;
  }

  Span span() {
    return span;
  }

  Input input() {
    return input;
  }

  List<ResolvedRedirect> redirects() {
    return redirects;
  }
}
