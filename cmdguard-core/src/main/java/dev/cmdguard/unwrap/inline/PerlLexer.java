package dev.cmdguard.unwrap.inline;

import dev.cmdguard.unwrap.inline.Literals.Escapes;
import dev.cmdguard.unwrap.inline.Literals.Interpolation;
import dev.cmdguard.unwrap.inline.Token.Kind;
import dev.cmdguard.unwrap.inline.Token.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Perl tokens: sigiled variables, POD, and the quote-like operators {@code q qq qw qx m qr s tr y}
 * with any delimiters (perlop, "Quote and Quote-like Operators"). The replacement of {@code s///e}
 * is code and is kept as an interpolation to analyse.
 */
final class PerlLexer {
  private static final List<String> PUNCT =
      List.of(
          "<=>", "**=", "||=", "&&=", "//=", "...", "->", "=>", "::", "=~", "!~", "==", "!=", "<=",
          ">=", "&&", "||", "//", "..", "**", "++", "--", "+=", "-=", ".=", "*=", "/=", "<<", ">>");
  private static final Set<String> QUOTES =
      Set.of("q", "qq", "qw", "qx", "m", "qr", "s", "tr", "y");
  private static final Set<String> BEFORE_REGEX =
      Set.of(
          "split", "if", "unless", "and", "or", "not", "return", "grep", "map", "while", "until",
          "x", "eq", "ne", "when");

  private static final java.util.regex.Pattern BRACED_NAME =
      java.util.regex.Pattern.compile("\\^?\\w+(::\\w+)*");

  private PerlLexer() {}

  static List<Token> lex(String src, int base) {
    Chars in = new Chars(src, base);
    while (!in.done()) {
      char c = in.at(0);
      if (Character.isWhitespace(c)) {
        in.pos++;
      } else if (c == '#') {
        in.skipLine();
      } else if (c == '=' && (in.pos == 0 || in.at(-1) == '\n') && Chars.isIdentStart(in.at(1))) {
        in.skipPast("\n=cut");
        in.skipLine();
      } else if (c == '&' && in.at(1) == '{' && in.operandExpected(Set.of())) {
        in.emit(Kind.VAR, "&", in.pos);
        in.pos++;
      } else if (c == '&' && in.at(1) == '$' && in.operandExpected(Set.of())) {
        in.pos++;
        variable(in, "&");
      } else if (c == '$' || c == '@' || c == '%' && in.operandExpected(Set.of())) {
        variable(in, "");
      } else if (Chars.isIdentStart(c)) {
        if (!word(in)) {
          break;
        }
      } else if (c == '\'') {
        in.quoted(
            Kind.STRING, in.pos, in.delimited(c, null), Escapes.SINGLE, Interpolation.NONE, c);
      } else if (c == '"') {
        in.quoted(Kind.STRING, in.pos, in.delimited(c, null), Escapes.PERL, Interpolation.PERL, c);
      } else if (c == '`') {
        in.quoted(Kind.SHELL, in.pos, in.delimited(c, null), Escapes.PERL, Interpolation.PERL, c);
      } else if (Character.isDigit(c)) {
        in.number();
      } else if (c == '/' && in.operandExpected(BEFORE_REGEX)) {
        int start = in.pos;
        in.delimited('/', null);
        in.ident();
        in.emit(Kind.REGEX, in.src.substring(start, in.pos), start);
      } else {
        in.punct(PUNCT);
      }
    }
    return in.tokens();
  }

  /**
   * {@code $x}, {@code $pkg::x}, {@code ${x}}, {@code $#x}, {@code $_}, {@code $!}, {@code @x};
   * {@code prefix} is {@code &} for a call through a code reference ({@code &$f(…)}).
   */
  private static void variable(Chars in, String prefix) {
    int start = in.pos - prefix.length();
    char sigil = in.at(0);
    in.pos++;
    if (in.at(0) == '{' && sigil != '%') {
      int close = Chars.indexWithin(in.src, '}', in.pos, 256);
      String name = close < 0 ? "" : in.src.substring(in.pos + 1, close).strip();
      if (BRACED_NAME.matcher(name).matches()) {
        in.pos = close + 1;
        in.emit(Kind.VAR, prefix + sigil + name, start);
        return;
      }
      in.emit(Kind.VAR, prefix + sigil, start);
      return;
    }
    if (sigil == '$' && in.at(0) == '#') {
      in.pos++;
    }
    String name = qualified(in);
    if (name.isEmpty()
        && sigil == '$'
        && in.at(0) != Chars.END
        && in.at(0) != '$'
        && !Character.isWhitespace(in.at(0))) {
      name = String.valueOf(in.at(0));
      in.pos++;
    } else if (name.isEmpty() && in.at(0) == '$') {
      in.emit(Kind.VAR, prefix + sigil, start);
      return;
    }
    if (name.isEmpty() && sigil != '$') {
      in.emit(Kind.PUNCT, String.valueOf(sigil), start);
      return;
    }
    in.emit(Kind.VAR, prefix + sigil + name, start);
  }

  /** An identifier with {@code ::} separators ({@code File::Path::rmtree}). */
  private static String qualified(Chars in) {
    StringBuilder name = new StringBuilder(in.ident());
    while (in.looking("::") && Chars.isIdentPart(in.at(2))) {
      in.pos += 2;
      name.append("::").append(in.ident());
    }
    return name.toString();
  }

  /** A bareword or a quote-like operator; false at {@code __END__}. */
  private static boolean word(Chars in) {
    int start = in.pos;
    String word = qualified(in);
    if (word.equals("__END__") || word.equals("__DATA__")) {
      return false;
    }
    Token previous = in.previous();
    boolean method = previous != null && previous.is("->");
    boolean filetest = previous != null && previous.is("-") && in.src.charAt(start - 1) == '-';
    if (QUOTES.contains(word) && !method && !filetest && quoteDelimiterFollows(in)) {
      quoteLike(in, word, start);
    } else {
      in.emit(Kind.IDENT, word, start);
    }
    return true;
  }

  private static boolean quoteDelimiterFollows(Chars in) {
    int save = in.pos;
    in.skipSpace();
    char d = in.at(0);
    boolean ok =
        d != Chars.END
            && !Chars.isIdentPart(d)
            && !Character.isWhitespace(d)
            && ",;)}".indexOf(d) < 0
            && !(d == '=' && (in.at(1) == '>' || in.at(1) == '=' || in.at(1) == ' '));
    if (!ok) {
      in.pos = save;
    }
    return ok;
  }

  private static void quoteLike(Chars in, String op, int start) {
    char open = in.at(0);
    char close = Chars.closer(open);
    int[] first = in.delimited(close, null);
    switch (op) {
      case "q" -> in.quoted(Kind.STRING, start, first, Escapes.SINGLE, Interpolation.NONE, close);
      case "qq" -> in.quoted(Kind.STRING, start, first, Escapes.PERL, Interpolation.PERL, close);
      case "qw" -> words(in, start, first);
      case "qx" -> {
        boolean plain = open == '\'';
        in.quoted(
            Kind.SHELL,
            start,
            first,
            plain ? Escapes.SINGLE : Escapes.PERL,
            plain ? Interpolation.NONE : Interpolation.PERL,
            close);
      }
      case "m", "qr" -> regex(in, start, List.of());
      default -> substitution(in, op, start, open, close);
    }
  }

  /**
   * {@code s///}, {@code tr///}, {@code y///}: a second part, then flags; {@code s///e} is code.
   */
  private static void substitution(Chars in, String op, int start, char open, char close) {
    int[] second;
    if (open != close) {
      in.skipSpace();
      char open2 = in.at(0);
      second =
          open2 == Chars.END ? new int[] {in.pos, in.pos} : in.delimited(Chars.closer(open2), null);
    } else {
      int bodyStart = in.pos;
      int bodyEnd = in.close(bodyStart, open, close, null);
      in.pos = Math.min(bodyEnd + 1, in.src.length());
      second = new int[] {bodyStart, bodyEnd};
    }
    int flagsStart = in.pos;
    String flags = in.ident();
    List<Segment> code = List.of();
    if (op.equals("s") && flags.contains("e")) {
      code =
          List.of(new Segment.Interp(in.src.substring(second[0], second[1]), in.offset(second[0])));
    }
    in.pos = flagsStart + flags.length();
    regex(in, start, code);
  }

  private static void regex(Chars in, int start, List<Segment> code) {
    if (code.isEmpty()) {
      in.ident();
    }
    in.emit(Kind.REGEX, in.src.substring(start, in.pos), start, code);
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
