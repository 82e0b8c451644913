package dev.cmdguard.unwrap.inline;

import dev.cmdguard.unwrap.inline.Token.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JavaScript (Node.js, Bun, Deno): {@code require} and {@code import} with destructuring and
 * aliases, {@code node:} module names, {@code process.env}, tagged templates, and the APIs of
 * {@link JsApis}.
 */
final class JsSemantics implements Semantics {
  private static final Set<String> BINARY = new HashSet<>(Syntax.COMMON_BINARY);

  static {
    BINARY.addAll(
        Set.of(
            "===",
            "!==",
            "??",
            "=>",
            "**=",
            "&&=",
            "||=",
            "??=",
            ">>>",
            ">>>=",
            "<<=",
            ">>=",
            "in",
            "instanceof",
            "of"));
  }

  private static final Syntax SYNTAX =
      new Syntax(
          Set.of(".", "?."),
          Set.of("+"),
          Set.copyOf(BINARY),
          Set.of(
              "!", "-", "+", "~", "new", "await", "typeof", "void", "delete", "const", "let", "var",
              "return", "yield", "throw", "++", "--", "async"),
          "",
          false,
          false,
          true,
          false,
          true,
          Set.of());

  private static final Set<String> DECLARATIONS = Set.of("const", "let", "var");
  private static final Set<String> GLOBALS = Set.of("globalThis.", "global.", "window.", "self.");

  /**
   * Functions that take a function without calling it later as it is ({@code util.promisify(exec)}
   * is called with real arguments afterwards, {@code console.log(eval)}).
   */
  private static final Set<String> INSPECTING =
      Set.of(
          "util.promisify",
          "console.log",
          "console.error",
          "console.dir",
          "String",
          "JSON.stringify",
          "Object.keys",
          "util.inspect");

  private final Analysis analysis;

  JsSemantics(Analysis analysis) {
    this.analysis = analysis;
  }

  @Override
  public Syntax syntax() {
    return SYNTAX;
  }

  @Override
  public List<Token> lex(String code, int base) {
    return JsLexer.lex(code, base);
  }

  @Override
  public boolean statement(Parser p) {
    if (p.atWord("import") && p.peek(1) != null && !p.peek(1).is("(") && !p.peek(1).is(".")) {
      p.next();
      JsImports.declaration(p, this);
      return true;
    }
    Token first = p.peek();
    if (first.kind() == Kind.IDENT
        && DECLARATIONS.contains(first.text())
        && p.peek(1) != null
        && p.peek(1).is("{")) {
      return destructure(p);
    }
    return false;
  }

  /** {@code const {a, b: c, ...d} = expr}: each name bound to the member of the value. */
  private boolean destructure(Parser p) {
    Map<String, String> names = new LinkedHashMap<>();
    int k = 2;
    while (p.peek(k) != null && !p.peek(k).is("}")) {
      Token key = p.peek(k);
      if (key.is("...") || key.is(",")) {
        k++;
        continue;
      }
      if (key.kind() != Kind.IDENT) {
        return false;
      }
      boolean renamed = p.peek(k + 1) != null && p.peek(k + 1).is(":");
      Token alias = renamed ? p.peek(k + 2) : key;
      if (alias == null || alias.kind() != Kind.IDENT) {
        return false;
      }
      names.put(alias.text(), key.text());
      k += renamed ? 3 : 1;
    }
    if (p.peek(k) == null || p.peek(k + 1) == null || !p.peek(k + 1).is("=")) {
      return false;
    }
    p.skip(k + 2);
    Val value = p.expression();
    names.forEach((alias, key) -> bind(alias, member(value, ".", key, 0)));
    return true;
  }

  @Override
  public Val name(Token token) {
    String name = token.text();
    Val bound = analysis.variable(name);
    if (bound != null) {
      return bound;
    }
    return switch (name) {
      case "true" -> new Val.Bool(true);
      case "false" -> new Val.Bool(false);
      case "null", "undefined", "this", "arguments" -> Val.unknown(name);
      default -> new Val.Ref(name);
    };
  }

