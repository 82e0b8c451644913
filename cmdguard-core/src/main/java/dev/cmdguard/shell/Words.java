package dev.cmdguard.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Words from tree-sitter nodes. Nodes that touch (nothing between them, or only a line continuation
 * {@code \}newline) are one word, as bash reads them: tree-sitter returns {@code $"x"} as {@code $}
 * and {@code "x"}, and drops continuations between pieces. Each word's value is decoded from the
 * source text by {@link WordDecoder}.
 */
final class Words {
  private final Conversion cx;
  private final Statements st;

  Words(Conversion cx, Statements st) {
    this.cx = cx;
    this.st = st;
  }

  /** The words formed by {@code nodes}, in source order. */
  List<Word> words(List<Cst> nodes) {
    List<Cst> sorted = new ArrayList<>(nodes);
    sorted.sort((a, b) -> Integer.compare(a.start, b.start)); // not comparingInt: see Simples
    List<Word> out = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (Cst n : sorted) {
      cx.indexSubstitutions(n);
      if (start >= 0 && touches(end, n.start)) {
        end = Math.max(end, n.end);
        continue;
      }
      if (start >= 0) {
        out.add(decode(start, end));
      }
      start = n.start;
      end = n.end;
    }
    if (start >= 0) {
      out.add(decode(start, end));
    }
    return out;
  }

  /** True when a word ending at {@code end} continues with one starting at {@code next}. */
  boolean touches(int end, int next) {
    int p = end;
    while (p < next) {
      if (cx.text.charAt(p) == '\\' && p + 1 < next && cx.text.charAt(p + 1) == '\n') {
        p += 2;
      } else {
        return false;
      }
    }
    return true;
  }

  Word decode(int start, int end) {
    int s = start;
    while (s < end && Character.isWhitespace(cx.text.charAt(s))) {
      s++;
    }
    return new WordDecoder(cx, st).word(s, end);
  }

  Word heredocBody(HeredocSite site) {
    return new WordDecoder(cx, st).heredoc(site);
  }

  /** Command substitutions in arithmetic text (bash manual, "Arithmetic Expansion"). */
  List<Script> substitutionsIn(int start, int end) {
    return new WordDecoder(cx, st).substitutions(start, end);
  }

  /** {@code NAME=value}, {@code NAME+=value}, {@code a[i]=v}, {@code NAME=(…)}. */
  Assignment assignment(Cst n) {
    Cst op = null;
    Cst value = null;
    for (Cst c : n.children) {
      if (op == null && (c.isToken("=") || c.isToken("+="))) {
        op = c;
      } else if (op != null && c.named && value == null) {
        value = c;
      }
    }
    int opStart = op != null ? op.start : equalsSign(n);
    int opEnd = op != null ? op.end : Math.min(n.end, opStart + 1);
    String name = cx.text.substring(n.start, opStart);
    boolean append = op != null ? op.type.equals("+=") : name.endsWith("+");
    if (op == null && append) {
      name = name.substring(0, name.length() - 1);
    }
    if (value != null) {
      cx.indexSubstitutions(value);
    }
    boolean array = value != null && value.is("array");
    Word word;
    if (opEnd >= n.end) {
      word = new Word(List.of(), cx.span(n.end, n.end));
    } else if (array && !dynamic(opEnd, n.end)) {
      word = Word.literal(cx.text.substring(opEnd, n.end), cx.span(opEnd, n.end));
    } else {
      word = decode(opEnd, n.end);
    }
    return new Assignment(name, append, word, array, cx.span(n));
  }

  private int equalsSign(Cst n) {
    int eq = cx.text.indexOf('=', n.start);
    return eq < 0 || eq >= n.end ? n.end : eq;
  }

  /** True when the text may hold an expansion or substitution. */
  private boolean dynamic(int start, int end) {
    for (int i = start; i < end; i++) {
      char c = cx.text.charAt(i);
      if (c == '$' || c == '`' || ((c == '<' || c == '>') && i + 1 < end)) {
        return true;
      }
    }
    return false;
  }
}
