package dev.cmdguard.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a tree-sitter ERROR node into {@link Command.Unparsed} and keeps what can still be read
 * inside it: whole commands tree-sitter recognised, and runs of loose words in command position
 * (after {@code ;}, {@code &&}, {@code then}, {@code do}, a newline…), which become simple
 * commands. A guard must not lose {@code rm -rf /} because something else on the line is malformed.
 */
final class Recovery {
  /** Tokens after which the next word is in command position. */
  private static final Set<String> COMMAND_START =
      Set.of(
          ";", "&", "|", "|&", "&&", "||", ";;", ";&", ";;&", "(", "{", "$(", "`", "<(", ">(",
          "then", "do", "else", "elif", "if", "while", "until", "!", "\n");

  /** Reserved words tree-sitter may leave as loose words; they start no command. */
  private static final Set<String> RESERVED =
      Set.of("then", "do", "else", "elif", "fi", "done", "esac", "in", "{", "}", "!");

  private final Conversion cx;
  private final Statements st;

  Recovery(Conversion cx, Statements st) {
    this.cx = cx;
    this.st = st;
  }

  Command.Unparsed recover(Cst error) {
    Command.Unparsed unparsed = new Command.Unparsed(cx.text(error), cx.span(error));
    if (!st.tooDeep(error.start, error.end)) {
      st.depth++;
      try {
        readInside(error);
      } finally {
        st.depth--;
      }
    }
    return unparsed;
  }

  private void readInside(Cst container) {
    List<Cst> loose = new ArrayList<>();
    boolean commandPosition = true;
    int previousEnd = container.start;
    for (Cst c : container.children) {
      if (cx.text.substring(previousEnd, Math.max(previousEnd, c.start)).indexOf('\n') >= 0) {
        flush(loose);
        commandPosition = true;
      }
      previousEnd = Math.max(previousEnd, c.end);
      if (!c.named) {
        flush(loose);
        commandPosition = COMMAND_START.contains(c.type);
      } else if (c.is("comment")) {
        continue;
      } else if (Statements.STATEMENTS.contains(c.type) && !c.error) {
        flush(loose);
        st.emit(st.prefixed(c.start, st.statement(c)));
        commandPosition = false;
      } else if (CstBuilder.WORDISH.contains(c.type)
          || Redirects.isRedirect(c)
          || c.is("variable_assignment")) {
        if (commandPosition || !loose.isEmpty()) {
          loose.add(c);
        }
      } else if (!st.tooDeep(c.start, c.end)) {
        flush(loose);
        st.depth++;
        try {
          readInside(c);
        } finally {
          st.depth--;
        }
        commandPosition = true;
      }
    }
    flush(loose);
  }

  private void flush(List<Cst> loose) {
    while (!loose.isEmpty() && RESERVED.contains(cx.text(loose.get(0)))) {
      loose.remove(0);
    }
    if (!loose.isEmpty()) {
      st.emit(loose(loose));
      loose.clear();
    }
  }

  /** A simple command made of loose word and redirection nodes. */
  Command loose(List<Cst> nodes) {
    List<Cst> words = new ArrayList<>();
    List<Cst> redirects = new ArrayList<>();
    for (Cst n : nodes) {
      (Redirects.isRedirect(n) ? redirects : words).add(n);
    }
    return st.simples.fromParts(List.of(), words, redirects, nodes.get(0).start, last(nodes));
  }

  private static int last(List<Cst> nodes) {
    int end = 0;
    for (Cst n : nodes) {
      end = Math.max(end, n.end);
    }
    return end;
  }
}
