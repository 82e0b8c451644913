package dev.cmdguard.unwrap.inline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lua: {@code ..} concatenation, {@code obj:method()} calls, calls with a single string argument
 * and no parentheses ({@code os.execute "cmd"}), and the standard library's {@code os.execute},
 * {@code io.popen}, {@code os.remove}, {@code io.open}, {@code load} (Lua 5.4 Reference Manual,
 * section 6), plus LuaSocket.
 */
final class LuaSemantics implements Semantics {
  private static final Set<String> BINARY = new HashSet<>(Syntax.COMMON_BINARY);

  static {
    BINARY.addAll(Set.of("~=", "and", "or", "//"));
  }

  private static final Syntax SYNTAX =
      new Syntax(
          Set.of(".", ":"),
          Set.of(".."),
          Set.copyOf(BINARY),
          Set.of("not", "-", "#", "local", "return"),
          "",
          false,
          false,
          false,
          false,
          true,
          Set.of());

  static final Map<String, Handler> TABLE = new HashMap<>();

  static {
    TABLE.put("os.execute", Handler.shell(0));
    TABLE.put("io.popen", Handler.shell(0));
    TABLE.put("os.remove", Handler.delete(0, false));
    TABLE.put("os.rename", Handler.move(0, 1));
    TABLE.put("io.output", Handler.write(0));
    TABLE.put(
        "io.open",
        c -> {
          if (Val.text(c.arg(1)).matches(".*[wa+].*")) {
            c.write(c.arg(0));
          }
          return Val.unknown("file");
        });
    TABLE.put("load", Handler.eval(0));
    TABLE.put("loadstring", Handler.eval(0));
    TABLE.put("dofile", Handler.evalData());
    TABLE.put("loadfile", Handler.evalData());
    TABLE.put(
        "require",
        c -> c.arg(0) instanceof Val.Str s ? new Val.Ref(s.text()) : Val.unknown("module"));
    TABLE.put("socket.connect", Handler.network(true));
    TABLE.put("socket.tcp", Handler.instance(-1));
    TABLE.put("socket.tcp#connect", Handler.network(true));
    TABLE.put("os.getenv", Handler.env(0));
    TABLE.put("string.char", c -> Values.chars(c.args().positional()));
  }

  private final Analysis analysis;

  LuaSemantics(Analysis analysis) {
    this.analysis = analysis;
  }

  @Override
  public Syntax syntax() {
    return SYNTAX;
  }

  @Override
  public List<Token> lex(String code, int base) {
    return LuaLexer.lex(code, base);
  }

  @Override
  public Val name(Token token) {
    Val bound = analysis.variable(token.text());
    if (bound != null) {
      return bound;
    }
    return switch (token.text()) {
      case "true" -> new Val.Bool(true);
      case "false" -> new Val.Bool(false);
      case "nil" -> Val.unknown("nil");
      default -> new Val.Ref(token.text());
    };
  }

  @Override
  public Val member(Val base, String op, String name, int offset) {
    if (base instanceof Val.Ref r && r.path().equals("_G")) {
      return new Val.Ref(name);
    }
    return Semantics.super.member(base, ".", name, offset);
  }

  /** {@code _G["os"]["execute"]}: a literal key names a member; {@code _G} is the globals. */
  @Override
  public Val index(Val base, Val key) {
    if (base instanceof Val.Ref r && key instanceof Val.Str s && !s.dynamic()) {
      return new Val.Ref(r.path().equals("_G") ? s.text() : r.path() + "." + s.text());
    }
    if (base instanceof Val.Ref r
        && (r.path().equals("_G") || r.path().equals("os") || r.path().equals("io"))) {
      analysis.opaque("a global looked up by a value not known");
    }
    return Semantics.super.index(base, key);
  }

  @Override
  public boolean bareCall(Val callee) {
    return callee instanceof Val.Ref r && TABLE.containsKey(r.path());
  }

  @Override
  public Val call(Val callee, Args args, int offset) {
    String key = key(callee);
    Handler h = TABLE.get(key);
    Val receiver = callee instanceof Val.Method m ? m.receiver() : null;
    return h == null
        ? Val.unknown(key + "()")
        : h.apply(new Call(analysis, key.replace('#', '.'), args, offset, receiver));
  }

  // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
  private static String key(Val callee) {
    if (callee instanceof Val.Ref r) {
      return r.path();
    }
    if (callee instanceof Val.Method m && m.receiver() instanceof Val.Inst i) {
      return i.type() + "#" + m.name();
    }
    return "";
  }

  @Override
  public Analysis analysis() {
    return analysis;
  }
}
