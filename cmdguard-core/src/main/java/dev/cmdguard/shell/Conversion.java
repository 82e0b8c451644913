package dev.cmdguard.shell;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of converting one text (the whole command, or the inside of a substitution that is
 * parsed again): the text itself, what {@link Prelexer} found in it, how its offsets map to the
 * original command, and the syntax errors collected so far.
 */
final class Conversion {
  /** Beyond this many nested lists (substitutions, subshells, bodies) the rest is Unparsed. */
  static final int MAX_DEPTH = 128;

  final String text;
  final Prepared prepared;
  final Offsets offsets;
  final Diagnostics diagnostics;
  final int baseDepth;

  /** Substitution nodes inside words, by the offset of their first character. */
  private final Map<Integer, Cst> substitutions = new HashMap<>();

  /** Nodes whose errors are not real (tree-sitter quirks the converter repaired). */
  final Set<Cst> repaired = Collections.newSetFromMap(new IdentityHashMap<>());

  final Set<HeredocSite> attached = Collections.newSetFromMap(new IdentityHashMap<>());

  Conversion(String text, Prepared prepared, Offsets offsets, Diagnostics diagnostics, int depth) {
    this.text = text;
    this.prepared = prepared;
    this.offsets = offsets;
    this.diagnostics = diagnostics;
    this.baseDepth = depth;
  }

  Span span(int start, int end) {
    return offsets.span(start, end);
  }

  Span span(Cst node) {
    return offsets.span(node.start, node.end);
  }

  String text(Cst node) {
    return text.substring(node.start, node.end);
  }

  private int statements;
  private boolean outOfTime;

  /**
   * True once the deadline has passed; looks at the clock every 64th call (one per statement
   * converted), so the conversion of a large tree stops within a fraction of a millisecond.
   */
  boolean outOfTime() {
    if (!outOfTime && ++statements % 64 == 0) {
      outOfTime = diagnostics.deadline.passed();
    }
    return outOfTime;
  }

  /** True when {@link #outOfTime()} stopped the conversion: what it did not reach is Unparsed. */
  boolean stoppedEarly() {
    return outOfTime;
  }

  /**
   * True when {@code [start, end)} holds only white space (or nothing); reads the text in place,
   * since a word around deep nesting can be most of the text.
   */
  boolean isBlank(int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  void error(int start, int end, String message) {
    diagnostics.add(span(start, end), message);
  }

  List<Prelexer.PrefixWord> prefixesAt(int start) {
    return prepared.prefixes().getOrDefault(start, List.of());
  }

  /** Remembers the substitution nodes under a word node, so the decoder can use their bodies. */
  void indexSubstitutions(Cst word) {
    if (word.children.isEmpty()) {
      return;
    }
    Deque<Cst> stack = new ArrayDeque<>();
    stack.push(word);
    while (!stack.isEmpty()) {
      Cst n = stack.pop();
      boolean body = n.is("command_substitution") || n.is("process_substitution");
      if (body || n.is("arithmetic_expansion")) {
        int at = n.start;
        while (at < n.end && Character.isWhitespace(text.charAt(at))) {
          at++;
        }
        substitutions.putIfAbsent(at, n);
      }
      if (!body) {
        n.children.forEach(stack::push);
      }
    }
  }

  /** Where the construct opening at {@code open} ends, as {@link Prelexer#endOf} finds it. */
  int endOf(int open) {
    Integer end = prepared.extents().get(open);
    return end != null ? end : Prelexer.endOf(text, open);
  }

  Cst substitutionAt(int offset) {
    return substitutions.get(offset);
  }
}
