package dev.cmdguard.unwrap.inline;

import java.util.List;

/**
 * What one language means by the generic syntax {@link Parser} reads: how names resolve (imports,
 * aliases, variables), what member access and indexing give, and which calls have effects. One
 * instance serves one {@link Analysis}.
 */
interface Semantics {

  Syntax syntax();

  /** Tokens of code in this language; {@code base} is the offset of {@code code}. */
  List<Token> lex(String code, int base);

  /**
   * A language statement at the parser's position (imports, destructuring); true when it read one.
   * The parser handles plain assignments and expressions itself.
   */
  default boolean statement(Parser p) {
    return false;
  }

  /** The value of an identifier or variable. */
  Val name(Token token);

  /**
   * The value of {@code base op name} ({@code os.path}, {@code $x->y}); {@code offset} is where the
   * expression starts, for languages where member access may call ({@code obj.method} in Ruby).
   */
  default Val member(Val base, String op, String name, int offset) {
    return Values.member(base, op, name);
  }

  /** The value of {@code base[key]}. */
  default Val index(Val base, Val key) {
    return Values.index(base, key);
  }

  /** Calls {@code callee}; records the call's effects; returns its value. */
  Val call(Val callee, Args args, int offset);

  /** The value of an infix operation; concatenation folds strings. */
  default Val binary(String op, Val left, Val right) {
    return syntax().concat().contains(op) ? Val.concat(left, right) : Val.unknown("expression");
  }

  /** The value of a prefix operation ({@code new}, {@code await} pass the value through). */
  default Val prefix(String op, Val operand) {
    return switch (op) {
      case "new", "await", "my", "our", "local", "const", "let", "var", "\\", "yield" -> operand;
      default -> Val.unknown("expression");
    };
  }

  /** True when {@code callee} may take arguments without parentheses ({@code system "cmd"}). */
  default boolean bareCall(Val callee) {
    return false;
  }

  /** The analysis this serves. */
  Analysis analysis();

  /**
   * Records an assignment {@code name = value}; a second assignment of a different value makes the
   * variable unknown (which branch ran is not known).
   */
  default void bind(String name, Val value) {
    analysis().bind(name, value);
  }

  /** Records a value computed from the variable's previous one ({@code x += 'y'}). */
  default void replace(String name, Val value) {
    analysis().replace(name, value);
  }

  /**
   * Records that the data a variable holds was changed in place ({@code x.append(…)}, {@code x[0] =
   * …}), so its value is no longer known.
   */
  default void mutated(String name) {
    replace(name, Val.unknown(name));
  }
}
