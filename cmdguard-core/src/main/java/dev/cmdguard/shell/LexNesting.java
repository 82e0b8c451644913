package dev.cmdguard.shell;

import static dev.cmdguard.shell.LexFrame.ARITHMETIC;
import static dev.cmdguard.shell.LexFrame.BACKQUOTE;
import static dev.cmdguard.shell.LexFrame.BRACE;
import static dev.cmdguard.shell.LexFrame.DOUBLE;

/**
 * The steps of {@link Prelexer} inside quotes and nested constructs: {@code "…"}, {@code `…`},
 * {@code ${…}}, {@code $((…))} and {@code $[…]}, and the opening and closing of frames (bash
 * manual, "Quoting", "Shell Expansions"). Command-level text is {@link LexSteps}' part.
 */
final class LexNesting {
  private final Prelexer lx;
  private final String src;

  LexNesting(Prelexer lexer) {
    this.lx = lexer;
    this.src = lexer.src;
  }

  /** Pushes the frame of the construct at the current offset; false when none opens there. */
  boolean open() {
    char c = lx.peek(0);
    char next = lx.peek(1);
    if (c == '$' && (next == '(' || next == '{' || next == '[')) {
      dollar(false);
    } else if (c == '`') {
      push(LexFrame.of(BACKQUOTE, false), 1);
    } else if ((c == '<' || c == '>') && next == '(') {
      push(LexFrame.command(true), 2);
    } else if (c == '"') {
      push(LexFrame.of(DOUBLE, false), 1);
    } else {
      return false;
    }
    return true;
  }

  /** At a {@code $}: opens {@code $(}, {@code $((}, {@code ${}, {@code $[}, {@code $"}. */
  void dollar(boolean inDouble) {
    char next = lx.peek(1);
    if (next == '(') {
      if (lx.peek(2) == '(') {
        push(LexFrame.of(ARITHMETIC, false), 3);
      } else {
        push(LexFrame.command(true), 2);
      }
    } else if (next == '{') {
      push(LexFrame.of(BRACE, inDouble), 2);
    } else if (next == '[') {
      push(LexFrame.of(ARITHMETIC, true), 2);
    } else if (!inDouble && next == '\'') {
      lx.i = closeAnsiC(lx.i + 2);
    } else if (!inDouble && next == '"') {
      push(LexFrame.of(DOUBLE, false), 2);
    } else {
      lx.i++;
    }
  }

  void doubleQuoted() {
    char c = src.charAt(lx.i);
    switch (c) {
      case '"' -> {
        lx.i++;
        pop();
      }
      case '\\' -> lx.i = Math.min(lx.n, lx.i + 2);
      case '$' -> dollar(true);
      case '`' -> push(LexFrame.of(BACKQUOTE, false), 1);
      default -> lx.i++;
    }
  }

  void backQuoted() {
    char c = src.charAt(lx.i);
    if (c == '$' && lx.peek(1) == '`') {
      lx.put(lx.i, '_'); // tree-sitter reads "$`" as one token; here the $ is literal
      lx.i++;
    } else if (c == '\\') {
      lx.i = Math.min(lx.n, lx.i + 2);
    } else {
      lx.i++;
      if (c == '`') {
        pop();
      }
    }
  }

  void brace(LexFrame f) {
    char c = src.charAt(lx.i);
    switch (c) {
      case '}' -> {
        lx.i++;
        pop();
      }
      case '\\' -> lx.i = Math.min(lx.n, lx.i + 2);
      case '\'' -> lx.i = f.variant ? lx.i + 1 : closeSingle(lx.i + 1);
      case '"' -> push(LexFrame.of(DOUBLE, false), 1);
      case '$' -> dollar(f.variant);
      case '`' -> push(LexFrame.of(BACKQUOTE, false), 1);
      default -> lx.i++;
    }
  }

  void arithmetic(LexFrame f) {
    char c = src.charAt(lx.i);
    switch (c) {
      case '(' -> {
        f.parens++;
        lx.gate.open(lx.i);
        lx.i++;
      }
      case ')' -> {
        lx.i++;
        if (f.parens > 0) {
          f.parens--;
          lx.gate.close(lx.i);
        } else if (!f.variant) {
          lx.i += lx.peek(0) == ')' ? 1 : 0;
          pop();
        }
      }
      case ']' -> {
        lx.i++;
        if (f.variant && f.parens == 0) {
          pop();
        }
      }
      case '\\' -> lx.i = Math.min(lx.n, lx.i + 2);
      case '$' -> dollar(false);
      case '`' -> push(LexFrame.of(BACKQUOTE, false), 1);
      case '"' -> push(LexFrame.of(DOUBLE, false), 1);
      default -> lx.i++;
    }
  }

  void push(LexFrame frame, int width) {
    frame.openedAt = lx.i;
    lx.gate.open(lx.i);
    lx.stack.push(frame);
    lx.i = Math.min(lx.n, lx.i + width);
  }

  /** Closes the top frame; the current offset is just after its closing characters. */
  void pop() {
    LexFrame done = lx.stack.pop();
    lx.gate.closeFrame(done, lx.i);
    lx.extents.put(done.openedAt, lx.i);
    LexFrame parent = lx.stack.peek();
    if (parent != null) {
      parent.wordStart = false;
      parent.commandStart = false;
    }
  }

  /** The offset after the {@code '} that closes a single-quoted string whose text starts here. */
  int closeSingle(int from) {
    int close = src.indexOf('\'', from);
    return close < 0 ? lx.n : close + 1;
  }

  private int closeAnsiC(int from) {
    for (int k = from; k < lx.n; k++) {
      char c = src.charAt(k);
      if (c == '\\') {
        k++;
      } else if (c == '\'') {
        return k + 1;
      }
    }
    return lx.n;
  }
}
