package dev.cmdguard.unwrap;

import dev.cmdguard.shell.BashParser;
import dev.cmdguard.shell.Command;
import dev.cmdguard.shell.Deadline;
import dev.cmdguard.shell.ParseResult;
import dev.cmdguard.shell.Script;
import dev.cmdguard.shell.Span;
import dev.cmdguard.shell.SyntaxError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks a parsed script the way bash would run it and records every invocation (stage 2). One
 * engine serves one evaluation: it holds the output list, the markers and the limits.
 */
final class Engine {
  /** Bound on the invocations of one evaluation, so hostile input cannot exhaust memory. */
  static final int MAX_INVOCATIONS = 10_000;

  final ShellContext context;
  private String root = "";
  final List<Invocation> invocations = new ArrayList<>();
  final List<AnalysisMarker> markers = new ArrayList<>();

  /**
   * Function bodies being run and those that ran, by identity: a call of a body already running is
   * recursion and is not followed, while a function that redefines itself ({@code f() { f() { rm
   * -rf /; }; f; }; f}) runs its new body; a body that never ran is walked at the end.
   */
  final Set<Command> runningFunctions = Collections.newSetFromMap(new IdentityHashMap<>());

  final Set<Command> ranFunctions = Collections.newSetFromMap(new IdentityHashMap<>());

  /**
   * The statically known output of process substitutions, by the argument they became (its text and
   * span): what {@code source <(echo …)}, {@code bash <(echo …)} and {@code bash < <(echo …)} read
   * as their script (SPEC section 2).
   */
  private final Map<Arg, String> processOutputs = new HashMap<>();

  private final long deadline;

  /**
   * Parsing may use three quarters of the budget; the rest is left to walk what was parsed, so that
   * a command read before a cut ({@code rm -rf /} before deep backquotes whose re-parsing runs out
   * of time) is still judged.
   */
  private final long parseDeadline;

  private boolean stopped;
  private boolean outOfTime;

  Engine(ShellContext context) {
    this.context = context;
    long start = context.nanoClock().getAsLong();
    this.deadline = start + context.budget().toNanos();
    this.parseDeadline = start + context.budget().toNanos() / 4 * 3;
  }

  /** Parses and walks the top-level text. */
  UnwrapResult run(String text) {
    root = text;
    if (text.length() > context.maxScriptChars()) {
      mark(
          AnalysisMarker.Kind.SIZE_LIMIT,
          "the command is "
              + text.length()
              + " characters, over the "
              + context.maxScriptChars()
              + " analysed",
          new Span(0, 0));
      return new UnwrapResult(
          new ParseResult(text, Script.empty(Span.NONE), List.of()), invocations, markers);
    }
    ParseResult parse = BashParser.parse(text, parseDeadline());
    Scope scope = Scope.initial(context);
    walkParsed(parse, Frame.top(), scope, Input.INHERITED);
    new Walker(this, text, Frame.top(), scope).flushFunctions();
    return new UnwrapResult(parse, invocations, markers);
  }

  /** Walks a directly executed argv (no shell parses it). */
  UnwrapResult runArgv(List<String> argv) {
    String text = String.join(" ", argv);
    root = text;
    ParseResult none = new ParseResult(text, Script.empty(new Span(0, text.length())), List.of());
    if (argv.isEmpty()) {
      return new UnwrapResult(none, invocations, markers);
    }
    List<Arg> args = new ArrayList<>();
    int offset = 0;
    for (String a : argv) {
      args.add(Arg.of(a, new Span(offset, offset + a.length())));
      offset += a.length() + 1;
    }
    Walker walker = new Walker(this, text, Frame.top(), Scope.initial(context));
    walker.invoke(args, Input.INHERITED, new Span(0, text.length()), List.of(), Set.of());
    return new UnwrapResult(none, invocations, markers);
  }

