package dev.cmdguard.unwrap.inline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tokens as {@code KIND:text}; quoted kinds show literal text and {@code {source}} per field. */
class LexerTest {
  private static final BiFunction<String, Integer, List<Token>> PY = PythonLexer::lex;
  private static final BiFunction<String, Integer, List<Token>> JS = JsLexer::lex;
  private static final BiFunction<String, Integer, List<Token>> PERL = PerlLexer::lex;
  private static final BiFunction<String, Integer, List<Token>> RUBY = RubyLexer::lex;
  private static final BiFunction<String, Integer, List<Token>> PHP = PhpLexer::lex;
  private static final BiFunction<String, Integer, List<Token>> LUA = LuaLexer::lex;

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments("py", PY, "'\\x72\\x6d' # c", "STRING:rm"),
        arguments("py raw", PY, "r'\\x72'", "STRING:\\x72"),
        arguments("py f", PY, "f'a{b!r:>3}c{{'", "STRING:a{b}c{"),
        arguments("py triple", PY, "'''a'b''' x", "STRING:a'b IDENT:x"),
        arguments("py bytes", PY, "b\"\\101\" rb'\\n'", "STRING:A STRING:\\n"),
        arguments("js template", JS, "`a${x + `${y}`}b`", "TEMPLATE:a{x + `${y}`}b"),
        arguments(
            "js regex",
            JS,
            "x = /a'b/g; y = a / b / c",
            "IDENT:x PUNCT:= REGEX:/a'b/g PUNCT:; IDENT:y PUNCT:= IDENT:a PUNCT:/ IDENT:b PUNCT:/ IDENT:c"),
        arguments("js unicode", JS, "'\\u{72}\\u006d'", "STRING:rm"),
        arguments(
            "perl vars",
            PERL,
            "$x{k} @a $#a ${y} $_",
            "VAR:$x PUNCT:{ IDENT:k PUNCT:} VAR:@a VAR:$a VAR:$y VAR:$_"),
        arguments(
            "perl interp", PERL, "\"a $h{k} @{[ f() ]} \\$x\"", "STRING:a {$h{k}} {[ f() ]} $x"),
        arguments(
            "perl quotes", PERL, "q{a{b}c} qw(x y) qx'id'", "STRING:a{b}c WORDS:x y SHELL:id"),
        arguments("perl s///e", PERL, "s/x/f()/e", "REGEX:s/x/f()/e"),
        arguments(
            "perl filetest",
            PERL,
            "-s $f; y => 1",
            "PUNCT:- IDENT:s VAR:$f PUNCT:; IDENT:y PUNCT:=> NUMBER:1"),
        arguments("perl pod", PERL, "=pod\nx\n=cut\nz", "IDENT:z"),
        arguments(
            "ruby literals",
            RUBY,
            "%w(a b); :sym; %x(id); \"#{x}y\"",
            "WORDS:a b PUNCT:; STRING:sym PUNCT:; SHELL:id PUNCT:; STRING:{x}y"),
        arguments("ruby modulo", RUBY, "a % b", "IDENT:a PUNCT:% IDENT:b"),
        arguments("ruby vars", RUBY, "@a @@b $c x? y!", "VAR:@a VAR:@@b VAR:$c IDENT:x? IDENT:y!"),
        arguments(
            "php tags", PHP, "<a><?php $x = 1; ?><b>", "VAR:$x PUNCT:= NUMBER:1 PUNCT:; PUNCT:;"),
        arguments("php interp", PHP, "\"a $b[c] {$d->e} \\$f\"", "STRING:a {$b[c]} {$d->e} $f"),
        arguments("php heredoc", PHP, "<<<EOT\nhi $x\nEOT;\n", "STRING:hi {$x} PUNCT:;"),
        arguments("php names", PHP, "\\Foo\\bar() $$v", "IDENT:Foo\\bar PUNCT:( PUNCT:) VAR:$$v"),
        arguments("lua long", LUA, "--[[ c ]] [==[a]]b]==] x", "STRING:a]]b IDENT:x"),
        arguments("lua escapes", LUA, "'\\114\\109'", "STRING:rm"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void lexes(
      String name, BiFunction<String, Integer, List<Token>> lexer, String code, String expected) {
    assertThat(render(lexer.apply(code, 0))).isEqualTo(expected);
  }

  private static String render(List<Token> tokens) {
    return tokens.stream().map(LexerTest::render).collect(Collectors.joining(" "));
  }

  private static String render(Token t) {
    String text =
        t.parts().isEmpty() || t.kind() == Token.Kind.REGEX
            ? t.text()
            : t.kind() == Token.Kind.WORDS
                ? t.parts().stream()
                    .map(p -> ((Token.Segment.Lit) p).text())
                    .collect(Collectors.joining(" "))
                : t.parts().stream()
                    .map(
                        p ->
                            switch (p) {
                              case Token.Segment.Lit l -> l.text();
                              case Token.Segment.Interp i -> "{" + i.source() + "}";
                            })
                    .collect(Collectors.joining());
    return t.kind() + ":" + text;
  }
}
