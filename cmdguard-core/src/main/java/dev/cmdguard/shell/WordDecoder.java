package dev.cmdguard.shell;

import dev.cmdguard.shell.WordPart.Quoting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decodes a word's source text into {@link WordPart}s the way bash does quote removal (bash manual,
 * "Quoting"): {@code '…'} is literal, in {@code "…"} only {@code \$ \` \" \\ \}newline are escapes,
 * outside quotes a backslash quotes the next character ({@link Quoting#ESCAPED}) and {@code
 * \}newline disappears, {@code $'…'} is decoded by {@link AnsiC}. Expansions become parts; the
 * bodies of substitutions come from tree-sitter's nodes where it has them, otherwise the text is
 * parsed again. A decoder is used for one word.
 */
final class WordDecoder {
  /** How the text inside double quotes (or quote-like text) is read. */
  enum Mode {
    DOUBLE,
    LOCALE,
    HEREDOC,
    ARITHMETIC
  }

  final Conversion cx;
  final Statements st;
  private final String text;
  private final PartsBuilder out;
  private boolean stripTabs;
  private int regionStart;

  WordDecoder(Conversion cx, Statements st) {
    this.cx = cx;
    this.st = st;
    this.text = cx.text;
    this.out = new PartsBuilder(cx.offsets);
  }

  Word word(int start, int end) {
    unquoted(start, end);
    return new Word(PartsBuilder.compact(out.parts()), cx.span(start, end));
  }

  /** A here-document body: literal when the delimiter was quoted, else like {@code "…"}. */
  Word heredoc(HeredocSite site) {
    int start = site.bodyStart();
    int end = site.bodyEnd();
    Span span = cx.span(start, end);
    stripTabs = site.stripTabs();
    regionStart = start;
    if (site.quoted()) {
      String raw = text.substring(start, end);
      String value = stripTabs ? raw.replaceAll("(?m)^\t+", "") : raw;
      return new Word(List.of(new WordPart.Literal(value, Quoting.SINGLE, span)), span);
    }
    quoted(start, end, Mode.HEREDOC, start);
    return new Word(out.parts(), span);
  }

  /** The bodies of the substitutions inside arithmetic text. */
  List<Script> substitutions(int start, int end) {
    if (st.tooDeep(start, end)) {
      return List.of();
    }
    st.depth++;
    try {
      quoted(start, end, Mode.ARITHMETIC, start);
    } finally {
      st.depth--;
    }
    List<Script> scripts = new ArrayList<>();
    collect(out.parts(), scripts);
    return scripts;
  }

  static void collect(List<WordPart> parts, List<Script> out) {
    for (WordPart part : parts) {
      // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
      if (part instanceof WordPart.CommandSubstitution c) {
        out.add(c.body());
      } else if (part instanceof WordPart.ProcessSubstitution p) {
        out.add(p.body());
      } else if (part instanceof WordPart.ArithmeticExpansion a) {
        out.addAll(a.substitutions());
      } else if (part instanceof WordPart.Parameter p) {
        p.argument().ifPresent(w -> collect(w.parts(), out));
      } else if (part instanceof WordPart.Literal) {
        // no substitutions in a literal
      } else {
        throw new IllegalStateException("unexpected word part: " + part);
      }
    }
  }

  private void unquoted(int from, int to) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      i =
          switch (c) {
            case '\\' -> escape(i, to);
            case '\'' -> single(i, to);
            case '"' -> quoted(i + 1, to, Mode.DOUBLE, i);
            case '$' -> dollar(i, to, false, Quoting.UNQUOTED);
            case '`' -> new Substitutions(this).backquote(i, to, false);
            case '<', '>' ->
                i + 1 < to && text.charAt(i + 1) == '('
                    ? new Substitutions(this).process(i, to)
                    : plain(i, to, Quoting.UNQUOTED);
            default -> plain(i, to, Quoting.UNQUOTED);
          };
    }
  }

  private int plain(int i, int to, Quoting quoting) {
    return plain(i, to, quoting, true);
  }

  /** A run of characters with no special meaning; {@code "} ends it unless in a heredoc. */
  private int plain(int i, int to, Quoting quoting, boolean quoteEnds) {
    int j = i + 1;
    while (j < to && !special(text.charAt(j), quoting, quoteEnds)) {
      j++;
    }
    literal(text.substring(i, j), quoting, i, j);
    return j;
  }

  private boolean special(char c, Quoting quoting, boolean quoteEnds) {
    return switch (c) {
      case '\\', '$', '`' -> true;
      case '\'', '<', '>' -> quoting == Quoting.UNQUOTED;
      case '"' -> quoteEnds;
      case '\t', '\n' -> stripTabs;
      default -> false;
    };
  }

  private int escape(int i, int to) {
    if (i + 1 >= to) {
      literal("\\", Quoting.UNQUOTED, i, i + 1);
      return i + 1;
    }
    char next = text.charAt(i + 1);
    if (next == '\n') {
      continuation(i);
      return i + 2;
    }
    int width = Character.isHighSurrogate(next) && i + 2 < to ? 2 : 1;
    literal(text.substring(i + 1, i + 1 + width), Quoting.ESCAPED, i, i + 1 + width);
    return i + 1 + width;
  }

  private int single(int i, int to) {
    int close = text.indexOf('\'', i + 1);
    int end = close < 0 || close >= to ? to : close + 1;
    int contentEnd = close < 0 || close >= to ? to : close;
    literal(text.substring(i + 1, contentEnd), Quoting.SINGLE, i, end);
    return end;
  }

  /**
   * Text read like the inside of double quotes, from {@code from}; returns the offset after the
   * closing quote (DOUBLE, LOCALE) or {@code to}. {@code openAt} is where the opening {@code "} or
   * {@code $"} starts.
   */
  int quoted(int from, int to, Mode mode, int openAt) {
    boolean closes = mode == Mode.DOUBLE || mode == Mode.LOCALE;
    Quoting q = mode == Mode.LOCALE ? Quoting.LOCALE : Quoting.DOUBLE;
    if (closes) {
      literal("", q, openAt, from);
    }
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c == '"' && closes) {
        literal("", q, i, i + 1);
        return i + 1;
      } else if (c == '\t' && stripTabs && (i == regionStart || text.charAt(i - 1) == '\n')) {
        int j = i;
        while (j < to && text.charAt(j) == '\t') {
          j++;
        }
        literal("", q, i, j);
        i = j;
      } else if (c == '\\') {
        i = quotedEscape(i, to, mode, q);
      } else if (c == '$') {
        i = dollar(i, to, true, q);
      } else if (c == '`') {
        i = new Substitutions(this).backquote(i, to, true);
      } else {
        i = plain(i, to, q, closes);
      }
    }
    return to;
  }

  private int quotedEscape(int i, int to, Mode mode, Quoting q) {
    if (i + 1 >= to) {
      literal("\\", q, i, i + 1);
      return i + 1;
    }
    char next = text.charAt(i + 1);
    if (next == '\n') {
      continuation(i);
      return i + 2;
    }
    boolean quote = next == '"' && (mode == Mode.DOUBLE || mode == Mode.LOCALE);
    if (next == '$' || next == '`' || next == '\\' || quote) {
      literal(String.valueOf(next), q, i, i + 2);
      return i + 2;
    }
    literal("\\", q, i, i + 1);
    return i + 1;
  }

  private int dollar(int i, int to, boolean quoted, Quoting q) {
    char next = i + 1 < to ? text.charAt(i + 1) : 0;
    Substitutions subs = new Substitutions(this);
    if (next == '(') {
      return subs.dollarParen(i, to, quoted);
    } else if (next == '{') {
      return new ParameterDecoder(this).parameter(i, to, quoted);
    } else if (next == '[') {
      return subs.arithmetic(i, to, quoted, 2);
    } else if (next == '\'' && !quoted) {
      return ansiC(i, to);
    } else if (next == '"' && !quoted) {
      return quoted(i + 2, to, Mode.LOCALE, i);
    } else if (next == '_' || (next < 0x80 && Character.isLetter(next))) {
      int j = i + 2;
      while (j < to && isNameChar(text.charAt(j))) {
        j++;
      }
      add(
          new WordPart.Parameter(
              text.substring(i + 1, j), "", Optional.empty(), quoted, span(i, j)));
      return j;
    } else if (Character.isDigit(next) || (next != 0 && "@*#?-$!".indexOf(next) >= 0)) {
      add(
          new WordPart.Parameter(
              String.valueOf(next), "", Optional.empty(), quoted, span(i, i + 2)));
      return i + 2;
    }
    literal("$", q, i, i + 1);
    return i + 1;
  }

  private int ansiC(int i, int to) {
    int k = i + 2;
    while (k < to && text.charAt(k) != '\'') {
      k += text.charAt(k) == '\\' ? 2 : 1;
    }
    int contentEnd = Math.min(k, to);
    int end = k < to ? k + 1 : to;
    literal(AnsiC.decode(text.substring(i + 2, contentEnd)), Quoting.ANSI_C, i, end);
    return end;
  }

  static boolean isNameChar(char c) {
    return c == '_' || (c < 0x80 && Character.isLetterOrDigit(c));
  }

  /** A line continuation: nothing is added, but the current literal's span covers it. */
  private void continuation(int i) {
    out.extendOver(i, i + 2);
  }

  void literal(String value, Quoting quoting, int rawStart, int rawEnd) {
    out.literal(value, quoting, rawStart, rawEnd);
  }

  void add(WordPart part) {
    out.add(part);
  }

  Span span(int start, int end) {
    return cx.span(start, end);
  }

  String text() {
    return text;
  }
}
