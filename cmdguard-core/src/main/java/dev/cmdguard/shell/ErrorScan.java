package dev.cmdguard.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Reports tree-sitter's ERROR and MISSING nodes as syntax errors with a message that says what is
 * wrong: {@code missing 'fi'} when a compound command runs to the end of the input unclosed, {@code
 * unexpected ')'} for a lone token, otherwise {@code syntax error near '…'}.
 */
final class ErrorScan {
  private static final Map<String, String> CLOSERS =
      Map.ofEntries(
          Map.entry("if", "fi"),
          Map.entry("then", "fi"),
          Map.entry("elif", "fi"),
          Map.entry("else", "fi"),
          Map.entry("for", "done"),
          Map.entry("while", "done"),
          Map.entry("until", "done"),
          Map.entry("select", "done"),
          Map.entry("do", "done"),
          Map.entry("case", "esac"),
          Map.entry("{", "}"),
          Map.entry("(", ")"),
          Map.entry("$(", ")"),
          Map.entry("((", "))"),
          Map.entry("$((", "))"),
          Map.entry("[[", "]]"),
          Map.entry("${", "}"),
          Map.entry("\"", "\""),
          Map.entry("`", "`"));

  private ErrorScan() {}

  static void report(Conversion cx, Cst root) {
    Deque<Cst> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Cst n = stack.pop();
      if (cx.repaired.contains(n)) {
        continue;
      }
      if (n.error) {
        cx.error(n.start, n.end, message(cx, n));
      } else if (n.missing) {
        cx.error(n.start, n.end, "missing " + (n.named ? n.type : "'" + n.type + "'"));
      } else {
        n.children.forEach(stack::push);
      }
    }
  }

  private static String message(Conversion cx, Cst error) {
    String text = cx.text(error);
    if (!error.children.isEmpty()) {
      Cst first = error.children.get(0);
      String closer = CLOSERS.get(first.type);
      boolean toEnd = cx.text.substring(error.end).isBlank();
      if (!first.named && closer != null && toEnd && !text.strip().endsWith(closer)) {
        return "missing '" + closer + "'";
      }
      if (error.children.size() == 1 && !first.named) {
        return "unexpected '" + first.type + "'";
      }
    }
    return text.isBlank() ? "syntax error" : "syntax error near " + Diagnostics.quote(text);
  }
}
