package dev.cmdguard.unwrap.inline;

import dev.cmdguard.unwrap.inline.Token.Segment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One analysis in progress: the variables bound so far, the effects found, whether something could
 * not be followed, and the limits that keep any input linear and the stack shallow.
 */
final class Analysis {
  /** Deepest nesting of expressions, interpolations and evaluated code together. */
  static final int MAX_DEPTH = 150;

  /** Deepest nesting of code run from strings ({@code exec('exec(…)')}). */
  static final int MAX_EVAL = 4;

  private static final String TOO_DEEP = "nesting deeper than " + MAX_DEPTH;

  private final Map<String, Val> vars = new HashMap<>();
  private final java.util.Set<String> shadowed = new java.util.HashSet<>();
  private final Effects effects = new Effects();
  private final Semantics semantics;
  private String opaqueReason = "";
  private long budget;
  private int depth;
  private int evalDepth;
  private int override = -1;

  Analysis(Language language, int codeLength) {
    this.budget = Math.max(1L << 20, 4L * codeLength);
    this.semantics =
        switch (language) {
          case PYTHON -> new PythonSemantics(this);
          case JAVASCRIPT -> new JsSemantics(this);
          case PERL -> new PerlSemantics(this);
          case RUBY -> new RubySemantics(this);
          case PHP -> new PhpSemantics(this);
          case LUA -> new LuaSemantics(this);
        };
  }

  /** Analyses {@code code} in full. */
  InlineAnalysis run(String code) {
    scan(code, 0);
    return new InlineAnalysis(effects.finish(), !opaqueReason.isEmpty(), opaqueReason);
  }

  private void scan(String code, int base) {
    List<Token> tokens = semantics.lex(code, base);
    shadowed.addAll(Shadowing.names(tokens));
    new Parser(tokens, semantics, this).scanAll();
  }

  // ------------------------------------------------------------------------------- variables

  Val variable(String name) {
    return vars.get(name);
  }

  /**
   * Binds a variable. Parameters and loop variables ({@link Shadowing}) and variables assigned two
   * different values are unknown: a lexical analysis cannot tell which value is live, and a wrong
   * static value is worse than none.
   */
  void bind(String name, Val value) {
    Val old = vars.get(name);
    boolean conflict = old != null && !old.equals(value);
    replace(name, conflict ? Val.unknown(name) : value);
  }

  /** Sets a variable's value, computed from its previous one. */
  void replace(String name, Val value) {
    boolean runtime = value instanceof Val.Unknown || value instanceof Val.Method;
    boolean parameter = shadowed.contains(name) && !(value instanceof Val.Ref);
    vars.put(name, runtime || parameter ? Val.unknown(name) : value);
  }

  // ------------------------------------------------------------------------------ nested code

  /** The string made of {@code parts}, each interpolation parsed (and its effects recorded). */
  Val.Str string(List<Segment> parts) {
    TextBuilder b = new TextBuilder();
    for (Segment part : parts) {
      // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
      if (part instanceof Segment.Lit lit) {
        b.append(lit.text());
      } else if (part instanceof Segment.Interp in) {
        Val v = interpolate(in.source(), in.offset());
        b.add(v instanceof Val.Lst l ? Values.join(" ", l) : v);
      } else {
        throw new IllegalStateException("unexpected segment: " + part);
      }
    }
    return b.build();
  }

  private Val interpolate(String source, int offset) {
    if (!enter() || !spend(source.length())) {
      return Val.unknown("interpolation");
    }
    try {
      return new Parser(semantics.lex(source, offset), semantics, this).firstThenRest();
    } finally {
      leave();
    }
  }

  /**
   * Records code executed from data and, when its text is known, analyses it in this scope with its
   * effects reported at {@code offset}.
   */
  void eval(Val code, String api, int offset) {
    boolean dynamic = Val.dynamic(code);
    effects.add(new Effect.Eval(api, dynamic, at(offset)));
    if (dynamic) {
      opaque("code run from data that is not statically known (" + api + ")");
    }
    if (code instanceof Val.Str s) {
      nested(s.text(), offset);
    }
  }

  private void nested(String code, int offset) {
    if (evalDepth >= MAX_EVAL) {
      opaque("code run from code nested deeper than " + MAX_EVAL);
      return;
    }
    if (!spend(code.length()) || !enter()) {
      return;
    }
    int saved = override;
    override = at(offset);
    evalDepth++;
    try {
      scan(code, 0);
    } finally {
      evalDepth--;
      override = saved;
      leave();
    }
  }

  // ---------------------------------------------------------------------------------- limits

  /** Enters one level of nesting; false (and opaque) past {@link #MAX_DEPTH}. */
  boolean enter() {
    if (depth >= MAX_DEPTH) {
      opaque(TOO_DEEP);
      return false;
    }
    depth++;
    return true;
  }

  void leave() {
    depth--;
  }

  private boolean spend(int chars) {
    budget -= chars;
    if (budget < 0) {
      opaque("analysis budget exhausted");
      return false;
    }
    return true;
  }

  // --------------------------------------------------------------------------------- effects

  /** The offset to report: {@code offset}, or that of the enclosing evaluated string. */
  int at(int offset) {
    return override >= 0 ? override : offset;
  }

  Effects effects() {
    return effects;
  }

  void shell(Val script, String api, int offset) {
    effects.shell(script, api, at(offset));
  }

  void argv(List<Val> argv, String api, int offset) {
    effects.argv(argv, api, at(offset));
  }

  /** A command that is a list (an argument vector) or a string split into words without a shell. */
  void command(Val command, String api, int offset) {
    if (command instanceof Val.Str s && !s.dynamic()) {
      List<Val> words = new ArrayList<>();
      ShellWords.split(s.text()).forEach(w -> words.add(Val.str(w)));
      argv(words, api, offset);
    } else {
      argv(Values.items(command), api, offset);
    }
  }

  void delete(Val path, boolean recursive, String api, int offset) {
    for (Val p : Values.items(path)) {
      effects.add(new Effect.Delete(Val.text(p), recursive, Val.dynamic(p), api, at(offset)));
    }
  }

  void write(Val path, String api, int offset) {
    effects.add(new Effect.Write(Val.text(path), Val.dynamic(path), api, at(offset)));
  }

  /** A network connection; {@code socket} for raw sockets, which can carry a reverse shell. */
  void network(String api, int offset, boolean socket) {
    effects.network(new Effect.Network(api, at(offset)), socket);
  }

  /**
   * Standard streams duplicated onto a descriptor ({@code os.dup2}, {@code open(STDIN, ">&S")}).
   */
  void duplicate() {
    effects.duplicate();
  }

  void opaque(String reason) {
    if (opaqueReason.isEmpty()) {
      opaqueReason = reason;
    }
  }
}
