package dev.cmdguard.unwrap.inline;

import dev.cmdguard.unwrap.inline.Literals.Escapes;
import dev.cmdguard.unwrap.inline.Literals.Interpolation;
import dev.cmdguard.unwrap.inline.Token.Kind;
import dev.cmdguard.unwrap.inline.Token.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Ruby tokens: {@code #{…}} interpolation, symbols, {@code @ivar} and {@code $global} variables,
 * percent literals ({@code %q %Q %w %W %i %x %r}), regular expressions, {@code =begin} comments
 * (Ruby reference, "Literals").
 */
final class RubyLexer {
  private static final List<String> PUNCT =
      List.of(
          "**=", "<=>", "===", "...", "||=", "&&=", "<<=", ">>=", "**", "==", "!=", "=~", "!~",
          "<=", ">=", "&&", "||", "<<", ">>", "::", "..", "=>", "->", "&.", "+=", "-=", "*=", "/=",
          "%=", "|=", "&=");
  private static final Set<String> BEFORE_LITERAL =
      Set.of("if", "unless", "and", "or", "not", "return", "when", "while", "until", "puts", "p");

  private RubyLexer() {}

  static List<Token> lex(String src, int base) {
    Chars in = new Chars(src, base);
    while (!in.done()) {
      char c = in.at(0);
      boolean lineStart = in.pos == 0 || in.at(-1) == '\n';
      if (Character.isWhitespace(c)) {
        in.pos++;
      } else if (c == '#') {
        in.skipLine();
      } else if (lineStart && in.looking("=begin")) {
        in.skipPast("\n=end");
        in.skipLine();
      } else if (lineStart && in.looking("__END__")) {
        break;
      } else if (Chars.isIdentStart(c)) {
        int start = in.pos;
        String word = in.ident();
        if ((in.at(0) == '?' || in.at(0) == '!') && in.at(1) != '=') {
          word += in.at(0);
          in.pos++;
        }
        in.emit(Kind.IDENT, word, start);
      } else if (c == '@' || c == '$') {
        variable(in);
      } else if (c == ':' && in.at(1) != ':' && in.at(-1) != ':' && symbolFollows(in)) {
        symbol(in);
      } else if (c == '\'') {
        in.quoted(
            Kind.STRING, in.pos, in.delimited(c, null), Escapes.SINGLE, Interpolation.NONE, c);
      } else if (c == '"') {
        in.quoted(Kind.STRING, in.pos, in.delimited(c, "#{"), Escapes.RUBY, Interpolation.RUBY, c);
      } else if (c == '`') {
        in.quoted(Kind.SHELL, in.pos, in.delimited(c, "#{"), Escapes.RUBY, Interpolation.RUBY, c);
      } else if (Character.isDigit(c)) {
        in.number();
      } else if (c == '%' && literalExpected(in) && percent(in)) {
        continue;
      } else if (c == '/' && literalExpected(in)) {
        JsLexer.regex(in);
      } else {
        in.punct(PUNCT);
      }
    }
    return in.tokens();
  }

  /**
   * After an operator, or after a word and a blank with no blank following ({@code puts %w(a)}).
   */
  private static boolean literalExpected(Chars in) {
    if (in.operandExpected(BEFORE_LITERAL)) {
      return true;
    }
    Token p = in.previous();
    return p.kind() == Kind.IDENT
        && Character.isWhitespace(in.at(-1))
        && !Character.isWhitespace(in.at(1));
  }

  private static void variable(Chars in) {
    int start = in.pos;
    in.pos++;
    if (in.at(0) == '@') {
      in.pos++;
    }
    String name = in.ident();
    if (name.isEmpty() && in.at(0) != Chars.END && !Character.isWhitespace(in.at(0))) {
      name = String.valueOf(in.at(0));
      in.pos++;
    }
    in.emit(Kind.VAR, in.src.substring(start, in.pos), start);
  }

  private static boolean symbolFollows(Chars in) {
    return Chars.isIdentStart(in.at(1)) || in.at(1) == '"' || in.at(1) == '\'';
  }

  private static void symbol(Chars in) {
    int start = in.pos;
    in.pos++;
    char c = in.at(0);
    if (c == '"' || c == '\'') {
      Escapes escapes = c == '"' ? Escapes.RUBY : Escapes.SINGLE;
      Interpolation interp = c == '"' ? Interpolation.RUBY : Interpolation.NONE;
      in.quoted(Kind.STRING, start, in.delimited(c, null), escapes, interp, c);
      return;
    }
    String name = in.ident();
    if (in.at(0) == '?' || in.at(0) == '!' || in.at(0) == '=' && in.at(1) != '>') {
      name += in.at(0);
      in.pos++;
    }
    in.emit(Kind.STRING, name, start, List.of(new Segment.Lit(name)));
  }

  /** A percent literal; false (nothing read) when {@code %} is not followed by a delimiter. */
  private static boolean percent(Chars in) {
    int start = in.pos;
    char type = in.at(1);
    boolean typed = "qQwWiIxrs".indexOf(type) >= 0 && !Chars.isIdentPart(in.at(2));
    char open = typed ? in.at(2) : type;
    if (open == Chars.END
        || Chars.isIdentPart(open)
        || Character.isWhitespace(open)
        || open == '=') {
      return false;
    }
    in.pos += typed ? 2 : 1;
    char close = Chars.closer(open);
    char kind = typed ? type : 'Q';
    switch (kind) {
      case 'q', 's' ->
          in.quoted(
              Kind.STRING,
              start,
              in.delimited(close, null),
              Escapes.SINGLE,
              Interpolation.NONE,
              close);
      case 'w', 'W', 'i', 'I' -> words(in, start, in.delimited(close, null));
      case 'x' ->
          in.quoted(
              Kind.SHELL,
              start,
              in.delimited(close, "#{"),
              Escapes.RUBY,
              Interpolation.RUBY,
              close);
      case 'r' -> {
        in.delimited(close, "#{");
        in.ident();
        in.emit(Kind.REGEX, in.src.substring(start, in.pos), start);
      }
      default ->
          in.quoted(
              Kind.STRING,
              start,
              in.delimited(close, "#{"),
              Escapes.RUBY,
              Interpolation.RUBY,
              close);
    }
    return true;
  }

  private static void words(Chars in, int start, int[] body) {
    List<Segment> words = new ArrayList<>();
    for (String w : in.src.substring(body[0], body[1]).strip().split("\\s+")) {
      if (!w.isEmpty()) {
        words.add(new Segment.Lit(w));
      }
    }
    in.emit(Kind.WORDS, in.src.substring(body[0], body[1]), start, words);
  }
}