  /** Parses nested code and walks it in {@code frame}; syntax errors become markers. */
  void walkText(String code, Frame frame, Scope scope, Input input) {
    if (code.length() > context.maxScriptChars()) {
      mark(
          AnalysisMarker.Kind.SIZE_LIMIT,
          "nested script over the size limit",
          frame.map(Span.NONE));
      return;
    }
    if (stopped()) {
      return;
    }
    walkParsed(BashParser.parse(code, parseDeadline()), frame, scope, input);
  }

  /** Parsing counts against the time budget too (three quarters of it). */
  private Deadline parseDeadline() {
    return new Deadline(context.nanoClock(), parseDeadline);
  }

  /** Remembers the output of the process substitution {@code text} at {@code span}. */
  void processOutput(String text, Span span, String output) {
    processOutputs.put(key(text, span), output);
  }

  /**
   * The text a program reads from the file {@code arg} names, when {@code arg} is a whole process
   * substitution whose output is statically known ({@code <(echo 'rm -rf /')}).
   */
  Optional<String> processOutput(Arg arg) {
    return arg.dynamic()
        ? Optional.ofNullable(processOutputs.get(key(arg.value(), arg.span())))
        : Optional.empty();
  }

  private static Arg key(String text, Span span) {
    return Arg.dynamic(text, "", List.of(), span);
  }

  /** The original command text (spans of every invocation point into it). */
  String root() {
    return root;
  }

  private void walkParsed(ParseResult parse, Frame frame, Scope scope, Input input) {
    for (SyntaxError error : parse.errors()) {
      if (error.message().equals(BashParser.OUT_OF_TIME)) {
        markOutOfTime(); // the walk goes on with what was parsed, until the budget ends
        continue;
      }
      mark(
          AnalysisMarker.Kind.PARSE_ERROR,
          "syntax error at " + error.line() + ":" + error.column() + ": " + error.message(),
          frame.map(error.span()));
    }
    new Walker(this, parse.source(), frame, scope).script(parse.script(), input);
  }

  /** Adds an invocation; returns its index. */
  int add(Invocation invocation) {
    invocations.add(invocation);
    if (invocations.size() >= MAX_INVOCATIONS && !stopped) {
      stop(AnalysisMarker.Kind.SIZE_LIMIT, "more than " + MAX_INVOCATIONS + " invocations");
    }
    return invocations.size() - 1;
  }

  void mark(AnalysisMarker.Kind kind, String message, Span span) {
    markers.add(new AnalysisMarker(kind, message, span));
  }

  /** True once a limit was hit: the walk stops adding work. Checks the time budget on each call. */
  boolean stopped() {
    if (!stopped && context.nanoClock().getAsLong() - deadline > 0) {
      stopOutOfTime();
    }
    return stopped;
  }

  private void stopOutOfTime() {
    markOutOfTime();
    stopped = true;
  }

  /** Records the time limit once, whether parsing or the walk reached it. */
  private void markOutOfTime() {
    if (!outOfTime) {
      outOfTime = true;
      mark(
          AnalysisMarker.Kind.TIME_LIMIT,
          "the analysis ran over its time budget of " + context.budget().toMillis() + " ms",
          Span.NONE);
    }
  }

  private void stop(AnalysisMarker.Kind kind, String message) {
    stopped = true;
    mark(kind, message, Span.NONE);
  }

  /**
   * True when the substitution frame {@code sub} is within the depth limit; otherwise records the
   * limit: its body is not walked, and the substitution's output is unknown.
   */
  boolean canSubstitute(Frame sub, Span span) {
    if (sub.substitutions() > context.maxDepth()) {
      mark(
          AnalysisMarker.Kind.DEPTH_LIMIT,
          "command substitutions nested deeper than " + context.maxDepth() + " levels",
          sub.map(span));
      return false;
    }
    return true;
  }

  /** True when one more nesting level is allowed; otherwise records the limit. */
  boolean canNest(Frame frame, Span span) {
    if (frame.depth() + 1 > context.maxDepth()) {
      mark(
          AnalysisMarker.Kind.DEPTH_LIMIT,
          "nesting deeper than "
              + context.maxDepth()
              + " levels ("
              + String.join(" → ", frame.origin())
              + ")",
          frame.map(span));
      return false;
    }
    return true;
  }
}
