package dev.cmdguard.unwrap.windows;

import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.ResolvedRedirect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * cmd.exe's second parsing phase (after {@link CmdExpansion}): commands joined by {@code &}, {@code
 * &&}, {@code ||} and newlines, pipelines with {@code |}, groups in parentheses, {@code ^} escapes
 * and {@code "…"} quoting (inside which {@code ^ & | < >} are ordinary), redirections ({@code >},
 * {@code >>}, {@code <}, {@code 2>}, {@code 2>&1}) anywhere in a command, and the statements that
 * contain commands: {@code if … [else …]}, {@code for … do}, {@code call}; {@code rem} and {@code
 * ::} comment out the rest of the line. Each simple command becomes a step ({@link CmdCommands}).
 */
final class CmdParser {
  /** What a construct ran: the index of its first step (-1 for none) and its output, if known. */
  record Ran(int first, Optional<String> output) {
    static final Ran NOTHING = new Ran(-1, Optional.of(""));
  }

  /**
   * A word of a command as cmd.exe sees it.
   *
   * @param raw the characters with {@code ^} escapes applied and quotes kept
   * @param from index of its first character in the source
   * @param to index after its last character
   */
  record Word(String raw, int from, int to) {}

  final Source src;
  final Emitter out;
  private int pos;
  final Map<String, Optional<String>> loopVariables = new HashMap<>();

  private CmdParser(Source src, Emitter out) {
    this.src = src;
    this.out = out;
  }

  static void parse(Source src, Emitter out) {
    CmdParser p = new CmdParser(src, out);
    while (p.pos < src.length()) {
      p.list(false);
      if (p.pos < src.length()) {
        p.pos++; // a stray ')' outside any group
      }
    }
  }

  Ran list(boolean inGroup) {
    int first = -1;
    StringBuilder output = new StringBuilder();
    boolean known = true;
    while (true) {
      blanks();
      if (end() || (inGroup && peek() == ')')) {
        break;
      }
      char c = peek();
      if (c == '&' || c == '|' || c == '\n' || c == '\r') {
        pos++;
        continue;
      }
      Ran r = pipeline(inGroup);
      first = first < 0 ? r.first() : first;
      known &= r.output().isPresent();
      r.output().ifPresent(output::append);
    }
    return new Ran(first, known ? Optional.of(output.toString()) : Optional.empty());
  }

  private Ran pipeline(boolean inGroup) {
    Ran r = command(inGroup, -1, Optional.empty());
    Ran head = r;
    while (true) {
      blanks();
      if (end() || peek() != '|' || (pos + 1 < src.length() && src.at(pos + 1) == '|')) {
        return r == head ? r : new Ran(head.first(), r.output());
      }
      pos++;
      r = command(inGroup, r.first(), r.output());
    }
  }

  /** One command: a group, a statement, or a simple command. */
  Ran command(boolean inGroup, int pipeFrom, Optional<String> stdin) {
    if (!out.enter()) {
      pos = src.length();
      return new Ran(-1, Optional.empty());
    }
    try {
      delimiters();
      while (!end() && peek() == '@') {
        pos++;
      }
      delimiters();
      if (end()) {
        return Ran.NOTHING;
      }
      if (peek() == '(') {
        pos++;
        Ran r = list(true);
        if (!end() && peek() == ')') {
          pos++;
        } else {
          out.problem("cmd: a parenthesis is not closed");
        }
        List<ResolvedRedirect> redirects = new ArrayList<>();
        while (true) {
          blanks();
          if (atEnd(inGroup) || !redirect(inGroup, redirects)) {
            break;
          }
        }
        CmdCommands.groupRedirects(this, redirects);
        return r;
      }
      return CmdStatements.simple(this, inGroup, pipeFrom, stdin);
    } finally {
      out.leave();
    }
  }

  /**
   * Reads the words of a command up to its end ({@code &}, {@code |}, a newline, or {@code )} in a
   * group), collecting its redirections.
   */
  List<Word> words(boolean inGroup, List<ResolvedRedirect> redirects) {
    List<Word> words = new ArrayList<>();
    while (true) {
      Optional<Word> w = word(inGroup, redirects);
      if (w.isEmpty()) {
        return words;
      }
      words.add(w.get());
    }
  }

  /** The next word, or empty at the end of the command. Redirections are read on the way. */
  Optional<Word> word(boolean inGroup, List<ResolvedRedirect> redirects) {
    while (true) {
      blanks();
      if (atEnd(inGroup)) {
        return Optional.empty();
      }
      if (redirect(inGroup, redirects)) {
        continue;
      }
      return Optional.of(rawWord(inGroup));
    }
  }

