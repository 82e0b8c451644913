package dev.cmdguard.shell;

import static dev.cmdguard.shell.LexFrame.CASE_BODY;
import static dev.cmdguard.shell.LexFrame.CASE_PATTERN;
import static dev.cmdguard.shell.LexFrame.CASE_WORD;

import java.util.Set;

/**
 * Unquoted words, reserved words and redirection operators for {@link Prelexer}: the places where
 * the scan rewrites the text handed to tree-sitter (bash manual, "Reserved Words", "Coprocesses",
 * "Redirections", "Here Documents").
 */
final class LexWords {
  /** Reserved words after which the next word is again in command position. */
  private static final Set<String> KEEP_COMMAND_START =
      Set.of("if", "then", "else", "elif", "do", "while", "until", "{");

  /** Words that open a compound command (what {@code coproc NAME} must be followed by). */
  private static final Set<String> COMPOUND =
      Set.of("{", "if", "while", "until", "for", "select", "case", "[[");

  private final Prelexer lx;
  private final LexSteps steps;
  private final String src;

  LexWords(Prelexer lexer, LexSteps steps) {
    this.lx = lexer;
    this.steps = steps;
    this.src = lexer.src;
  }

  void bareWord(LexFrame f, boolean atWord) {
    int start = lx.i;
    int end = bareEnd(start);
    boolean delimited = LexSteps.isDelimiter(end < lx.n ? src.charAt(end) : 0);
    if (atWord && src.charAt(start) == '{' && descriptorName(start, end)) {
      lx.flushPrefixes();
      for (int k = start; k < end; k++) {
        lx.put(k, '1');
      }
      lx.i = end;
      f.commandStart = false;
      return;
    }
    if (atWord && src.charAt(start) == '0' && descriptorDigits(start, end)) {
      lx.flushPrefixes();
      for (int k = start; k < end; k++) {
        lx.put(k, '1'); // tree-sitter-bash does not read 0 as a descriptor (0<file, 0>&1)
      }
      lx.i = end;
      f.commandStart = false;
      return;
    }
    if (atWord && src.charAt(start) == '{' && end > start + 1) {
      // '{' is reserved only as a word of its own; {rm,-rf,/} is a word (a brace expansion) that
      // tree-sitter-bash would read as the start of a group. The converter reads the original text.
      lx.put(start, '_');
    }
    String bare = atWord && delimited ? src.substring(start, end) : null;
    if (bare != null && f.commandStart && prefix(bare, start, end)) {
      return;
    }
    lx.flushPrefixes();
    lx.i = end;
    boolean commandWord = bare != null && f.commandStart && f.caseState() != CASE_PATTERN;
    if (commandWord) {
      lx.gate.reservedWord(f, bare, start, end);
    }
    if (commandWord && reserved(f, bare)) {
      return;
    }
    boolean name = atWord && f.functionName;
    int header = f.functionStart;
    steps.word(f, atWord, bare);
    f.functionName = commandWord && bare.equals("function");
    if (f.functionName || (commandWord && emptyParens(end))) {
      f.functionStart = start;
    } else if (name) {
      f.functionStart = header;
      f.commandStart = true; // function NAME { …; }: the '{' opens a compound command
    }
  }

  /** True when {@code ()} follows {@code from}, blanks allowed: a function definition's header. */
  private boolean emptyParens(int from) {
    int open = skipBlanks(from);
    return open < lx.n && src.charAt(open) == '(' && src.startsWith(")", skipBlanks(open + 1));
  }

  /** {@code !}, {@code time [-p]} and {@code coproc [NAME]}: blanked and remembered. */
  private boolean prefix(String bare, int start, int end) {
    switch (bare) {
      case "!" -> lx.addPrefix(Prelexer.Prefix.NEGATE, start);
      case "time" -> {
        int optionEnd = nextBare(end, "-p");
        if (optionEnd > 0) {
          lx.blank(end, optionEnd);
          end = optionEnd;
        }
      }
      case "coproc" -> {
        lx.addPrefix(Prelexer.Prefix.COPROC, start);
        end = coprocName(end);
      }
      default -> {
        return false;
      }
    }
    lx.blank(start, end);
    lx.i = end;
    return true;
  }

  /** Skips {@code NAME} in {@code coproc NAME compound-command}; returns where blanking ends. */
  private int coprocName(int from) {
    int nameStart = skipBlanks(from);
    int nameEnd = bareEnd(nameStart);
    if (nameEnd == nameStart || COMPOUND.contains(src.substring(nameStart, nameEnd))) {
      return from;
    }
    int next = skipBlanks(nameEnd);
    int nextEnd = bareEnd(next);
    boolean compound =
        (next < lx.n && src.charAt(next) == '(')
            || (nextEnd > next && COMPOUND.contains(src.substring(next, nextEnd)));
    return compound ? nameEnd : from;
  }

  private boolean reserved(LexFrame f, String bare) {
    if (KEEP_COMMAND_START.contains(bare)) {
      return true;
    }
    if (bare.equals("case")) {
      lx.gate.openCompound(f, lx.i - bare.length());
      f.pushCase(CASE_WORD);
      f.commandStart = false;
      return true;
    }
    if (bare.equals("esac") && f.caseState() == CASE_BODY) {
      f.popCase();
      lx.gate.closeCompound(f, lx.i);
      f.commandStart = false;
      return true;
    }
    return false;
  }

