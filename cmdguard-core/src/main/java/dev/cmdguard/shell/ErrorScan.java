package dev.cmdguard.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Reports tree-sitter's ERROR and MISSING nodes as syntax errors with a message that says what is
 * wrong: {@code missing 'fi'} (at the {@code if}) when a compound command or quote runs to the end
 * of the input unclosed, {@code unexpected ')'} for a lone token, otherwise {@code syntax error
 * near '…'}. Token texts are quoted from the original command, not from the rewritten text.
 */
final class ErrorScan {
  private static final Map<String, String> CLOSERS =
      Map.ofEntries(
          Map.entry("if", "fi"),
          Map.entry("for", "done"),
          Map.entry("while", "done"),
          Map.entry("until", "done"),
          Map.entry("select", "done"),
          Map.entry("case", "esac"),
          Map.entry("{", "}"),
          Map.entry("(", ")"),
          Map.entry("$(", ")"),
          Map.entry("<(", ")"),
          Map.entry(">(", ")"),
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
        error(cx, n);
      } else if (n.missing) {
        cx.error(n.start, n.end, "missing " + (n.named ? n.type : "'" + n.type + "'"));
      } else {
        n.children.forEach(stack::push);
      }
    }
  }

  private static void error(Conversion cx, Cst error) {
    int start = error.start;
    while (start < error.end && Character.isWhitespace(cx.text.charAt(start))) {
      start++;
    }
    Cst opener = cx.isBlank(error.end, cx.text.length()) ? unclosed(cx, error) : null;
    if (opener != null) {
      cx.error(opener.start, error.end, "missing '" + CLOSERS.get(opener.type) + "'");
    } else if (error.children.size() == 1 && !error.children.get(0).named) {
      Cst token = error.children.get(0);
      cx.error(start, error.end, "unexpected '" + cx.text(token) + "'");
    } else if (start == error.end) {
      cx.error(start, error.end, "syntax error");
    } else {
      String text = cx.text.substring(start, error.end);
      cx.error(start, error.end, "syntax error near " + Diagnostics.quote(text));
    }
  }

  /** The innermost opening token among the error's children that has no closing token. */
  private static Cst unclosed(Conversion cx, Cst error) {
    Deque<Cst> open = new ArrayDeque<>();
    for (Cst c : error.children) {
      if (c.named || c.missing) {
        continue;
      }
      if (!open.isEmpty() && CLOSERS.get(open.peek().type).equals(c.type) && !isOpener(c, open)) {
        open.pop();
      } else if (CLOSERS.containsKey(c.type) && cx.text.startsWith(c.type, c.start)) {
        open.push(c);
      }
    }
    return open.peek();
  }

  /** A quote character both opens and closes; it closes when the innermost opener is the same. */
  private static boolean isOpener(Cst c, Deque<Cst> open) {
    return CLOSERS.containsKey(c.type) && !open.peek().type.equals(c.type);
  }
}
