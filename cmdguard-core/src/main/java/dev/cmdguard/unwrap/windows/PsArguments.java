package dev.cmdguard.unwrap.windows;

/**
 * PowerShell command arguments in argument mode (about_Parsing): barewords are strings, and quoted
 * strings, variables with member access, {@code $( )}, {@code ( )}, script blocks and here-strings
 * written without blanks between them make one argument ({@code C:\$dir\x}).
 */
final class PsArguments {
  private final PsParser p;
  private final PsCursor c;

  PsArguments(PsParser p) {
    this.p = p;
    this.c = p.c;
  }

  /**
   * A command argument in argument mode: barewords, quoted strings, variables with member access,
   * {@code $( )}, {@code ( )}, script blocks, concatenated when written without blanks ({@code
   * C:\$dir\x}). {@code cmdlet} marks a cmdlet's argument, whose wildcards glob.
   */
  PsValue commandArgument(boolean cmdlet) {
    int from = c.pos;
    PsValue value = null;
    StringBuilder literal = new StringBuilder();
    boolean glob = false;
    int literalFrom = c.pos;
    while (!c.end()) {
      char x = c.peek();
      PsValue piece = null;
      if (x == '{' && value == null && literal.isEmpty()) {
        piece = p.expressions.scriptBlock(p.expressions.blockLabel);
      } else if (x == '(' || ((x == '$' || x == '@') && c.peek(1) == '(')) {
        piece = p.members.postfix(p.expressions.primary(), c.pos);
      } else if (x == '@' && (c.peek(1) == '{' || PsStrings.isQuote(c.peek(1)))) {
        piece = p.expressions.primary();
      } else if (PsCursor.ends(x)) {
        break;
      } else if (PsStrings.isQuote(x)) {
        piece = p.expressions.strings.quoted();
      } else if (x == '$' && c.peek(1) != '\0' && !PsCursor.ends(c.peek(1))) {
        int at = c.pos;
        c.pos++;
        String name = c.variableName();
        piece = p.members.postfix(p.variable(name, c.span(at)), at);
      } else if (x == '`' && c.peek(1) != '\0') {
        literal.append(c.peek(1));
        c.pos += 2;
        continue;
      } else {
        if (literal.isEmpty()) {
          literalFrom = c.pos;
        }
        glob |= x == '*' || x == '?' || x == '[';
        literal.append(x);
        c.pos++;
        continue;
      }
      value = join(value, literal, literalFrom, piece);
      literal.setLength(0);
    }
    value = join(value, literal, literalFrom, null);
    if (value == null) {
      value = PsValue.text("", c.span(from));
    }
    if (c.src.anyUnknown(from, c.pos)) {
      value = PsValue.unknown(c.text(from), value.producers(), c.span(from));
    }
    if (!glob || !cmdlet) {
      return value.withShown(c.text(from), c.span(from)).withItem(value.item());
    }
    return value.withShown(c.text(from), c.span(from));
  }

  private PsValue join(PsValue value, StringBuilder literal, int literalFrom, PsValue piece) {
    PsValue v = value;
    if (!literal.isEmpty()) {
      PsValue lit =
          PsValue.text(literal.toString(), c.src.span(literalFrom, literalFrom + literal.length()));
      v = v == null ? lit : v.concat(lit, v.span().union(lit.span()));
    }
    if (piece != null) {
      v = v == null ? piece : v.concat(piece, v.span().union(piece.span()));
    }
    return v;
  }
}
