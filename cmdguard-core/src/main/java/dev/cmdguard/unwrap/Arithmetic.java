package dev.cmdguard.unwrap;

import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Evaluates the static subset of shell arithmetic (bash manual, "Shell Arithmetic"): integer
 * constants, known variables, unary {@code + - !}, binary {@code * / % + -}, and parentheses. Any
 * other operator, an unknown variable, or division by zero makes the value unknown.
 */
final class Arithmetic {
  private final String text;
  private final Function<String, String> variables;
  private int pos;

  private Arithmetic(String text, Function<String, String> variables) {
    this.text = text;
    this.variables = variables;
  }

  /**
   * @param expression the text between {@code $((} and {@code ))}
   * @param variables the known value of a variable, or null when unknown
   * @return the value, or empty when it depends on something unknown or is not in the subset
   */
  static OptionalLong evaluate(String expression, Function<String, String> variables) {
    Arithmetic a = new Arithmetic(expression, variables);
    try {
      long v = a.sum();
      a.skipBlanks();
      return a.pos == a.text.length() ? OptionalLong.of(v) : OptionalLong.empty();
    } catch (ArithmeticException | NumberFormatException | IllegalStateException unknown) {
      return OptionalLong.empty();
    }
  }

  private long sum() {
    long v = product();
    while (true) {
      if (eat('+')) {
        v = Math.addExact(v, product());
      } else if (eat('-')) {
        v = Math.subtractExact(v, product());
      } else {
        return v;
      }
    }
  }

  private long product() {
    long v = unary();
    while (true) {
      if (eat('*')) {
        v = Math.multiplyExact(v, unary());
      } else if (eat('/')) {
        v = v / unary();
      } else if (eat('%')) {
        v = v % unary();
      } else {
        return v;
      }
    }
  }

  private long unary() {
    if (eat('-')) {
      return Math.negateExact(unary());
    }
    if (eat('+')) {
      return unary();
    }
    if (eat('!')) {
      return unary() == 0 ? 1 : 0;
    }
    if (eat('(')) {
      long v = sum();
      if (!eat(')')) {
        throw new IllegalStateException("missing )");
      }
      return v;
    }
    return atom();
  }

  private long atom() {
    skipBlanks();
    int start = pos;
    while (pos < text.length()
        && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
      pos++;
    }
    String token = text.substring(start, pos);
    if (token.isEmpty()) {
      throw new IllegalStateException("operand expected");
    }
    if (Character.isDigit(token.charAt(0))) {
      return Long.parseLong(token);
    }
    String value = variables.apply(token);
    if (value == null) {
      throw new IllegalStateException("unknown " + token);
    }
    return value.isBlank() ? 0 : Long.parseLong(value.strip());
  }

  private boolean eat(char c) {
    skipBlanks();
    if (pos < text.length() && text.charAt(pos) == c) {
      if ((c == '*' || c == '+' || c == '-')
          && pos + 1 < text.length()
          && text.charAt(pos + 1) == c) {
        throw new IllegalStateException("unsupported operator " + c + c);
      }
      pos++;
      return true;
    }
    return false;
  }

  private void skipBlanks() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }
}
