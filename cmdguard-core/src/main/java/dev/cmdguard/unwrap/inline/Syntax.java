package dev.cmdguard.unwrap.inline;

import java.util.Set;

/**
 * The expression syntax a language shares with the generic {@link Parser}.
 *
 * @param member member-access operators ({@code .}, {@code ?.}, {@code ->}, {@code ::})
 * @param concat string concatenation operators ({@code +}, Perl and PHP {@code .}, Lua {@code ..})
 * @param binary other infix operators and keywords, including assignments, whose operands are
 *     parsed (for their effects) but whose value is unknown
 * @param prefix prefix operators and keywords ({@code !}, {@code not}, {@code new}, {@code await})
 * @param keywordArg the operator after a name that makes a keyword argument in a call ({@code =} in
 *     Python, {@code :} in Ruby and PHP), or empty
 * @param adjacentStrings true when adjacent string literals concatenate (Python)
 * @param braceSubscripts true when {@code {key}} after a variable is element access (Perl)
 * @param taggedTemplates true when a template literal after an expression calls it (JavaScript)
 * @param fatComma true when {@code =>} is only a comma, its left side a list item (Perl)
 * @param variableCalls true when {@code $f(…)} calls the function a variable holds (PHP); Perl
 *     needs {@code &$f(…)}, so {@code foreach my $x (…)} is no call
 * @param stops keywords that end an argument list written without parentheses ({@code system "x" if
 *     $y})
 */
record Syntax(
    Set<String> member,
    Set<String> concat,
    Set<String> binary,
    Set<String> prefix,
    String keywordArg,
    boolean adjacentStrings,
    boolean braceSubscripts,
    boolean taggedTemplates,
    boolean fatComma,
    boolean variableCalls,
    Set<String> stops) {

  /** Operators every language here has, assignments included. */
  static final Set<String> COMMON_BINARY =
      Set.of(
          "-", "*", "/", "%", "**", "==", "!=", "<", ">", "<=", ">=", "&&", "||", "&", "|", "^",
          "<<", ">>", "=", "+=", "-=", "*=", "/=", "%=", "|=", "&=", "^=", "?", ":", "..", "...");
}
