package dev.cmdguard.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;
import org.treesitter.TSTree;
import org.treesitter.TSTreeCursor;

/**
 * Copies a tree-sitter tree into {@link Cst} nodes with one {@link TSTreeCursor}, iteratively (no
 * recursion, so any depth is fine). JNI calls that take a TSNode cost about 1.5 µs each, so the
 * walk asks only for a node's symbol, and for its end where it cannot be inferred: an inner node
 * ends where its last child ends, an anonymous token where its literal text ends. Word-like nodes
 * are not descended into unless their text holds a command or process substitution, because the
 * converter reads words from the source text itself. The copy, about half of the parse time on
 * large input, looks at the deadline every {@value #NODES_PER_CHECK} nodes.
 */
final class CstBuilder {
  /** Node types whose value {@link WordDecoder} reads from the text. */
  static final Set<String> WORDISH =
      Set.of(
          "word",
          "string",
          "raw_string",
          "ansi_c_string",
          "translated_string",
          "concatenation",
          "simple_expansion",
          "expansion",
          "number",
          "extglob_pattern",
          "regex",
          "variable_name",
          "special_variable_name",
          "command_name",
          "test_operator",
          "brace_expression",
          "arithmetic_expansion",
          "command_substitution",
          "process_substitution",
          "file_descriptor",
          "heredoc_start",
          "array");

  /**
   * Fields whose node is always word-like (measured on the NL2Bash corpus): in a tree without
   * errors such a node is read as a generic word without asking for its symbol.
   */
  private static final Set<String> WORD_FIELDS =
      Set.of("argument", "name", "destination", "descriptor", "variable");

  /** How many nodes are copied between two looks at the deadline (a few hundred microseconds). */
  private static final int NODES_PER_CHECK = 256;

  private final String text;
  private final Utf8Index bytes;
  private final boolean treeHasError;
  private final Deadline deadline;

  private CstBuilder(String text, Utf8Index bytes, boolean treeHasError, Deadline deadline) {
    this.text = text;
    this.bytes = bytes;
    this.treeHasError = treeHasError;
    this.deadline = deadline;
  }

  /**
   * Parses the prepared text (no NUL, no unpaired surrogate) and copies the tree.
   *
   * @return the tree; empty when {@code deadline} passed before both were done
   */
  static Optional<Cst> parse(Prepared prepared, Deadline deadline) {
    String text = prepared.text();
    try (TSTree tree = NativeParse.parse(text, prepared.hidden(), deadline)) {
      if (tree == null) {
        return Optional.empty();
      }
      TSNode root = tree.getRootNode();
      CstBuilder builder = new CstBuilder(text, Utf8Index.of(text), root.hasError(), deadline);
      try (TSTreeCursor cursor = new TSTreeCursor(root)) {
        return Optional.ofNullable(builder.walk(cursor, root));
      }
    }
  }

  /** The copied tree, or null when the deadline passed first. */
  private Cst walk(TSTreeCursor cursor, TSNode rootNode) {
    int symbol = Grammar.symbol(rootNode);
    Cst root = new Cst(Grammar.type(symbol), true, Grammar.isError(symbol), null, 0);
    root.end = text.length();
    Deque<Cst> open = new ArrayDeque<>();
    open.push(root);
    if (!cursor.gotoFirstChild()) {
      return root;
    }
    int visited = 0;
    while (true) {
      if (++visited % NODES_PER_CHECK == 0 && deadline.passed()) {
        return null;
      }
      Cst node = visit(cursor, open.peek());
      if (node != null && cursor.gotoFirstChild()) {
        open.push(node);
        continue;
      }
      if (node != null && node.end < node.start) {
        node.end = end(cursor.currentNode(), node);
      }
      while (!cursor.gotoNextSibling()) {
        cursor.gotoParent();
        Cst done = open.pop();
        if (open.isEmpty()) {
          return root;
        }
        done.end = done.children.get(done.children.size() - 1).end;
      }
    }
  }

  /** Reads the cursor's node into a child of {@code parent}; returns it when it may descend. */
  private Cst visit(TSTreeCursor cursor, Cst parent) {
    TSNode ts = cursor.currentNode();
    String field = Grammar.field(cursor.currentFieldId());
    int start = bytes.charOffset(Grammar.startByte(ts));
    if (!treeHasError && field != null && WORD_FIELDS.contains(field)) {
      int end = bytes.charOffset(Grammar.endByte(ts));
      if (!needsChildren(start, end)) {
        Cst word = new Cst("word", true, false, field, start);
        word.end = end;
        word.missing = end == start && ts.isMissing();
        parent.children.add(word);
        return null;
      }
    }
    int symbol = Grammar.symbol(ts);
    Cst node =
        new Cst(Grammar.type(symbol), Grammar.named(symbol), Grammar.isError(symbol), field, start);
    node.end = -1;
    parent.children.add(node);
    if (!node.named) {
      node.end = end(ts, node);
      return null;
    }
    if (WORDISH.contains(node.type)) {
      node.end = end(ts, node);
      boolean inside = needsChildren(node.start, node.end) || (treeHasError && ts.hasError());
      return inside ? node : null;
    }
    return node;
  }

  private int end(TSNode ts, Cst node) {
    if (!node.named && text.startsWith(node.type, node.start) && !node.type.isEmpty()) {
      return node.start + node.type.length();
    }
    int end = bytes.charOffset(Grammar.endByte(ts));
    if (end == node.start) {
      node.missing = ts.isMissing();
    }
    return end;
  }

  private boolean needsChildren(int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      char next = i + 1 < end ? text.charAt(i + 1) : 0;
      if (c == '`' || (next == '(' && (c == '$' || c == '<' || c == '>'))) {
        return true;
      }
    }
    return false;
  }
}
