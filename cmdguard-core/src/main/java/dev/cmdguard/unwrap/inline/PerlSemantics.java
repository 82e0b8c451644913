package dev.cmdguard.unwrap.inline;

import dev.cmdguard.unwrap.inline.Token.Kind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Perl: sigiled variables, {@code %ENV}, list flattening, calls without parentheses ({@code system
 * "cmd"}, {@code unlink $f}), {@code ->} methods, code references, and the APIs of {@link
 * PerlApis}.
 */
final class PerlSemantics implements Semantics {
  private static final Set<String> BINARY = new HashSet<>(Syntax.COMMON_BINARY);

  static {
    BINARY.addAll(
        Set.of(
            "=~", "!~", "<=>", "**=", "||=", "&&=", "//=", ".=", "x=", "//", "x", "eq", "ne", "lt",
            "gt", "le", "ge", "cmp", "and", "or", "xor", "if", "unless", "while", "until",
            "foreach", "for", "isa"));
  }

  private static final Syntax SYNTAX =
      new Syntax(
          Set.of("->"),
          Set.of("."),
          Set.copyOf(BINARY),
          Set.of("!", "-", "\\", "not", "my", "our", "local", "&", "return", "+"),
          "",
          false,
          true,
          false,
          true,
          false,
          Set.of("if", "unless", "while", "until", "or", "and", "xor", "for", "foreach"));

  private final Analysis analysis;

  PerlSemantics(Analysis analysis) {
    this.analysis = analysis;
  }

  @Override
  public Syntax syntax() {
    return SYNTAX;
  }

  @Override
  public List<Token> lex(String code, int base) {
    return PerlLexer.lex(code, base);
  }

  /** {@code use}, {@code no}, {@code package}, {@code sub NAME}: read and skip. */
  @Override
  public boolean statement(Parser p) {
    Token t = p.peek();
    if (t.isWord("use") || t.isWord("no") || t.isWord("package")) {
      while (p.peek() != null && !p.at(";") && !p.at("}")) {
        p.next();
      }
      return true;
    }
    if (t.isWord("sub") && p.peek(1) != null && p.peek(1).kind() == Kind.IDENT) {
      p.skip(2);
      return true;
    }
    if (t.isWord("push") || t.isWord("unshift") || t.isWord("splice")) {
      Token array = p.peek(1) != null && p.peek(1).is("(") ? p.peek(2) : p.peek(1);
      if (array != null && array.kind() == Kind.VAR) {
        mutated(array.text());
      }
      return false;
    }
    if ((t.isWord("system") || t.isWord("exec")) && p.peek(1) != null && p.peek(1).is("{")) {
      return indirectObject(p, t);
    }
    return false;
  }

  /**
   * {@code exec { PROGRAM } LIST} (perlfunc exec): runs PROGRAM with LIST as argv, LIST's first
   * item being only argv[0].
   */
  private boolean indirectObject(Parser p, Token api) {
    p.skip(2);
    Val program = p.expression();
    p.scanUntil(Set.of("}"));
    p.skip(1);
    List<Val> list = p.lists().bareArguments().flattened().positional();
    List<Val> argv = new java.util.ArrayList<>(List.of(program));
    boolean knownFirst = !list.isEmpty() && !Val.dynamic(list.get(0));
    argv.addAll(knownFirst ? list.subList(1, list.size()) : list);
    analysis.argv(argv, api.text(), api.start());
    return true;
  }

  @Override
  public Val name(Token token) {
    String name = token.text().startsWith("&$") ? token.text().substring(1) : token.text();
    Val bound = analysis.variable(name);
    if (bound != null) {
      return bound;
    }
    if (token.kind() == Kind.VAR) {
      return name.equals("$ENV") || name.equals("%ENV") ? new Val.Ref("ENV") : Val.unknown(name);
    }
    return new Val.Ref(
        name.startsWith("CORE::") ? name.substring(name.lastIndexOf("::") + 2) : name);
  }

  @Override
  public Val index(Val base, Val key) {
    if (base instanceof Val.Ref r && r.path().equals("ENV")) {
      return Values.env(key);
    }
    if (base instanceof Val.Unknown u && u.label().equals("&")) {
      return key instanceof Val.Str s && !s.dynamic() ? new Val.Ref(s.text()) : Val.unknown("code");
    }
    return Semantics.super.index(base, key);
  }

  @Override
  public Val prefix(String op, Val operand) {
    return op.equals("&") || op.equals("+") ? operand : Semantics.super.prefix(op, operand);
  }

  @Override
  public boolean bareCall(Val callee) {
    return callee instanceof Val.Ref r && PerlApis.TABLE.containsKey(r.path());
  }

  @Override
  public Val call(Val callee, Args args, int offset) {
    // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
    if (callee instanceof Val.Ref r) {
      return PerlApis.call(analysis, r.path(), args.flattened(), offset, null);
    }
    if (callee instanceof Val.Method m && m.receiver() instanceof Val.Inst i) {
      return PerlApis.call(analysis, i.type() + "#" + m.name(), args.flattened(), offset, i);
    }
    if (callee instanceof Val.Method m) {
      return Val.unknown(m.name() + "()");
    }
    if (callee instanceof Val.Str s && !s.dynamic()) {
      return call(new Val.Ref(s.text()), args, offset);
    }
    if (callee instanceof Val.Unknown u && u.label().equals("object")) {
      return u;
    }
    analysis.opaque("a call through a code reference");
    return Val.unknown("result");
  }

  @Override
  public Analysis analysis() {
    return analysis;
  }

  /** An element assignment {@code $a[0] = …} changes {@code @a}; {@code $h{k} = …}, {@code %h}. */
  @Override
  public void mutated(String name) {
    Semantics.super.mutated(name);
    if (name.startsWith("$")) {
      Semantics.super.mutated("@" + name.substring(1));
      Semantics.super.mutated("%" + name.substring(1));
    }
  }
}
