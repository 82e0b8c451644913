package dev.cmdguard.unwrap.inline;

import dev.cmdguard.unwrap.inline.Token.Kind;
import dev.cmdguard.unwrap.inline.Token.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * A cursor over source text that the per-language lexers share: character access that never fails
 * past the end, token output, and scanning for the end of quoted text. Every method that scans
 * advances or returns an index at least one past where it started, so lexers terminate.
 */
final class Chars {
  /** Returned by {@link #at(int)} past either end of the text. */
  static final char END = '\uFFFF';

  /** One-character strings for ASCII punctuation, shared by all tokens. */
  private static final String[] ASCII = new String[128];

  static {
    for (char c = 0; c < ASCII.length; c++) {
      ASCII[c] = String.valueOf(c);
    }
  }

  final String src;
  private final int base;
  int pos;
  private final List<Token> out = new ArrayList<>();

  /**
   * @param src the text to read
   * @param base the offset of {@code src} in the analysed code (non-zero for interpolations)
   */
  Chars(String src, int base) {
    this.src = src;
    this.base = base;
  }

  boolean done() {
    return pos >= src.length();
  }

  /** The character {@code k} places after the cursor, or {@link #END}. */
  char at(int k) {
    int p = pos + k;
    return p >= 0 && p < src.length() ? src.charAt(p) : END;
  }

  boolean looking(String s) {
    return src.startsWith(s, pos);
  }

  /** The offset in the analysed code of index {@code i} of {@link #src}. */
  int offset(int i) {
    return base + i;
  }

  void emit(Kind kind, String text, int startIndex, List<Segment> parts) {
    out.add(new Token(kind, text, base + startIndex, parts));
  }

  void emit(Kind kind, String text, int startIndex) {
    emit(kind, text, startIndex, List.of());
  }

  /** Decodes the body {@code src[body[0], body[1])} and emits it as one quoted token. */
  void quoted(
      Kind kind,
      int startIndex,
      int[] body,
      Literals.Escapes escapes,
      Literals.Interpolation interpolation,
      char delim) {
    String raw = src.substring(body[0], body[1]);
    List<Segment> parts = Literals.decode(raw, offset(body[0]), escapes, interpolation, delim);
    emit(kind, Literals.text(parts), startIndex, parts);
  }

  /** The last token emitted, or null. */
  Token previous() {
    return out.isEmpty() ? null : out.get(out.size() - 1);
  }

  /** True when a {@code /} or {@code %} here starts a literal rather than an operator. */
  boolean operandExpected(java.util.Set<String> keywords) {
    Token p = previous();
    return p == null || !p.endsOperand() || p.kind() == Kind.IDENT && keywords.contains(p.text());
  }

  List<Token> tokens() {
    return out;
  }

  /**
   * The index of {@code c} in {@code s} from {@code from}, looking at most {@code window}
   * characters ahead; -1 when not there. Short constructs (a variable name in braces, a subscript)
   * are searched this way so that many unterminated ones cannot make a scan quadratic.
   */
  static int indexWithin(String s, char c, int from, int window) {
    int end = (int) Math.min(s.length(), (long) from + window);
    for (int i = Math.max(0, from); i < end; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** Skips to the end of the line (the newline stays). */
  void skipLine() {
    int nl = src.indexOf('\n', pos);
    pos = nl < 0 ? src.length() : nl;
  }

  /** Skips past {@code end}, or to the end of the text. */
  void skipPast(String end) {
    int i = src.indexOf(end, pos);
    pos = i < 0 ? src.length() : i + end.length();
  }

  /** Reads an identifier ({@code [A-Za-z0-9_]} and non-ASCII letters) at the cursor. */
  String ident() {
    return ident("");
  }

  /** Reads an identifier that may also contain any of {@code extra} (JavaScript's {@code $}). */
  String ident(String extra) {
    int start = pos;
    while (pos < src.length()
        && (isIdentPart(src.charAt(pos)) || extra.indexOf(src.charAt(pos)) >= 0)) {
      pos++;
    }
    return src.substring(start, pos);
  }

  /** Skips blanks and line breaks; true when something was skipped. */
  boolean skipSpace() {
    int start = pos;
    while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
      pos++;
    }
    return pos > start;
  }

  /**
   * Reads a quoted body whose opening delimiter is at the cursor, leaves the cursor after the
   * closing one, and returns {@code {bodyStart, bodyEnd}}.
   */
  int[] delimited(char close, String interp) {
    char open = src.charAt(pos);
    int bodyStart = pos + 1;
    int bodyEnd = close(bodyStart, open, close, interp);
    pos = Math.min(bodyEnd + 1, src.length());
    return new int[] {bodyStart, bodyEnd};
  }

  /** The closing bracket of an opening one, or the character itself. */
  static char closer(char open) {
    return switch (open) {
      case '(' -> ')';
      case '[' -> ']';
      case '{' -> '}';
      case '<' -> '>';
      default -> open;
    };
  }

  static boolean isIdentStart(char c) {
    return c == '_' || Character.isLetter(c);
  }

  static boolean isIdentPart(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }

  /** Reads a number (decimal, hex, with dots, exponents and underscores) and emits it. */
  void number() {
    int start = pos;
    pos++;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      boolean exponentSign =
          (c == '+' || c == '-') && (src.charAt(pos - 1) == 'e' || src.charAt(pos - 1) == 'E');
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' && at(1) != '.' || exponentSign)) {
        break;
      }
      pos++;
    }
    emit(Kind.NUMBER, src.substring(start, pos), start);
  }

  /** Emits the longest of {@code multi} at the cursor, or the single character there. */
  void punct(List<String> multi) {
    char c = src.charAt(pos);
    for (String p : multi) {
      if (p.charAt(0) == c && src.startsWith(p, pos)) {
        emit(Kind.PUNCT, p, pos);
        pos += p.length();
        return;
      }
    }
    emit(Kind.PUNCT, c < ASCII.length ? ASCII[c] : String.valueOf(c), pos);
    pos++;
  }

  /**
   * The index of the delimiter that closes text starting at {@code from}, or the text's length
   * when it is unterminated. A backslash escapes the next character; when {@code open != close}
   * the delimiters nest ({@code q{a{b}c}}); {@code interp} (such as {@code "${"}) opens a braced
   * interpolation whose own quotes and braces are skipped.
   */
  int close(int from, char open, char close, String interp) {
    int depth = 0;
    int i = from;
    while (i < src.length()) {
      char c = src.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (interp != null && src.startsWith(interp, i)) {
        i = skipBraces(src, i + interp.length() - 1);
      } else if (c == close && depth == 0) {
        return i;
      } else {
        if (open != close && c == open) {
          depth++;
        } else if (open != close && c == close) {
          depth--;
        }
        i++;
      }
    }
    return src.length();
  }

  /**
   * The index after the {@code }} matching the {@code {} at {@code i}, skipping quoted text
   * inside; the text's length when unbalanced.
   */
  static int skipBraces(String s, int i) {
    int depth = 0;
    int j = i;
    while (j < s.length()) {
      char c = s.charAt(j);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
        if (depth == 0) {
          return j + 1;
        }
      } else if (c == '\'' || c == '"' || c == '`') {
        j = skipQuoted(s, j);
        continue;
      }
      j++;
    }
    return s.length();
  }

  /** The index after the quoted text starting at {@code i} (backslash escapes). */
  static int skipQuoted(String s, int i) {
    char q = s.charAt(i);
    int j = i + 1;
    while (j < s.length() && s.charAt(j) != q) {
      j += s.charAt(j) == '\\' ? 2 : 1;
    }
    return Math.min(j + 1, s.length());
  }
}
