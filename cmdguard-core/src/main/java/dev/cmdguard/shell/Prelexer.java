package dev.cmdguard.shell;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scan of bash source, before tree-sitter sees it, for what tree-sitter-bash gets wrong. Its
 * here-document support breaks on {@code <<EOF;}, on two here-documents on one line and on commands
 * after the operator, and it cannot parse {@code !}, {@code time} or {@code coproc} before a
 * compound command, {@code {fd}>file}, {@code N<<<word} or {@code <>}. The scan tracks quoting,
 * substitutions, comments, {@code case} patterns and command position the way bash's tokenizer does
 * (bash manual, "Shell Syntax"), and:
 *
 * <ul>
 *   <li>reads each here-document's delimiter and body ("Here Documents"), blanks the body, and
 *       rewrites {@code <<} and {@code <<-} to {@code <&} so tree-sitter sees a plain redirection
 *       that the converter then replaces;
 *   <li>blanks the reserved words {@code !}, {@code time [-p]} and {@code coproc [NAME]} in command
 *       position and records them by the position of the command they prefix;
 *   <li>rewrites {@code {name}} before a redirection to digits, {@code <>} to {@code >|} and {@code
 *       N<<<} to {@code N<&} (same lengths; the converter reads the original text).
 * </ul>
 *
 * <p>The scan is iterative (a stack of frames), so nesting depth cannot overflow the Java stack.
 */
final class Prelexer {
  /** A reserved word that was blanked in front of a command. */
  /** A blanked reserved word and where it stood. */
  record PrefixWord(Prefix kind, int start) {}

  enum Prefix {
    /** {@code !}: the pipeline's status is negated. */
    NEGATE,
    /** {@code coproc}: the command runs asynchronously. */
    COPROC
  }

  /** A here-document operator whose body starts after the next newline. */
  private record Header(
      int operatorStart,
      String operator,
      int delimiterEnd,
      String delimiter,
      boolean quoted,
      boolean inSubstitution) {}

  final String src;
  final int n;
  final char[] out;
  final ArrayDeque<LexFrame> stack = new ArrayDeque<>();

  /** Blanks what is nested too deep for the native parser. */
  final NativeGate gate = new NativeGate(this);

  /** Where each closed construct ends, by the offset where it opens. */
  final Map<Integer, Integer> extents = new HashMap<>();

  int i;
  private final List<Header> pending = new ArrayList<>();
  private final List<HeredocSite> sites = new ArrayList<>();
  private final Map<Integer, List<PrefixWord>> prefixes = new HashMap<>();
  private final List<PrefixWord> pendingPrefixes = new ArrayList<>();
  private final List<Prepared.Problem> problems = new ArrayList<>();
  private final List<Span> hidden = new ArrayList<>();
  private final List<Integer> chunkStarts = new ArrayList<>();

  /**
   * @param rewrite whether to build the text for tree-sitter; {@link #endOf} only needs the scan,
   *     and copying the text there made each call cost the whole text's length
   */
  private Prelexer(String src, boolean rewrite) {
    this.src = src;
    this.n = src.length();
    this.out = rewrite ? src.toCharArray() : null;
  }

  /** Scans a whole script. */
  static Prepared prepare(String text) {
    Prelexer lexer = new Prelexer(text, true);
    lexer.stack.push(LexFrame.command(false));
    lexer.run(new LexSteps(lexer));
    if (!lexer.pending.isEmpty()) {
      lexer.readBodies(lexer.n);
    }
    lexer.gate.finish();
    return new Prepared(
        new String(lexer.out),
        List.copyOf(lexer.sites),
        Map.copyOf(lexer.prefixes),
        lexer.extents,
        List.copyOf(lexer.problems),
        merged(lexer.hidden),
        List.copyOf(lexer.chunkStarts));
  }

