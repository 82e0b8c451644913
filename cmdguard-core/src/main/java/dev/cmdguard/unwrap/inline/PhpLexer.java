package dev.cmdguard.unwrap.inline;

import dev.cmdguard.unwrap.inline.Literals.Escapes;
import dev.cmdguard.unwrap.inline.Literals.Interpolation;
import dev.cmdguard.unwrap.inline.Token.Kind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PHP tokens: {@code <?php … ?>} tags (text outside them is output, not code), {@code $variables},
 * namespaced names, strings with {@code $x} and {@code {$x}} interpolation, backticks, heredocs and
 * nowdocs (PHP manual, "Language Reference: Basic syntax, Strings").
 */
final class PhpLexer {
  private static final List<String> PUNCT =
      List.of(
          "<=>", "**=", "...", "<<=", ">>=", "===", "!==", "??=", "?->", "->", "=>", "::", "==",
          "!=", "<>", "<=", ">=", "&&", "||", "??", "++", "--", "+=", "-=", "*=", "/=", ".=", "%=",
          "**", "<<", ">>", "|=", "&=", "^=");
  private static final Pattern HEREDOC = Pattern.compile("<<<[ \\t]*([\"']?)(\\w+)\\1\\r?\\n");

  private PhpLexer() {}

  /**
   * Tokens of PHP code. Code that holds an opening tag starts as template text (a script read from
   * standard input); code without one is taken as the body of {@code php -r}.
   */
  static List<Token> lex(String src, int base) {
    Chars in = new Chars(src, base);
    boolean code = !src.contains("<?");
    while (!in.done()) {
      if (!code) {
        int open = src.indexOf("<?", in.pos);
        if (open < 0) {
          break;
        }
        in.pos = open + 2;
        if (in.looking("php")) {
          in.pos += 3;
        }
        code = true;
      } else if (in.looking("?>")) {
        in.pos += 2;
        in.emit(Kind.PUNCT, ";", in.pos - 2);
        code = false;
      } else {
        step(in);
      }
    }
    return in.tokens();
  }

  private static void step(Chars in) {
    char c = in.at(0);
    if (Character.isWhitespace(c)) {
      in.pos++;
    } else if (in.looking("//") || c == '#' && in.at(1) != '[') {
      in.skipLine();
    } else if (in.looking("/*")) {
      in.skipPast("*/");
    } else if (c == '$') {
      variable(in);
    } else if (Chars.isIdentStart(c) || c == '\\' && Chars.isIdentStart(in.at(1))) {
      name(in);
    } else if (c == '\'') {
      in.quoted(Kind.STRING, in.pos, in.delimited(c, null), Escapes.SINGLE, Interpolation.NONE, c);
    } else if (c == '"') {
      in.quoted(Kind.STRING, in.pos, in.delimited(c, null), Escapes.PHP, Interpolation.PHP, c);
    } else if (c == '`') {
      in.quoted(Kind.SHELL, in.pos, in.delimited(c, null), Escapes.PHP, Interpolation.PHP, c);
    } else if (Character.isDigit(c)) {
      in.number();
    } else if (in.looking("<<<") && heredoc(in)) {
      return;
    } else {
      in.punct(PUNCT);
    }
  }

  private static void variable(Chars in) {
    int start = in.pos;
    in.pos++;
    if (in.at(0) == '$') {
      while (in.at(0) == '$') {
        in.pos++;
      }
      in.ident();
      in.emit(Kind.VAR, in.src.substring(start, in.pos), start);
      return;
    }
    in.emit(Kind.VAR, "$" + in.ident(), start);
  }

  /** A name, namespaced or not; functions and classes are case-insensitive, kept as written. */
  private static void name(Chars in) {
    int start = in.pos;
    if (in.at(0) == '\\') {
      in.pos++;
    }
    StringBuilder name = new StringBuilder(in.ident());
    while (in.at(0) == '\\' && Chars.isIdentStart(in.at(1))) {
      in.pos++;
      name.append('\\').append(in.ident());
    }
    in.emit(Kind.IDENT, name.toString(), start);
  }

  /** {@code <<<EOT … EOT} (interpolated) and {@code <<<'EOT' … EOT} (not). */
  private static boolean heredoc(Chars in) {
    Matcher m = HEREDOC.matcher(in.src).region(in.pos, in.src.length());
    if (!m.lookingAt()) {
      return false;
    }
    int start = in.pos;
    int bodyStart = m.end();
    Matcher end =
        Pattern.compile("(?m)^[ \\t]*" + m.group(2) + "\\b")
            .matcher(in.src)
            .region(bodyStart, in.src.length());
    boolean found = end.find();
    int bodyEnd = found ? end.start() : in.src.length();
    in.pos = found ? end.end() : in.src.length();
    boolean nowdoc = m.group(1).equals("'");
    int trimmedEnd =
        bodyEnd > bodyStart && in.src.charAt(bodyEnd - 1) == '\n' ? bodyEnd - 1 : bodyEnd;
    in.quoted(
        Kind.STRING,
        start,
        new int[] {bodyStart, trimmedEnd},
        nowdoc ? Escapes.NONE : Escapes.PHP,
        nowdoc ? Interpolation.NONE : Interpolation.PHP,
        '\0');
    return true;
  }
}
