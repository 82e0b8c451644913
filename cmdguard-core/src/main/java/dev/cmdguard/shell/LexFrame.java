package dev.cmdguard.shell;

/** One level of {@link Prelexer}'s stack: a quoting or nesting context and its state. */
final class LexFrame {
  static final int COMMAND = 0;
  static final int DOUBLE = 1;
  static final int BACKQUOTE = 2;
  static final int BRACE = 3;
  static final int ARITHMETIC = 4;

  static final int CASE_WORD = 1;
  static final int CASE_IN = 2;
  static final int CASE_PATTERN = 3;
  static final int CASE_BODY = 4;

  final int mode;

  /** COMMAND: ends at an unmatched {@code )} ({@code $(…)}, {@code <(…)}, {@code >(…)}). */
  final boolean closesOnParen;

  /** ARITHMETIC: {@code $[…]} rather than {@code ((…))}. BRACE: opened inside double quotes. */
  final boolean variant;

  /** Where the construct of this frame opens (its {@code $(}, {@code "}, …). */
  int openedAt = -1;

  int parens;

  /** COMMAND: compound commands open in this frame ({@link NativeGate} counts them). */
  int compounds;

  /** COMMAND: the next word names a function ({@code function NAME}); its body follows. */
  boolean functionName;

  /**
   * COMMAND: where the function header whose body comes next starts ({@code function NAME}, {@code
   * NAME ()}), so that a body nested too deep is cut together with its header; else -1.
   */
  int functionStart = -1;

  boolean commandStart = true;
  boolean wordStart = true;
  int patternParens;
  boolean patternFresh;
  private int[] cases = new int[0];
  private int caseTop;

  private LexFrame(int mode, boolean closesOnParen, boolean variant) {
    this.mode = mode;
    this.closesOnParen = closesOnParen;
    this.variant = variant;
  }

  static LexFrame command(boolean closesOnParen) {
    return new LexFrame(COMMAND, closesOnParen, false);
  }

  static LexFrame of(int mode, boolean variant) {
    return new LexFrame(mode, false, variant);
  }

  int caseState() {
    return caseTop == 0 ? 0 : cases[caseTop - 1];
  }

  void pushCase(int state) {
    if (caseTop == cases.length) {
      cases = java.util.Arrays.copyOf(cases, Math.max(4, caseTop * 2));
    }
    cases[caseTop++] = state;
  }

  void setCase(int state) {
    if (caseTop > 0) {
      cases[caseTop - 1] = state;
      patternFresh = state == CASE_PATTERN;
    }
  }

  void popCase() {
    if (caseTop > 0) {
      caseTop--;
    }
  }
}