  /** The ranges sorted by start, overlapping ones joined. */
  private static List<Span> merged(List<Span> ranges) {
    List<Span> sorted = new ArrayList<>(ranges);
    // A plain lambda: Comparator.comparingInt's is serializable, linked at run time, not from the
    // AOT cache (start-up of a hook call).
    sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<Span> out = new ArrayList<>();
    for (Span r : sorted) {
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && r.start() <= last.end()) {
        out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), r.end())));
      } else {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Where the construct that opens at {@code open} ({@code $(}, {@code $((}, {@code ${}, {@code
   * $[}, {@code `}, {@code <(}, {@code >(} or {@code "}) ends: the offset just after its closing
   * character, or the text's length when it is not closed.
   */
  static int endOf(String text, int open) {
    Prelexer lexer = new Prelexer(text, false);
    lexer.i = open;
    LexSteps steps = new LexSteps(lexer);
    if (!steps.nesting.open()) {
      return Math.min(open + 1, text.length());
    }
    lexer.run(steps);
    return lexer.i;
  }

  private void run(LexSteps steps) {
    while (i < n && !stack.isEmpty()) {
      steps.step(stack.peek());
    }
  }

  char peek(int ahead) {
    return i + ahead < n ? src.charAt(i + ahead) : 0;
  }

  /** Rewrites the character at {@code at} of the text tree-sitter reads. */
  void put(int at, char c) {
    if (out != null) {
      out[at] = c;
    }
  }

  void blank(int from, int to) {
    for (int k = from; k < to && k < n; k++) {
      if (src.charAt(k) != '\n') {
        put(k, ' ');
      }
    }
  }

  /** Blanks {@code [from, to)} and marks it as text tree-sitter need not read at all. */
  void hide(int from, int to) {
    blank(from, to);
    if (from < Math.min(to, n)) {
      hidden.add(new Span(from, Math.min(to, n)));
    }
  }

  void addPrefix(Prefix prefix, int start) {
    pendingPrefixes.add(new PrefixWord(prefix, start));
  }

  /** Attaches blanked prefixes to the command that starts at the current offset. */
  void flushPrefixes() {
    if (!pendingPrefixes.isEmpty()) {
      prefixes.computeIfAbsent(i, k -> new ArrayList<>()).addAll(pendingPrefixes);
      pendingPrefixes.clear();
    }
  }

  void problem(int start, int end, String message) {
    problems.add(new Prepared.Problem(start, end, message));
  }

  /** Records a here-document operator at {@code operatorStart}; its body follows the newline. */
  void heredoc(int operatorStart, String operator, int delimiterEnd, String delimiter, boolean q) {
    boolean inSubstitution = stack.peek() != null && stack.peek().closesOnParen;
    pending.add(new Header(operatorStart, operator, delimiterEnd, delimiter, q, inSubstitution));
  }

  /**
   * A line of frame {@code f} ended outside any compound command, list or here-document: when it is
   * the outermost frame and at least {@link Prepared#CHUNK_CHARS} after the last chunk start, the
   * next line may start a chunk of its own.
   */
  void lineEnd(LexFrame f) {
    int last = chunkStarts.isEmpty() ? 0 : chunkStarts.get(chunkStarts.size() - 1);
    boolean outermost = stack.size() == 1 && stack.peek() == f;
    boolean clean = pendingPrefixes.isEmpty() && !f.functionName && f.functionStart < 0;
    if (outermost && clean && i < n && i - last >= Prepared.CHUNK_CHARS) {
      chunkStarts.add(i);
    }
  }

  boolean bodiesPending() {
    return !pending.isEmpty();
  }

  /** Reads the bodies of the pending here-documents from {@code from}, the start of a line. */
  void readBodies(int from) {
    int p = from;
    int last = from;
    for (Header h : pending) {
      HeredocSite site = readBody(h, p);
      sites.add(site);
      hide(site.bodyStart(), site.end());
      last = site.end();
      p = site.end() < n && src.charAt(site.end()) == '\n' ? site.end() + 1 : site.end();
    }
    pending.clear();
    i = Math.max(i, last);
  }

  /** The body of one here-document, from {@code bodyStart} to its delimiter line. */
  private HeredocSite readBody(Header h, int bodyStart) {
    int p = bodyStart;
    boolean continued = false;
    while (p < n) {
      int eol = src.indexOf('\n', p);
      eol = eol < 0 ? n : eol;
      int content = p;
      while (h.operator().equals("<<-") && content < eol && src.charAt(content) == '\t') {
        content++;
      }
      int end = continued ? -1 : terminator(h, content, eol);
      if (end >= 0) {
        return site(h, bodyStart, p, end, true);
      }
      // unquoted: backslash-newline joins lines, and only a whole line can be the delimiter
      continued = !h.quoted() && eol < n && oddBackslashesBefore(eol, p);
      p = eol < n ? eol + 1 : n;
    }
    problem(
        h.operatorStart(),
        h.delimiterEnd(),
        "here-document delimited by end of input (wanted '" + h.delimiter() + "')");
    return site(h, bodyStart, n, n, false);
  }

  private boolean oddBackslashesBefore(int at, int lineStart) {
    int k = at;
    while (k > lineStart && src.charAt(k - 1) == '\\') {
      k--;
    }
    return (at - k) % 2 == 1;
  }

  private static HeredocSite site(Header h, int bodyStart, int bodyEnd, int end, boolean ok) {
    return new HeredocSite(
        h.operatorStart(),
        h.operator(),
        h.delimiterEnd(),
        h.delimiter(),
        h.quoted(),
        bodyStart,
        bodyEnd,
        end,
        ok);
  }

  /**
   * Where the terminating line ends when the line {@code [content, eol)} (leading tabs already
   * skipped for {@code <<-}) is the delimiter; else -1. Inside {@code $(…)} the delimiter may be
   * followed by the closing {@code )}, as in {@code "$(cat <<EOF … EOF)"}: the terminator then ends
   * before it, and the scan goes on with the {@code )}.
   */
  private int terminator(Header h, int content, int eol) {
    String delimiter = h.delimiter();
    if (!src.startsWith(delimiter, content)) {
      return -1;
    }
    int after = content + delimiter.length();
    if (after == eol) {
      return eol;
    }
    return h.inSubstitution() && src.charAt(after) == ')' ? after : -1;
  }
}
