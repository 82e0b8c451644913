package dev.cmdguard.shell;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Pipelines and AND-OR lists (bash manual, "Pipelines", "Lists of Commands"). tree-sitter-bash
 * nests them with the wrong precedence ({@code a | b && c} comes back as {@code a | (b && c)}), so
 * the operands and operators are flattened and rebuilt: {@code |} binds tighter than {@code &&} and
 * {@code ||}, which have equal precedence and nest to the left.
 */
final class Lists {
  /** Longer chains are split (each part still converted) so the tree stays shallow. */
  static final int MAX_CHAIN = 500;

  private final Conversion cx;
  private final Statements st;

  Lists(Conversion cx, Statements st) {
    this.cx = cx;
    this.st = st;
  }

  Command andOr(Cst n) {
    Command chain = null;
    String op = null;
    int links = 0;
    List<Command> pipe = new ArrayList<>();
    List<Boolean> stderr = new ArrayList<>();
    int pipeStart = -1;
    for (Cst c : flatten(n)) {
      if (c.isToken("|") || c.isToken("|&")) {
        stderr.add(c.type.equals("|&"));
      } else if (c.isToken("&&") || c.isToken("||")) {
        Command p = pipeline(pipe, stderr, pipeStart);
        if (p != null && chain != null && ++links >= MAX_CHAIN) {
          cx.error(c.start, c.end, "more than " + MAX_CHAIN + " commands joined by && or ||");
          st.emit(chain);
          chain = null;
          links = 0;
        }
        chain = link(chain, op, p);
        op = c.type;
        pipe = new ArrayList<>();
        stderr = new ArrayList<>();
        pipeStart = -1;
      } else if (c.error) {
        st.emit(st.statement(c));
      } else if (c.named && !c.is("comment") && c.start < c.end) {
        Command element = st.statement(c);
        // a prefix on the first element is the whole pipeline's; later ones are their own
        pipe.add(pipeStart < 0 ? element : st.prefixed(c.start, element));
        pipeStart = pipeStart < 0 ? c.start : pipeStart;
      }
    }
    chain = link(chain, op, pipeline(pipe, stderr, pipeStart));
    return chain != null ? chain : new Command.Unparsed(cx.text(n), cx.span(n));
  }

  private static Command link(Command chain, String op, Command next) {
    if (next == null) {
      return chain;
    }
    if (chain == null || op == null) {
      return next;
    }
    return new Command.AndOr(chain, op, next, chain.span().union(next.span()));
  }

  private Command pipeline(List<Command> commands, List<Boolean> stderr, int start) {
    if (commands.isEmpty()) {
      return null;
    }
    Command result;
    if (commands.size() == 1) {
      result = commands.get(0);
    } else {
      List<Boolean> pipes = new ArrayList<>(stderr);
      while (pipes.size() < commands.size() - 1) {
        pipes.add(false);
      }
      pipes = pipes.subList(0, commands.size() - 1);
      Span span = commands.get(0).span().union(commands.get(commands.size() - 1).span());
      result = new Command.Pipeline(commands, pipes, span);
    }
    return st.prefixed(start, result);
  }

  /** The operands and operator tokens of nested pipeline and list nodes, in source order. */
  private static List<Cst> flatten(Cst n) {
    List<Cst> items = new ArrayList<>();
    Deque<Iterator<Cst>> stack = new ArrayDeque<>();
    stack.push(n.children.iterator());
    while (!stack.isEmpty()) {
      Iterator<Cst> it = stack.peek();
      if (!it.hasNext()) {
        stack.pop();
        continue;
      }
      Cst c = it.next();
      if (c.is("pipeline") || c.is("list")) {
        stack.push(c.children.iterator());
      } else {
        items.add(c);
      }
    }
    return items;
  }
}
