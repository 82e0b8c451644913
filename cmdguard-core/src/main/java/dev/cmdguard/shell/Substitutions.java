package dev.cmdguard.shell;

import java.util.List;

/**
 * Command, process and arithmetic substitutions inside a word (bash manual, "Command Substitution",
 * "Process Substitution", "Arithmetic Expansion"). The body comes from tree-sitter's node at the
 * same offset when there is one; otherwise the extent is found by {@link Prelexer#endOf} and the
 * inside is parsed on its own, with offsets kept.
 */
final class Substitutions {
  private final WordDecoder d;
  private final Conversion cx;
  private final String text;

  Substitutions(WordDecoder decoder) {
    this.d = decoder;
    this.cx = decoder.cx;
    this.text = decoder.text();
  }

  /**
   * {@code $(…)} or, when tree-sitter did not read a command substitution there, {@code $((…))}.
   */
  int dollarParen(int i, int to, boolean quoted) {
    Cst node = cx.substitutionAt(i);
    boolean arithmetic = i + 2 < to && text.charAt(i + 2) == '(';
    if (node != null && node.is("command_substitution")) {
      arithmetic = false;
    } else if (node != null && node.is("arithmetic_expansion")) {
      arithmetic = true;
    }
    return arithmetic ? arithmetic(i, to, quoted, 3) : command(i, to, quoted, node);
  }

  private int command(int i, int to, boolean quoted, Cst node) {
    int end;
    Script body;
    if (node != null && node.is("command_substitution")) {
      end = node.end;
      body = d.st.substitutionBody(node);
    } else {
      end = Math.min(to, cx.endOf(i));
      body = d.st.reparse(i + 2, closing(i + 2, end, ')'));
    }
    d.add(new WordPart.CommandSubstitution(body, false, quoted, d.span(i, end)));
    return end;
  }

  int backquote(int i, int to, boolean quoted) {
    Cst node = cx.substitutionAt(i);
    boolean useNode = node != null && node.is("command_substitution");
    int end = useNode ? node.end : closeBackquote(i + 1, to);
    int innerEnd = closing(i + 1, end, '`');
    Script body;
    if (useNode && text.substring(i + 1, innerEnd).indexOf('\\') < 0) {
      body = d.st.substitutionBody(node);
    } else {
      if (useNode) {
        cx.repaired.add(node);
      }
      body = d.st.reparseBackquoted(i + 1, innerEnd);
    }
    d.add(new WordPart.CommandSubstitution(body, true, quoted, d.span(i, end)));
    return end;
  }

  int process(int i, int to) {
    Cst node = cx.substitutionAt(i);
    int end;
    Script body;
    if (node != null && node.is("process_substitution")) {
      end = node.end;
      body = d.st.substitutionBody(node);
    } else {
      end = Math.min(to, cx.endOf(i));
      body = d.st.reparse(i + 2, closing(i + 2, end, ')'));
    }
    d.add(new WordPart.ProcessSubstitution(body, text.charAt(i) == '<', d.span(i, end)));
    return end;
  }

  /** {@code $((…))} ({@code open} = 3) or {@code $[…]} ({@code open} = 2). */
  int arithmetic(int i, int to, boolean quoted, int open) {
    Cst node = cx.substitutionAt(i);
    boolean useNode = node != null && node.is("arithmetic_expansion");
    int end = useNode ? node.end : Math.min(to, cx.endOf(i));
    int innerEnd = end;
    String close = open == 3 ? "))" : "]";
    if (end - close.length() >= i + open && text.startsWith(close, end - close.length())) {
      innerEnd = end - close.length();
    }
    String expression = text.substring(Math.min(i + open, innerEnd), innerEnd).strip();
    List<Script> inside = new WordDecoder(cx, d.st).substitutions(i + open, innerEnd);
    d.add(new WordPart.ArithmeticExpansion(expression, inside, quoted, d.span(i, end)));
    return end;
  }

  /** Where the inside ends: before the closing character at {@code end - 1}, if it is there. */
  private int closing(int innerStart, int end, char closer) {
    return end > innerStart && text.charAt(end - 1) == closer ? end - 1 : end;
  }

  private int closeBackquote(int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '\\') {
        k++;
      } else if (c == '`') {
        return k + 1;
      }
    }
    return to;
  }
}