  @Override
  public Val member(Val base, String op, String name, int offset) {
    if (base instanceof Val.Ref r && isEnv(r.path())) {
      return Values.env(Val.str(name));
    }
    if (base instanceof Val.Ref r && r.path().equals("process") && name.equals("execPath")) {
      return Val.str("node");
    }
    return Semantics.super.member(base, op, name, offset);
  }

  @Override
  public Val index(Val base, Val key) {
    if (base instanceof Val.Ref r && key instanceof Val.Str s && !s.dynamic()) {
      return isEnv(r.path()) ? Values.env(s) : member(base, ".", s.text(), 0);
    }
    if (base instanceof Val.Ref r && Val.dynamic(key) && JsApis.sensitive(canonical(r.path()))) {
      analysis.opaque("a member of " + r.path() + " looked up by a value not known");
      return Val.unknown("member");
    }
    return Semantics.super.index(base, key);
  }

  private static boolean isEnv(String path) {
    return path.equals("process.env") || path.equals("Bun.env") || path.equals("import.meta.env");
  }

  @Override
  public Val call(Val callee, Args args, int offset) {
    if (!(callee instanceof Val.Ref r && INSPECTING.contains(r.path()))) {
      callbacks(args, offset);
    }
    // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
    if (callee instanceof Val.Ref r) {
      return JsApis.call(analysis, canonical(r.path()), args, offset, null);
    }
    if (callee instanceof Val.Method m) {
      return method(m, args, offset);
    }
    if (callee instanceof Val.Lst l && !l.items().isEmpty()) {
      return call(l.items().get(l.items().size() - 1), args, offset);
    }
    return Val.unknown("result");
  }

  /** An API passed as a value ({@code .then(eval)}, {@code files.forEach(fs.unlinkSync)}). */
  private void callbacks(Args args, int offset) {
    for (Val v : args.positional()) {
      if (v instanceof Val.Ref r && JsApis.TABLE.containsKey(canonical(r.path()))) {
        JsApis.call(analysis, canonical(r.path()), Args.of(Val.unknown("callback")), offset, null);
      }
    }
  }

  private Val method(Val.Method m, Args args, int offset) {
    Val receiver = m.receiver();
    if (receiver instanceof Val.Str s) {
      Val v =
          m.name().equals("split") ? split(s, args.get(0)) : Values.stringMethod(s, m.name(), args);
      return v != null ? v : Val.unknown("result");
    }
    if (receiver instanceof Val.Lst l) {
      return switch (m.name()) {
        case "join" -> Values.join(args.get(0) instanceof Val.Str sep ? sep.text() : ",", l);
        case "reverse" -> new Val.Lst(reversed(l.items()));
        case "concat" -> Val.concat(Values.join(",", l), Val.str(""));
        default -> Val.unknown("result");
      };
    }
    String type = receiver instanceof Val.Inst i ? i.type() : "?";
    return JsApis.call(analysis, type + "#" + m.name(), args, offset, receiver);
  }

  private static Val split(Val.Str s, Val separator) {
    if (s.dynamic() || !(separator instanceof Val.Str sep) || sep.dynamic()) {
      return Val.unknown("parts");
    }
    List<Val> parts = new ArrayList<>();
    if (sep.text().isEmpty()) {
      s.text().chars().forEach(ch -> parts.add(Val.str(String.valueOf((char) ch))));
    } else {
      for (String part : s.text().split(java.util.regex.Pattern.quote(sep.text()), -1)) {
        parts.add(Val.str(part));
      }
    }
    return new Val.Lst(parts);
  }

  private static List<Val> reversed(List<Val> items) {
    List<Val> out = new ArrayList<>(items);
    java.util.Collections.reverse(out);
    return out;
  }

  /** A path without its global-object prefix ({@code globalThis.eval} is {@code eval}). */
  static String canonical(String path) {
    for (String g : GLOBALS) {
      if (path.startsWith(g)) {
        return path.substring(g.length());
      }
    }
    return path;
  }

  @Override
  public Analysis analysis() {
    return analysis;
  }
}
