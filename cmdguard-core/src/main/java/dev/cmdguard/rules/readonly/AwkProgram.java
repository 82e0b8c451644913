package dev.cmdguard.rules.readonly;

import java.util.Set;

/**
 * Scans an awk program (POSIX awk, "Expressions in awk" and "Output Statements") for what leaves
 * the process: {@code system(…)}, a pipe ({@code print | "cmd"}, {@code "cmd" | getline}, gawk's
 * {@code |&}), an output redirection inside {@code print}/{@code printf} ({@code print > "f"},
 * {@code >> "f"}; to {@code /dev/stdout}, {@code /dev/stderr} is fine), and gawk's {@code @}
 * directives and indirect calls, and gawk's {@code /inet} network files. String literals,
 * regular-expression literals and comments are skipped; {@code >} outside {@code print} is a
 * comparison, {@code ||} a logical or.
 */
final class AwkProgram {
  private static final Set<String> STANDARD_STREAMS =
      Set.of("/dev/stdout", "/dev/stderr", "/dev/null", "-");

  /** After these characters an operand is expected, so {@code /} starts a regular expression. */
  private static final String BEFORE_OPERAND = "(,{};!~&|=<>+-*%^?:[\n";

  private static final Set<String> KEYWORDS_BEFORE_OPERAND =
      Set.of("print", "printf", "return", "case");

  private final String s;
  private int i;
  private boolean operandExpected = true;
  private boolean inPrint;
  private int depth;

  private AwkProgram(String s) {
    this.s = s;
  }

  /** True when the program only reads its input and writes standard output. */
  static boolean readOnly(String program) {
    try {
      return new AwkProgram(program).scan();
    } catch (IndexOutOfBoundsException e) {
      return false;
    }
  }

  private boolean scan() {
    if (s.contains("/inet")) {
      return false;
    }
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isLetter(c) || c == '_') {
        if (!word()) {
          return false;
        }
        continue;
      }
      if (!symbol(c)) {
        return false;
      }
    }
    return true;
  }

  private boolean word() {
    int start = i;
    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
      i++;
    }
    String w = s.substring(start, i);
    if (w.equals("system")) {
      return false;
    }
    if (w.equals("print") || w.equals("printf")) {
      inPrint = true;
      depth = 0;
    }
    operandExpected = KEYWORDS_BEFORE_OPERAND.contains(w);
    return true;
  }

  private boolean symbol(char c) {
    switch (c) {
      case '"' -> {
        string();
        operandExpected = false;
      }
      case '#' -> skipTo('\n');
      case ' ', '\t', '\r' -> i++;
      case '/' -> {
        if (operandExpected) {
          regex();
        } else {
          i++;
        }
        operandExpected = !operandExpected;
      }
      case '|' -> {
        if (at(i + 1) != '|') {
          return false;
        }
        i += 2;
        operandExpected = true;
      }
      case '@' -> {
        return false;
      }
      case '>' -> {
        if (inPrint && depth == 0 && at(i + 1) != '=') {
          return redirect();
        }
        i++;
        operandExpected = true;
      }
      default -> {
        other(c);
        operandExpected = BEFORE_OPERAND.indexOf(c) >= 0 && !postfix(c);
      }
    }
    return true;
  }

  private void other(char c) {
    if (c == '(') {
      depth++;
    } else if (c == ')') {
      depth--;
    } else if (depth <= 0 && (c == ';' || c == '\n' || c == '{' || c == '}')) {
      inPrint = false;
    }
    if (c == '\\') {
      i++;
    }
    i++;
  }

  /** {@code ++} and {@code --} after an operand end it: a following {@code /} divides. */
  private boolean postfix(char c) {
    return (c == '+' || c == '-') && i >= 2 && s.charAt(i - 2) == c;
  }

  /** {@code print … > TARGET}: only the standard streams are allowed. */
  private boolean redirect() {
    i++;
    if (at(i) == '>') {
      i++;
    }
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    if (at(i) != '"') {
      return false;
    }
    int start = i + 1;
    string();
    operandExpected = false;
    return STANDARD_STREAMS.contains(s.substring(start, i - 1));
  }

  private void string() {
    i++;
    while (s.charAt(i) != '"') {
      i += s.charAt(i) == '\\' ? 2 : 1;
    }
    i++;
  }

  private void regex() {
    i++;
    boolean bracket = false;
    while (bracket || s.charAt(i) != '/') {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        bracket = true;
      } else if (c == ']') {
        bracket = false;
      }
      i++;
    }
    i++;
  }

  private void skipTo(char end) {
    while (i < s.length() && s.charAt(i) != end) {
      i++;
    }
  }

  private char at(int k) {
    return k < s.length() ? s.charAt(k) : '\0';
  }
}
