package dev.cmdguard.shell;

import dev.cmdguard.shell.WordPart.Quoting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ${…}} (bash manual, "Shell Parameter Expansion"): an optional prefix {@code #} (length) or
 * {@code !} (indirection), the parameter name with any {@code [subscript]}, then an operator and
 * its argument word. Command substitutions inside a subscript are run by bash, so they are kept as
 * extra parts after the parameter.
 */
final class ParameterDecoder {
  /** Operators, longest first so that {@code :-} wins over {@code :}. */
  private static final List<String> OPERATORS =
      List.of(
          ":-", ":=", ":?", ":+", "##", "%%", "//", "/#", "/%", "^^", ",,", "-", "=", "?", "+", "#",
          "%", "/", "^", ",", ":", "@", "*");

  private final WordDecoder d;
  private final String text;

  ParameterDecoder(WordDecoder decoder) {
    this.d = decoder;
    this.text = decoder.text();
  }

  /** Decodes {@code ${…}} at {@code i}; returns the offset after it. */
  int parameter(int i, int to, boolean quoted) {
    int end = Math.min(to, d.cx.endOf(i));
    int close = end > i + 2 && text.charAt(end - 1) == '}' ? end - 1 : end;
    int p = i + 2;
    String prefix = "";
    char first = p < close ? text.charAt(p) : 0;
    if ((first == '#' || first == '!') && p + 1 < close && startsName(text.charAt(p + 1))) {
      prefix = String.valueOf(first);
      p++;
    }
    int nameEnd = nameEnd(p, close);
    if (nameEnd < close && text.charAt(nameEnd) == '[') {
      nameEnd = subscriptEnd(nameEnd, close);
    }
    String name = text.substring(p, nameEnd);
    String operator = "";
    Optional<Word> argument = Optional.empty();
    if (nameEnd < close) {
      operator = operatorAt(nameEnd);
      int argStart = nameEnd + operator.length();
      if (operator.isEmpty() || operator.equals("@") || operator.equals("*")) {
        operator = text.substring(nameEnd, close);
      } else if (argStart < close) {
        argument = Optional.of(argument(argStart, close, quoted));
      }
    }
    d.add(new WordPart.Parameter(name, prefix + operator, argument, quoted, d.span(i, end)));
    if (name.indexOf('[') >= 0) {
      for (Script s : new WordDecoder(d.cx, d.st).substitutions(p, nameEnd)) {
        d.add(new WordPart.CommandSubstitution(s, false, quoted, s.span()));
      }
    }
    return end;
  }

  private Word argument(int start, int end, boolean quoted) {
    if (d.st.tooDeep(start, end)) {
      return Word.literal(text.substring(start, end), d.span(start, end));
    }
    d.st.depth++;
    Word word;
    try {
      word = new WordDecoder(d.cx, d.st).word(start, end);
    } finally {
      d.st.depth--;
    }
    if (!quoted) {
      return word;
    }
    List<WordPart> parts = new ArrayList<>();
    for (WordPart part : word.parts()) {
      parts.add(
          part instanceof WordPart.Literal l && l.quoting() == Quoting.UNQUOTED
              ? new WordPart.Literal(l.value(), Quoting.DOUBLE, l.span())
              : part);
    }
    return new Word(parts, word.span());
  }

  private String operatorAt(int at) {
    for (String op : OPERATORS) {
      if (text.startsWith(op, at)) {
        return op;
      }
    }
    return "";
  }

  private static boolean startsName(char c) {
    return WordDecoder.isNameChar(c) || "@*#?-$!".indexOf(c) >= 0;
  }

  private int nameEnd(int p, int close) {
    if (p >= close) {
      return p;
    }
    char c = text.charAt(p);
    int q = p + 1;
    if (c == '_' || (c < 0x80 && Character.isLetter(c))) {
      while (q < close && WordDecoder.isNameChar(text.charAt(q))) {
        q++;
      }
    } else if (c >= '0' && c <= '9') {
      while (q < close && text.charAt(q) >= '0' && text.charAt(q) <= '9') {
        q++;
      }
    } else if ("@*#?-$!".indexOf(c) < 0) {
      return p;
    }
    return q;
  }

  /** The offset after the {@code ]} matching the {@code [} at {@code open}. */
  private int subscriptEnd(int open, int close) {
    int depth = 0;
    for (int k = open; k < close; k++) {
      char c = text.charAt(k);
      if (c == '\\') {
        k++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']' && --depth == 0) {
        return k + 1;
      } else if (c == '`'
          || c == '"'
          || (c == '$' && k + 1 < close && "({[".indexOf(text.charAt(k + 1)) >= 0)) {
        k = d.cx.endOf(k) - 1;
      } else if (c == '\'') {
        k = text.indexOf('\'', k + 1);
        if (k < 0) {
          return close;
        }
      }
    }
    return close;
  }
}
