package dev.cmdguard.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Redirections (bash manual, "Redirections"). The operator is read from the original text, so
 * operators that {@link Prelexer} rewrote for tree-sitter ({@code <>}, {@code N<<<}, {@code <<} and
 * {@code <<-}) come back as written; here-documents get their body from the scan.
 */
final class Redirects {
  private final Conversion cx;
  private final Statements st;

  Redirects(Conversion cx, Statements st) {
    this.cx = cx;
    this.st = st;
  }

  static boolean isRedirect(Cst n) {
    return n.is("file_redirect") || n.is("herestring_redirect") || n.is("heredoc_redirect");
  }

  /**
   * Converts one redirection node. Words that tree-sitter attached as extra targets ({@code echo >
   * f a b} gives {@code f}, {@code a} and {@code b}) belong to the command: they are added to
   * {@code commandWords}.
   */
  Redirection convert(Cst r, List<Cst> commandWords) {
    Cst fd = null;
    List<Cst> targets = new ArrayList<>();
    for (Cst c : r.children) {
      if (c.is("file_descriptor") || "descriptor".equals(c.field)) {
        fd = c;
      } else if (c.named && !c.is("comment") && !c.is("heredoc_body")) {
        targets.add(c);
      }
    }
    if (r.is("heredoc_redirect")) {
      return treeSitterHeredoc(r, fd);
    }
    Optional<String> descriptor = fd == null ? Optional.empty() : Optional.of(cx.text(fd));
    int start = fd != null ? fd.start : r.start;
    // a redirection recovered from a syntax error may end before the blanks after its start (a
    // missing operator): the operator is read within the node (found by fuzzing, issue 9)
    int opStart = Math.min(skipBlanks(fd != null ? fd.end : r.start), Math.max(r.start, r.end));
    String written = cx.text.substring(opStart, Math.min(r.end, opStart + 3));
    boolean closes = written.startsWith(">&-") || written.startsWith("<&-");
    List<Cst> target = closes ? List.of() : firstWord(targets);
    commandWords.addAll(targets.subList(target.size(), targets.size()));
    HeredocSite site = cx.prepared.heredocAt(opStart);
    if (site != null) {
      cx.attached.add(site);
      Span span = cx.span(start, site.delimiterEnd());
      Word body = st.words.heredocBody(site);
      return new Redirection.Heredoc(
          descriptor, site.operator(), site.delimiter(), site.quoted(), body, span);
    }
    if (closes) {
      Word dash = Word.literal("-", cx.span(opStart + 2, opStart + 3));
      Span span = cx.span(start, opStart + 3);
      return new Redirection.File(descriptor, written.substring(0, 2), dash, span);
    }
    return fileOrHereString(r, descriptor, start, opStart, target);
  }

  /** {@code [n]op word}: the operator is the original text between descriptor and target. */
  private Redirection fileOrHereString(
      Cst r, Optional<String> descriptor, int start, int opStart, List<Cst> target) {
    int opEnd = target.isEmpty() ? r.end : target.get(0).start;
    String operator = cx.text.substring(opStart, Math.max(opStart, opEnd)).strip();
    int end = target.isEmpty() ? r.end : target.get(target.size() - 1).end;
    Span span = cx.span(start, end);
    if (r.is("herestring_redirect") || operator.equals("<<<")) {
      return new Redirection.HereString(descriptor, targetWord(target, end), span);
    }
    return new Redirection.File(descriptor, operator, targetWord(target, end), span);
  }

  private Word targetWord(List<Cst> target, int end) {
    if (target.isEmpty()) {
      return new Word(List.of(), cx.span(end, end));
    }
    return st.words.words(target).get(0);
  }

  /** The leading nodes that touch each other: the redirection's own target word. */
  private List<Cst> firstWord(List<Cst> targets) {
    List<Cst> first = new ArrayList<>();
    for (Cst t : targets) {
      if (!first.isEmpty() && !st.words.touches(first.get(first.size() - 1).end, t.start)) {
        break;
      }
      first.add(t);
    }
    return first;
  }

  /**
   * A here-document that tree-sitter parsed itself (the scan did not see it, for example inside
   * backquotes). Commands tree-sitter nested inside the redirection are emitted on the side.
   */
  private Redirection treeSitterHeredoc(Cst r, Cst fd) {
    String operator = "<<";
    String delimiter = "";
    boolean quoted = false;
    Word body = null;
    for (Cst c : r.children) {
      if (c.isToken("<<-")) {
        operator = "<<-";
      } else if (c.is("heredoc_start")) {
        String raw = cx.text(c);
        quoted = raw.chars().anyMatch(ch -> ch == '\'' || ch == '"' || ch == '\\');
        delimiter = raw.replaceAll("['\"\\\\]", "");
      } else if (c.is("heredoc_body")) {
        body = Word.literal(cx.text(c), cx.span(c));
      } else if (c.named && Statements.STATEMENTS.contains(c.type)) {
        st.emit(st.statement(c));
      }
    }
    Optional<String> descriptor = fd == null ? Optional.empty() : Optional.of(cx.text(fd));
    Word text = body != null ? body : new Word(List.of(), cx.span(r.end, r.end));
    return new Redirection.Heredoc(descriptor, operator, delimiter, quoted, text, cx.span(r));
  }

  private int skipBlanks(int from) {
    int p = from;
    while (p < cx.text.length() && (cx.text.charAt(p) == ' ' || cx.text.charAt(p) == '\t')) {
      p++;
    }
    return p;
  }
}
