package dev.cmdguard.unwrap.inline;

import dev.cmdguard.unwrap.inline.Token.Kind;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PHP: {@code $variables}, superglobals ({@code $_GET} and friends are attacker data),
 * case-insensitive function names, variable functions ({@code $f($x)}), callbacks named by strings
 * ({@code call_user_func('system', …)}), and the APIs of {@link PhpApis}.
 */
final class PhpSemantics implements Semantics {
  private static final Set<String> BINARY = new HashSet<>(Syntax.COMMON_BINARY);

  static {
    BINARY.addAll(
        Set.of(
            "===", "!==", "<>", "<=>", "??", "??=", ".=", "**=", "and", "or", "xor", "instanceof"));
  }

  private static final Syntax SYNTAX =
      new Syntax(
          Set.of("->", "?->", "::"),
          Set.of("."),
          Set.copyOf(BINARY),
          Set.of(
              "!", "-", "+", "~", "@", "new", "clone", "return", "print", "echo", "&", "throw",
              "yield"),
          "",
          false,
          false,
          false,
          false,
          true,
          Set.of());

  private static final Set<String> SUPERGLOBALS =
      Set.of(
          "$_GET", "$_POST", "$_REQUEST", "$_COOKIE", "$_FILES", "$_SERVER", "$_ENV", "$GLOBALS");

  private final Analysis analysis;

  PhpSemantics(Analysis analysis) {
    this.analysis = analysis;
  }

  @Override
  public Syntax syntax() {
    return SYNTAX;
  }

  @Override
  public List<Token> lex(String code, int base) {
    return PhpLexer.lex(code, base);
  }

  @Override
  public Val name(Token token) {
    String name = token.text();
    if (token.kind() == Kind.VAR) {
      if (name.startsWith("$$")) {
        analysis.opaque("a variable named by a variable (" + name + ")");
        return Val.unknown(name);
      }
      Val bound = analysis.variable(name);
      if (bound != null) {
        return bound;
      }
      return SUPERGLOBALS.contains(name) ? new Val.Ref(name) : Val.unknown(name);
    }
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "true" -> new Val.Bool(true);
      case "false" -> new Val.Bool(false);
      case "null" -> Val.unknown("null");
      default -> new Val.Ref(name.toLowerCase(Locale.ROOT));
    };
  }

  @Override
  public Val index(Val base, Val key) {
    if (base instanceof Val.Ref r && SUPERGLOBALS.contains(r.path())) {
      boolean environment = r.path().equals("$_SERVER") || r.path().equals("$_ENV");
      return environment
          ? Values.env(key)
          : Val.unknown(r.path().substring(1) + "_" + Val.text(key).replaceAll("\\W", ""));
    }
    return Semantics.super.index(base, key);
  }

  @Override
  public Val prefix(String op, Val operand) {
    return switch (op) {
      case "@", "&", "+" -> operand;
      default -> Semantics.super.prefix(op, operand);
    };
  }

  @Override
  public boolean bareCall(Val callee) {
    return callee instanceof Val.Ref r && PhpApis.BARE.contains(r.path());
  }

  @Override
  public Val call(Val callee, Args args, int offset) {
    // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
    if (callee instanceof Val.Ref r) {
      return PhpApis.call(analysis, this, r.path(), args, offset, null);
    }
    if (callee instanceof Val.Str s && !s.dynamic()) {
      return call(new Val.Ref(s.text().toLowerCase(Locale.ROOT)), args, offset);
    }
    if (callee instanceof Val.Method m && m.receiver() instanceof Val.Inst i) {
      return PhpApis.call(
          analysis, this, i.type() + "#" + m.name().toLowerCase(Locale.ROOT), args, offset, i);
    }
    if (callee instanceof Val.Method m) {
      return Val.unknown(m.name() + "()");
    }
    analysis.opaque("a function named by a value not known");
    return Val.unknown("result");
  }

  @Override
  public Analysis analysis() {
    return analysis;
  }
}
