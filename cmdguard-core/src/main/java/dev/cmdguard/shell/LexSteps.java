package dev.cmdguard.shell;

import static dev.cmdguard.shell.LexFrame.ARITHMETIC;
import static dev.cmdguard.shell.LexFrame.BACKQUOTE;
import static dev.cmdguard.shell.LexFrame.BRACE;
import static dev.cmdguard.shell.LexFrame.CASE_BODY;
import static dev.cmdguard.shell.LexFrame.CASE_IN;
import static dev.cmdguard.shell.LexFrame.CASE_PATTERN;
import static dev.cmdguard.shell.LexFrame.CASE_WORD;
import static dev.cmdguard.shell.LexFrame.COMMAND;
import static dev.cmdguard.shell.LexFrame.DOUBLE;

/**
 * The character-level steps of {@link Prelexer}: one call consumes one token or character in the
 * mode of the top frame. Quoting and expansion rules follow the bash manual, "Quoting" and "Shell
 * Expansions"; command position follows "Reserved Words".
 */
final class LexSteps {
  private final Prelexer lx;
  private final String src;
  private final LexWords words;
  final LexNesting nesting;

  LexSteps(Prelexer lexer) {
    this.lx = lexer;
    this.src = lexer.src;
    this.nesting = new LexNesting(lexer);
    this.words = new LexWords(lexer, this);
  }

  void step(LexFrame f) {
    switch (f.mode) {
      case COMMAND -> command(f);
      case DOUBLE -> nesting.doubleQuoted();
      case BACKQUOTE -> nesting.backQuoted();
      case BRACE -> nesting.brace(f);
      default -> nesting.arithmetic(f);
    }
  }

  private void command(LexFrame f) {
    char c = src.charAt(lx.i);
    if (c == ' ' || c == '\t' || c == '\r') {
      lx.i++;
      f.wordStart = true;
      return;
    }
    if (c == '\n') {
      newline(f);
      return;
    }
    if (c == '#' && f.wordStart) {
      int nl = src.indexOf('\n', lx.i);
      lx.i = nl < 0 ? lx.n : nl;
      return;
    }
    boolean atWord = f.wordStart;
    f.wordStart = false;
    if (isBare(c)) {
      words.bareWord(f, atWord);
      return;
    }
    lx.flushPrefixes();
    switch (c) {
      case '\\' -> escape(f, atWord);
      case '\'' -> {
        word(f, atWord, null);
        lx.i = nesting.closeSingle(lx.i + 1);
      }
      case '"' -> {
        word(f, atWord, null);
        nesting.push(LexFrame.of(DOUBLE, false), 1);
      }
      case '`' -> {
        word(f, atWord, null);
        nesting.push(LexFrame.of(BACKQUOTE, false), 1);
      }
      case '$' -> {
        word(f, atWord, null);
        nesting.dollar(false);
      }
      case '<', '>' -> words.redirection(f, c);
      case ';' -> semicolon(f);
      case '&' -> ampersand(f);
      case '|' -> pipe(f);
      case '(' -> openParen(f, atWord);
      default -> closeParen(f);
    }
  }

  private void escape(LexFrame f, boolean atWord) {
    if (lx.i + 1 == lx.n || (lx.peek(1) == '\n' && lx.i + 2 == lx.n)) {
      // a backslash at the end of the input is literal (or continues nothing); tree-sitter
      // reports an error for it
      lx.put(lx.i, lx.i + 1 == lx.n ? '_' : ' ');
      word(f, atWord, null);
      lx.i = lx.n;
      return;
    }
    if (lx.peek(1) == '\n') {
      lx.i += 2;
      f.wordStart = atWord;
      return;
    }
    word(f, atWord, null);
    lx.i = Math.min(lx.n, lx.i + 2);
  }

  /** A word (or the first piece of one) begins: update {@code case} state and command position. */
  void word(LexFrame f, boolean atWord, String bare) {
    if (atWord) {
      f.functionName = false;
      f.functionStart = -1;
      int state = f.caseState();
      if (state == CASE_WORD) {
        f.setCase(CASE_IN);
      } else if (state == CASE_IN && "in".equals(bare)) {
        f.setCase(CASE_PATTERN);
      } else if (state == CASE_PATTERN && "esac".equals(bare) && f.patternFresh) {
        f.popCase();
        lx.gate.closeCompound(f, lx.i);
      } else if (state == CASE_PATTERN) {
        f.patternFresh = false;
      }
    }
    f.commandStart = false;
  }