  private Word rawWord(boolean inGroup) {
    StringBuilder raw = new StringBuilder();
    int from = pos;
    boolean quoted = false;
    while (!end()) {
      char c = peek();
      if (!quoted && (c == ' ' || c == '\t' || c == '<' || c == '>' || atEnd(inGroup))) {
        break;
      }
      if (c == '^' && !quoted) {
        pos++;
        if (!end() && (peek() == '\n' || peek() == '\r')) {
          pos++;
          continue;
        }
        if (!end()) {
          raw.append(peek());
          pos++;
        }
        continue;
      }
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == '\n' || c == '\r') {
        break;
      }
      raw.append(c);
      pos++;
    }
    return new Word(raw.toString(), from, pos);
  }

  /** Reads a redirection at the cursor; false when there is none. */
  private boolean redirect(boolean inGroup, List<ResolvedRedirect> redirects) {
    int start = pos;
    int fd = -1;
    if (Character.isDigit(peek()) && pos + 1 < src.length() && "<>".indexOf(src.at(pos + 1)) >= 0) {
      fd = peek() - '0';
      pos++;
    }
    if (end() || (peek() != '>' && peek() != '<')) {
      pos = start;
      return false;
    }
    String op = String.valueOf(peek());
    pos++;
    if (op.equals(">") && !end() && peek() == '>') {
      op = ">>";
      pos++;
    }
    if (!end() && peek() == '&') {
      pos++;
      int to = pos;
      while (!end() && Character.isDigit(peek())) {
        pos++;
      }
      String target = src.text.substring(to, pos);
      redirects.add(
          new ResolvedRedirect(
              fd < 0 ? (op.equals("<") ? 0 : 1) : fd,
              op + "&",
              Arg.of(target, src.span(to, pos)),
              true,
              src.span(start, pos)));
      return true;
    }
    blanks();
    Word target = atEnd(inGroup) ? new Word("", pos, pos) : rawWord(inGroup);
    String value = CmdWords.unquote(target.raw());
    if (!value.equalsIgnoreCase("nul") && !value.equalsIgnoreCase("nul:")) {
      redirects.add(
          new ResolvedRedirect(
              fd < 0 ? (op.equals("<") ? 0 : 1) : fd,
              op,
              arg(target, value, false),
              false,
              src.span(start, pos)));
    }
    return true;
  }

  /** The argument for a word with the value {@code value}, loop variables substituted. */
  Arg arg(Word w, String value, boolean glob) {
    String v = value;
    boolean unknown = false;
    for (var e : loopVariables.entrySet()) {
      if (v.contains(e.getKey())) {
        if (e.getValue().isPresent()) {
          v = v.replace(e.getKey(), e.getValue().get());
        } else {
          unknown = true;
        }
      }
    }
    Arg a = src.arg(v, w.from(), w.to(), glob);
    if (unknown && !a.dynamic()) {
      String prefix = v.substring(0, firstLoopVariable(v));
      return Arg.dynamic(v, prefix, List.of(), a.span());
    }
    return a;
  }

  private int firstLoopVariable(String v) {
    int at = v.length();
    for (String k : loopVariables.keySet()) {
      int i = v.indexOf(k);
      if (i >= 0) {
        at = Math.min(at, i);
      }
    }
    return at;
  }

  /** True at the end of the current command. */
  boolean atEnd(boolean inGroup) {
    if (end()) {
      return true;
    }
    char c = peek();
    return c == '&' || c == '|' || c == '\n' || c == '\r' || (inGroup && c == ')');
  }

  void blanks() {
    while (!end() && (peek() == ' ' || peek() == '\t')) {
      pos++;
    }
  }

  /** Skips blanks and the other delimiters cmd.exe allows before a command name ({@code ; , =}). */
  void delimiters() {
    while (!end() && " \t;,=".indexOf(peek()) >= 0) {
      pos++;
    }
  }

  /** The lower-case next word without consuming it, or "" at the end of the command. */
  String peekWord(boolean inGroup) {
    int save = pos;
    blanks();
    String w = atEnd(inGroup) ? "" : rawWord(inGroup).raw().toLowerCase(Locale.ROOT);
    pos = save;
    return w;
  }

  boolean end() {
    return pos >= src.length();
  }

  char peek() {
    return src.at(pos);
  }

  int pos() {
    return pos;
  }

  void pos(int p) {
    pos = p;
  }

  /** Skips the rest of the line ({@code rem}, {@code ::}). */
  void skipLine() {
    while (!end() && peek() != '\n') {
      pos++;
    }
  }
}
