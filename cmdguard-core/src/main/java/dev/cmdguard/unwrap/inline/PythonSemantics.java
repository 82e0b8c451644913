package dev.cmdguard.unwrap.inline;

import dev.cmdguard.unwrap.inline.Token.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Python: {@code import} and {@code from … import} aliases, {@code %} and {@code .format}
 * formatting, {@code pathlib} paths with {@code /}, and the APIs of {@link PythonApis}.
 */
final class PythonSemantics implements Semantics {
  private static final Set<String> BINARY = new HashSet<>(Syntax.COMMON_BINARY);

  static {
    BINARY.addAll(
        Set.of("//", "**=", "//=", ":=", "->", "and", "or", "in", "is", "if", "else", "@"));
    BINARY.remove(":");
  }

  private static final Syntax SYNTAX =
      new Syntax(
          Set.of("."),
          Set.of("+"),
          Set.copyOf(BINARY),
          Set.of("not", "-", "+", "~", "await", "lambda", "yield", "return", "del", "assert"),
          "=",
          true,
          false,
          false,
          false,
          true,
          Set.of());

  /** Built-ins that look at a function without calling it ({@code help(os.system)}). */
  private static final Set<String> INSPECTING =
      Set.of(
          "help",
          "print",
          "repr",
          "str",
          "type",
          "id",
          "callable",
          "dir",
          "hasattr",
          "isinstance",
          "issubclass",
          "hash",
          "len",
          "inspect.getsource",
          "inspect.signature",
          "pprint.pprint");

  private final Analysis analysis;
  private final List<String> starModules = new ArrayList<>();

  PythonSemantics(Analysis analysis) {
    this.analysis = analysis;
  }

  @Override
  public Syntax syntax() {
    return SYNTAX;
  }

  @Override
  public List<Token> lex(String code, int base) {
    return PythonLexer.lex(code, base);
  }

  @Override
  public boolean statement(Parser p) {
    if (p.atWord("import")) {
      p.next();
      importNames(p);
      return true;
    }
    if (p.atWord("from") && p.peek(1) != null && p.peek(1).kind() == Kind.IDENT) {
      p.next();
      String module = dotted(p);
      if (p.atWord("import")) {
        p.next();
        fromImport(p, module);
      }
      return true;
    }
    return false;
  }

  /** {@code import a.b as c, d}. */
  private void importNames(Parser p) {
    do {
      String module = dotted(p);
      if (module.isEmpty() || module.startsWith(".")) {
        return;
      }
      if (p.atWord("as") && p.next() != null && p.peek() != null) {
        bind(p.next().text(), new Val.Ref(module));
      } else {
        String top = module.split("\\.")[0];
        bind(top, new Val.Ref(top));
      }
    } while (p.at(",") && p.next() != null);
  }

  /** {@code from m import (x as y, z)} and {@code from m import *}. */
  private void fromImport(Parser p, String module) {
    boolean paren = p.at("(");
    if (paren) {
      p.next();
    }
    if (p.at("*")) {
      p.next();
      starModules.add(module);
      return;
    }
    while (p.peek() != null && p.peek().kind() == Kind.IDENT) {
      String name = p.next().text();
      String alias = name;
      if (p.atWord("as") && p.next() != null && p.peek() != null) {
        alias = p.next().text();
      }
      bind(alias, new Val.Ref(module + "." + name));
      if (!p.at(",")) {
        break;
      }
      p.next();
    }
    if (paren && p.at(")")) {
      p.next();
    }
  }

  /** A dotted name {@code a.b.c}, or leading dots of a relative import. */
  private static String dotted(Parser p) {
    StringBuilder name = new StringBuilder();
    while (p.at(".")) {
      name.append(p.next().text());
    }
    while (p.peek() != null
        && p.peek().kind() == Kind.IDENT
        && !p.atWord("import")
        && !p.atWord("as")) {
      name.append(p.next().text());
      if (!p.at(".")) {
        break;
      }
      name.append(p.next().text());
    }
    return name.toString();
  }

  @Override
  public Val name(Token token) {
    String name = token.text();
    Val bound = analysis.variable(name);
    if (bound != null) {
      return bound;
    }
    switch (name) {
      case "True" -> {
        return new Val.Bool(true);
      }
      case "False" -> {
        return new Val.Bool(false);
      }
      case "None" -> {
        return Val.unknown("None");
      }
      default -> {
        for (String module : starModules) {
          if (PythonApis.TABLE.containsKey(module + "." + name)) {
            return new Val.Ref(module + "." + name);
          }
        }
        return new Val.Ref(name);
      }
    }
  }