  private void newline(LexFrame f) {
    lx.i++;
    f.wordStart = true;
    int state = f.caseState();
    if (state != CASE_WORD && state != CASE_IN && state != CASE_PATTERN) {
      f.commandStart = true;
    }
    boolean continued = endsWithOperator(lx.i - 1);
    if (lx.bodiesPending()) {
      lx.readBodies(lx.i);
    }
    if (!continued && f.caseState() == 0 && f.parens == 0 && f.compounds == 0) {
      lx.lineEnd(f);
    }
  }

  /** True when the line ending at {@code newline} ends with {@code |}, {@code &&} or {@code ||}. */
  private boolean endsWithOperator(int newline) {
    int k = newline - 1;
    while (k >= 0 && (src.charAt(k) == ' ' || src.charAt(k) == '\t' || src.charAt(k) == '\r')) {
      k--;
    }
    return k >= 0
        && (src.charAt(k) == '|' || (src.charAt(k) == '&' && k > 0 && src.charAt(k - 1) == '&'));
  }

  private void semicolon(LexFrame f) {
    f.wordStart = true;
    if (lx.peek(1) == ';' || lx.peek(1) == '&') {
      int width = lx.peek(1) == ';' && lx.peek(2) == '&' ? 3 : 2;
      if (f.caseState() == CASE_BODY) {
        // tree-sitter cannot parse ;& or ;;& before esac; the tree does not keep terminators.
        lx.put(lx.i + 1, ';');
        if (width == 3) {
          lx.put(lx.i + 2, ' ');
        }
      }
      lx.i += width;
      if (f.caseState() == CASE_BODY) {
        f.setCase(CASE_PATTERN);
        f.commandStart = false;
        return;
      }
    } else {
      lx.i++;
    }
    f.commandStart = true;
  }

  private void ampersand(LexFrame f) {
    f.wordStart = true;
    if (lx.peek(1) == '>') {
      lx.i += lx.peek(2) == '>' ? 3 : 2;
      f.commandStart = false;
      return;
    }
    lx.i += lx.peek(1) == '&' ? 2 : 1;
    f.commandStart = true;
  }

  private void pipe(LexFrame f) {
    f.wordStart = true;
    lx.i += lx.peek(1) == '|' || lx.peek(1) == '&' ? 2 : 1;
    if (f.caseState() != CASE_PATTERN) {
      f.commandStart = true;
    }
  }

  private void openParen(LexFrame f, boolean atWord) {
    lx.i++;
    f.wordStart = true;
    if (f.caseState() == CASE_PATTERN) {
      if (f.patternFresh) {
        f.patternFresh = false;
      } else {
        f.patternParens++;
      }
      return;
    }
    if (f.commandStart && lx.peek(0) == '(') {
      f.commandStart = false;
      nesting.push(LexFrame.of(ARITHMETIC, false), 1);
      return;
    }
    f.parens++;
    lx.gate.open(lx.i - 1);
    f.commandStart = atWord;
  }

  private void closeParen(LexFrame f) {
    lx.i++;
    f.wordStart = true;
    if (f.caseState() == CASE_PATTERN) {
      if (f.patternParens > 0) {
        f.patternParens--;
      } else {
        f.setCase(CASE_BODY);
        f.commandStart = true;
      }
    } else if (f.parens > 0) {
      f.parens--;
      lx.gate.close(lx.i);
      f.commandStart = lx.i >= 2 && src.charAt(lx.i - 2) == '(';
    } else if (f.closesOnParen) {
      nesting.pop();
    }
  }

  static boolean isBare(char c) {
    return switch (c) {
      case ' ', '\t', '\r', '\n', ';', '&', '|', '(', ')', '<', '>', '\'', '"', '\\', '$', '`' ->
          false;
      default -> true;
    };
  }

  static boolean isDelimiter(char c) {
    return switch (c) {
      case 0, ' ', '\t', '\r', '\n', ';', '&', '|', '(', ')', '<', '>' -> true;
      default -> false;
    };
  }
}
