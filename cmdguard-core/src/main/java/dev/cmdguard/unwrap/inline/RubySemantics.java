package dev.cmdguard.unwrap.inline;

import dev.cmdguard.unwrap.inline.Token.Kind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ruby: locals and {@code @ivars}, {@code ENV}, calls without parentheses, {@code send} and {@code
 * method(:name)} with literal names, {@code %} formatting, {@code pack}/{@code unpack} decoding,
 * and the APIs of {@link RubyApis}.
 */
final class RubySemantics implements Semantics {
  private static final Set<String> BINARY = new HashSet<>(Syntax.COMMON_BINARY);

  static {
    BINARY.addAll(
        Set.of(
            "<=>", "===", "=~", "!~", "**=", "||=", "&&=", ">>=", "and", "or", "if", "unless",
            "while", "until", "rescue", "->"));
  }

  private static final Syntax SYNTAX =
      new Syntax(
          Set.of(".", "::", "&."),
          Set.of("+", "<<"),
          Set.copyOf(BINARY),
          Set.of("!", "-", "not", "defined?", "return", "yield", "+", "~"),
          ":",
          true,
          false,
          false,
          false,
          true,
          Set.of("if", "unless", "while", "until", "rescue", "and", "or", "do"));

  private static final Set<String> SEND = Set.of("send", "public_send", "__send__");

  private final Analysis analysis;

  RubySemantics(Analysis analysis) {
    this.analysis = analysis;
  }

  @Override
  public Syntax syntax() {
    return SYNTAX;
  }

  @Override
  public List<Token> lex(String code, int base) {
    return RubyLexer.lex(code, base);
  }

  @Override
  public Val name(Token token) {
    String name = token.text();
    Val bound = analysis.variable(name);
    if (bound != null) {
      return bound;
    }
    if (token.kind() == Kind.VAR) {
      return Val.unknown(name);
    }
    return switch (name) {
      case "true" -> new Val.Bool(true);
      case "false" -> new Val.Bool(false);
      case "nil", "self" -> Val.unknown(name);
      default -> new Val.Ref(name);
    };
  }

  /**
   * Member access. Ruby calls a method named without parentheses, so a known API or a method of a
   * known object is called here ({@code Dir.home}, {@code Pathname.new(p).rmtree}); {@code m.call}
   * is {@code m}.
   */
  @Override
  public Val member(Val base, String op, String name, int offset) {
    if (name.equals("call") && (base instanceof Val.Ref || base instanceof Val.Method)) {
      return base;
    }
    Val v = Values.member(base, op, name);
    if (v instanceof Val.Ref r && RubyApis.VALUES.contains(RubyApis.canonical(r.path()))) {
      return call(v, Args.NONE, offset);
    }
    if (base instanceof Val.Inst i && RubyApis.TABLE.containsKey(i.type() + "#" + name)) {
      return call(v, Args.NONE, offset);
    }
    return v;
  }

  @Override
  public Val index(Val base, Val key) {
    if (base instanceof Val.Ref r && r.path().equals("ENV")) {
      return Values.env(key);
    }
    return Semantics.super.index(base, key);
  }

  @Override
  public Val binary(String op, Val left, Val right) {
    if (op.equals("<<") && left instanceof Val.Lst l) {
      List<Val> items = new java.util.ArrayList<>(l.items());
      items.add(right);
      return new Val.Lst(items);
    }
    if (op.equals("%") && left instanceof Val.Str fmt) {
      return Values.format(fmt, right instanceof Val.Lst l ? l.items() : List.of(right));
    }
    return Semantics.super.binary(op, left, right);
  }

  @Override
  public boolean bareCall(Val callee) {
    return callee instanceof Val.Ref r && RubyApis.TABLE.containsKey(RubyApis.canonical(r.path()));
  }

  @Override
  public Val call(Val callee, Args args, int offset) {
    // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
    if (callee instanceof Val.Str s && args.size() == 0) {
      return s;
    }
    if (callee instanceof Val.Ref r && SEND.contains(RubyApis.canonical(r.path()))) {
      return send(null, args, offset);
    }
    if (callee instanceof Val.Ref r && RubyApis.canonical(r.path()).equals("method")) {
      return args.get(0) instanceof Val.Str s && !s.dynamic()
          ? new Val.Ref(s.text())
          : opaque("method()");
    }
    if (callee instanceof Val.Ref r) {
      return RubyApis.call(analysis, RubyApis.canonical(r.path()), args, offset, null);
    }
    if (callee instanceof Val.Method m) {
      return method(m, args, offset);
    }
    return Val.unknown("result");
  }

  private Val method(Val.Method m, Args args, int offset) {
    Val receiver = m.receiver();
    switch (m.name()) {
      case "send", "public_send", "__send__" -> {
        return send(receiver, args, offset);
      }
      case "method" -> {
        return args.get(0) instanceof Val.Str s && !s.dynamic()
            ? Values.member(receiver, ".", s.text())
            : opaque("method()");
      }
      case "call" -> {
        if (receiver instanceof Val.Ref || receiver instanceof Val.Method) {
          return call(receiver, args, offset);
        }
      }
      default -> {
        // handled below
      }
    }
    Val v = RubyValues.valueMethod(receiver, m.name(), args);
    if (v != null) {
      return v;
    }
    String type = receiver instanceof Val.Inst i ? i.type() : "?";
    return RubyApis.call(analysis, type + "#" + m.name(), args, offset, receiver);
  }

  /** {@code obj.send(:name, args…)}: the call of {@code name}, when it is a literal. */
  Val send(Val receiver, Args args, int offset) {
    if (args.get(0) instanceof Val.Str s && !s.dynamic()) {
      boolean self = receiver == null || receiver instanceof Val.Unknown;
      Val target = self ? new Val.Ref(s.text()) : Values.member(receiver, ".", s.text());
      return call(target, args.drop(1), offset);
    }
    return opaque("send()");
  }

  private Val opaque(String api) {
    analysis.opaque("a method called by a name not known (" + api + ")");
    return Val.unknown("result");
  }

  @Override
  public Analysis analysis() {
    return analysis;
  }
}