  /** {@code sys.executable} is the running interpreter. */
  @Override
  public Val member(Val base, String op, String name, int offset) {
    Val v = Semantics.super.member(base, op, name, offset);
    return v instanceof Val.Ref r && r.path().equals("sys.executable") ? Val.str("python3") : v;
  }

  @Override
  public Val index(Val base, Val key) {
    if (base instanceof Val.Ref r && key instanceof Val.Str s && !s.dynamic()) {
      if (r.path().equals("os.environ")) {
        return Values.env(s);
      }
      if (r.path().equals("sys.modules") || r.path().equals("__dict__")) {
        return new Val.Ref(s.text());
      }
      if (r.path().endsWith(".__dict__")) {
        return new Val.Ref(
            r.path().substring(0, r.path().length() - ".__dict__".length()) + "." + s.text());
      }
    }
    if (base instanceof Val.Inst i && i.type().equals("namespace") && key instanceof Val.Str s) {
      return s.dynamic()
          ? opaque("a name looked up in globals() by a value not known")
          : name(Token.simple(Kind.IDENT, s.text(), 0));
    }
    if (base instanceof Val.Ref r && PythonApis.hasApisUnder(r.path()) && Val.dynamic(key)) {
      return opaque("a member of " + r.path() + " looked up by a value not known");
    }
    return Values.index(base, key);
  }

  @Override
  public Val binary(String op, Val left, Val right) {
    if (op.equals("%") && left instanceof Val.Str fmt) {
      return Values.format(fmt, right instanceof Val.Lst l ? l.items() : List.of(right));
    }
    if (op.equals("/") && left instanceof Val.Inst i && i.type().equals("pathlib.Path")) {
      return new Val.Inst(i.type(), Values.joinPath(List.of(i.value(), right)));
    }
    return Semantics.super.binary(op, left, right);
  }

  @Override
  public boolean bareCall(Val callee) {
    return callee instanceof Val.Ref r && r.path().equals("exec");
  }

  @Override
  public Val call(Val callee, Args args, int offset) {
    if (callee instanceof Val.Ref r && r.path().endsWith(".__getattribute__")) {
      String base = r.path().substring(0, r.path().lastIndexOf('.'));
      return call(
          new Val.Ref("getattr"),
          new Args(prepend(new Val.Ref(base), args), java.util.Map.of()),
          offset);
    }
    if (!(callee instanceof Val.Ref r && INSPECTING.contains(r.path()))) {
      callbacks(args, offset);
    }
    // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
    if (callee instanceof Val.Ref r) {
      return PythonApis.call(analysis, r.path(), args, offset, null);
    }
    if (callee instanceof Val.Method m) {
      return method(m, args, offset);
    }
    return Val.unknown("result");
  }

  /**
   * An API passed as a value ({@code map(os.remove, files)}, {@code Thread(target=os.system)}) is
   * called later with arguments not known.
   */
  private void callbacks(Args args, int offset) {
    List<Val> values = new ArrayList<>(args.positional());
    values.addAll(args.named().values());
    for (Val v : values) {
      if (v instanceof Val.Ref r && PythonApis.TABLE.containsKey(r.path())) {
        PythonApis.call(analysis, r.path(), Args.of(Val.unknown("callback")), offset, null);
      }
    }
  }

  private Val method(Val.Method m, Args args, int offset) {
    if (m.receiver() instanceof Val.Str s) {
      Val v = PythonValues.stringMethod(s, m.name(), args);
      return v != null ? v : Val.unknown("result");
    }
    String type = m.receiver() instanceof Val.Inst i ? i.type() : "?";
    return PythonApis.call(analysis, type + "#" + m.name(), args, offset, m.receiver());
  }

  private static List<Val> prepend(Val first, Args args) {
    List<Val> all = new ArrayList<>();
    all.add(first);
    all.addAll(args.positional());
    return all;
  }

  private Val opaque(String reason) {
    analysis.opaque(reason);
    return Val.unknown("dynamic");
  }

  @Override
  public Analysis analysis() {
    return analysis;
  }
}