  void redirection(LexFrame f, char c) {
    f.commandStart = false;
    f.wordStart = true;
    char next = lx.peek(1);
    if (c == '<' && next == '<') {
      if (lx.peek(2) == '<') {
        hereString();
      } else {
        heredocOperator();
      }
      return;
    }
    if (next == '(') {
      f.wordStart = false;
      steps.nesting.push(LexFrame.command(true), 2);
      return;
    }
    if (c == '<' && next == '>') {
      lx.put(lx.i, '>');
      lx.put(lx.i + 1, '|');
      lx.i += 2;
      return;
    }
    lx.i++;
    if (lx.peek(0) == c || (c == '>' && lx.peek(0) == '|')) {
      lx.i++;
    } else if (lx.peek(0) == '&') {
      lx.i += lx.peek(1) == '-' ? 2 : 1;
    }
  }

  /** {@code N<<<} is rewritten to {@code N<& } (tree-sitter cannot parse a descriptor there). */
  private void hereString() {
    int at = lx.i;
    if (at > 0 && Character.isDigit(src.charAt(at - 1))) {
      lx.put(at, '<');
      lx.put(at + 1, '&');
      lx.put(at + 2, ' ');
    }
    lx.i += 3;
  }

  private void heredocOperator() {
    int opStart = lx.i;
    boolean strip = lx.peek(2) == '-';
    lx.put(opStart, '<');
    lx.put(opStart + 1, '&');
    if (strip) {
      lx.put(opStart + 2, ' ');
    }
    String operator = strip ? "<<-" : "<<";
    int delimiterStart = skipBlanks(opStart + operator.length());
    StringBuilder delimiter = new StringBuilder();
    boolean quoted = readDelimiter(delimiterStart, delimiter);
    if (lx.i == delimiterStart) {
      lx.problem(opStart, lx.i, "here-document delimiter missing after '" + operator + "'");
      return;
    }
    lx.heredoc(opStart, operator, lx.i, delimiter.toString(), quoted);
  }

  /**
   * Reads the delimiter word from {@code from} with quotes removed into {@code delimiter}, leaving
   * the offset after it; returns whether any part was quoted. A carriage return belongs to the
   * word, as in bash, so CRLF scripts still find their delimiter line.
   */
  private boolean readDelimiter(int from, StringBuilder delimiter) {
    int p = from;
    boolean quoted = false;
    while (p < lx.n && (!LexSteps.isDelimiter(src.charAt(p)) || src.charAt(p) == '\r')) {
      char c = src.charAt(p);
      if (c == '\'') {
        int close = steps.nesting.closeSingle(p + 1);
        delimiter.append(src, p + 1, Math.max(p + 1, close - 1));
        p = close;
        quoted = true;
      } else if (c == '"') {
        p = doubleQuotedDelimiter(p + 1, delimiter);
        quoted = true;
      } else if (c == '\\') {
        if (p + 1 < lx.n) {
          delimiter.append(src.charAt(p + 1));
        }
        p = Math.min(lx.n, p + 2);
        quoted = true;
      } else {
        delimiter.append(c);
        p++;
      }
    }
    lx.i = p;
    return quoted;
  }

  private int doubleQuotedDelimiter(int from, StringBuilder delimiter) {
    int p = from;
    while (p < lx.n && src.charAt(p) != '"') {
      if (src.charAt(p) == '\\' && p + 1 < lx.n && "\"\\$`".indexOf(src.charAt(p + 1)) >= 0) {
        p++;
      }
      delimiter.append(src.charAt(p));
      p++;
    }
    return Math.min(lx.n, p + 1);
  }

  /** {@code {name}} right before {@code <} or {@code >}: a descriptor variable. */
  private boolean descriptorName(int start, int end) {
    if (end >= lx.n || (src.charAt(end) != '<' && src.charAt(end) != '>')) {
      return false;
    }
    if (end - start < 3 || src.charAt(end - 1) != '}') {
      return false;
    }
    for (int k = start + 1; k < end - 1; k++) {
      char c = src.charAt(k);
      boolean ok = c == '_' || Character.isLetter(c) || (k > start + 1 && Character.isDigit(c));
      if (!ok || c > 0x7f) {
        return false;
      }
    }
    return true;
  }

  /** Digits right before {@code <} or {@code >}: a descriptor number. */
  private boolean descriptorDigits(int start, int end) {
    if (end >= lx.n || (src.charAt(end) != '<' && src.charAt(end) != '>')) {
      return false;
    }
    for (int k = start; k < end; k++) {
      if (src.charAt(k) < '0' || src.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The end of {@code word} when it is the next bare word after {@code from}; else -1. */
  private int nextBare(int from, String word) {
    int start = skipBlanks(from);
    int end = bareEnd(start);
    boolean delimited = LexSteps.isDelimiter(end < lx.n ? src.charAt(end) : 0);
    return delimited && src.startsWith(word, start) && end - start == word.length() ? end : -1;
  }

  private int bareEnd(int from) {
    int end = from;
    while (end < lx.n && LexSteps.isBare(src.charAt(end))) {
      end++;
    }
    return end;
  }

  private int skipBlanks(int from) {
    int p = from;
    while (p < lx.n && (src.charAt(p) == ' ' || src.charAt(p) == '\t')) {
      p++;
    }
    return p;
  }
}
