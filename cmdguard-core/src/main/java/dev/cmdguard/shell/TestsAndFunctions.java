package dev.cmdguard.shell;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * {@code [[ … ]]}, {@code [ … ]} and {@code (( … ))}, which tree-sitter all calls test_command, and
 * function definitions (bash manual, "Conditional Constructs", "Shell Functions"). A {@code [[ ]]}
 * expression is flattened into its operands and operators, in order, each one word.
 */
final class TestsAndFunctions {
  private static final Set<String> EXPRESSIONS =
      Set.of(
          "binary_expression",
          "unary_expression",
          "parenthesized_expression",
          "ternary_expression",
          "postfix_expression",
          "negated_expression");

  private final Conversion cx;
  private final Statements st;

  TestsAndFunctions(Conversion cx, Statements st) {
    this.cx = cx;
    this.st = st;
  }

  Command test(Cst n) {
    List<Cst> kids = n.children;
    String opener = kids.isEmpty() ? "" : kids.get(0).type;
    Cst last = kids.isEmpty() ? null : kids.get(kids.size() - 1);
    boolean closed = last != null && kids.size() > 1 && !last.named && !last.missing;
    int innerStart = kids.isEmpty() ? n.start : kids.get(0).end;
    int innerEnd = closed ? last.start : n.end;
    if (opener.equals("((")) {
      for (Cst c : kids) {
        cx.indexSubstitutions(c);
      }
      return st.simples.arithmetic(innerStart, innerEnd, cx.span(n));
    }
    List<Word> words = new ArrayList<>();
    if (opener.equals("[")) {
      words.add(Word.literal("[", cx.span(n.start, n.start + 1)));
    }
    words.addAll(operands(kids.subList(1, closed ? kids.size() - 1 : kids.size())));
    if (opener.equals("[")) {
      if (closed) {
        words.add(Word.literal("]", cx.span(last)));
      }
      return new Command.Simple(List.of(), words, List.of(), cx.span(n));
    }
    return new Command.Test(words, cx.span(n));
  }

  /** The leaves of a test expression: operand words and operator tokens, in source order. */
  private List<Word> operands(List<Cst> roots) {
    List<Word> words = new ArrayList<>();
    List<Cst> group = new ArrayList<>();
    Deque<Cst> stack = new ArrayDeque<>();
    for (int k = roots.size() - 1; k >= 0; k--) {
      stack.push(roots.get(k));
    }
    while (!stack.isEmpty()) {
      Cst c = stack.pop();
      if (EXPRESSIONS.contains(c.type) && c.named) {
        for (int k = c.children.size() - 1; k >= 0; k--) {
          stack.push(c.children.get(k));
        }
        continue;
      }
      if (c.named && !c.missing) {
        if (!group.isEmpty() && !st.words.touches(group.get(group.size() - 1).end, c.start)) {
          words.addAll(st.words.words(group));
          group.clear();
        }
        group.add(c);
      } else if (!c.missing) {
        words.addAll(st.words.words(group));
        group.clear();
        words.add(Word.literal(c.type, cx.span(c)));
      }
    }
    words.addAll(st.words.words(group));
    return words;
  }

  Command function(Cst n) {
    String name = "";
    Cst body = null;
    List<Cst> redirects = new ArrayList<>();
    for (Cst c : n.children) {
      if ("name".equals(c.field) && name.isEmpty()) {
        name = st.words.words(List.of(c)).get(0).staticValue().orElse(cx.text(c));
      } else if (Redirects.isRedirect(c)) {
        redirects.add(c);
      } else if ("body".equals(c.field) || (c.named && body == null && !c.is("comment"))) {
        body = c;
      }
    }
    Command converted;
    if (body == null) {
      converted = new Command.Unparsed("", cx.span(n.end, n.end));
    } else {
      converted = st.statement(body);
    }
    if (!redirects.isEmpty()) {
      List<Redirection> rs = new ArrayList<>();
      List<Cst> extra = new ArrayList<>();
      for (Cst r : redirects) {
        rs.add(st.simples.redirects.convert(r, extra));
      }
      Span span = converted.span().union(rs.get(rs.size() - 1).span());
      converted = new Command.Redirected(converted, rs, span);
    }
    return new Command.FunctionDefinition(name, converted, cx.span(n));
  }
}
