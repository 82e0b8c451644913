package dev.cmdguard.shell;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Converts tree-sitter statements into {@link Command}s and lists of them into {@link Script}s
 * (bash manual, "Lists of Commands"). Commands that a conversion finds on the side, such as the
 * commands tree-sitter recovered inside an ERROR node, are emitted into the list being built so
 * that nothing runnable is dropped.
 */
final class Statements {
  static final Set<String> STATEMENTS =
      Set.of(
          "command",
          "declaration_command",
          "unset_command",
          "variable_assignment",
          "variable_assignments",
          "redirected_statement",
          "pipeline",
          "list",
          "negated_command",
          "subshell",
          "compound_statement",
          "if_statement",
          "while_statement",
          "for_statement",
          "c_style_for_statement",
          "case_statement",
          "function_definition",
          "test_command",
          "ERROR");

  /** {@code ! ! … cmd}: more than this many are not applied, so the tree stays shallow. */
  private static final int MAX_PREFIXES = 64;

  final Conversion cx;
  final Words words;
  final Simples simples;
  private final Compounds compounds;
  private final Lists lists;
  private final Recovery recovery;
  private final Deque<List<Command>> scripts = new ArrayDeque<>();
  int depth;

  Statements(Conversion cx) {
    this.cx = cx;
    this.depth = cx.baseDepth;
    this.words = new Words(cx, this);
    this.simples = new Simples(cx, this);
    this.compounds = new Compounds(cx, this);
    this.lists = new Lists(cx, this);
    this.recovery = new Recovery(cx, this);
  }

  Script program(Cst root) {
    List<Cst> top = root.error ? List.of(root) : root.children;
    return script(top, cx.span(0, cx.text.length()));
  }

  /** The list {@code nodes} (the body of a compound command or substitution). */
  Script nested(List<Cst> nodes, int start, int end) {
    return script(nodes, cx.span(start, Math.max(start, end)));
  }

  /**
   * True (and reported) when converting {@code [start, end)} would nest deeper than {@link
   * Conversion#MAX_DEPTH}; the caller then keeps the text as it is. Guards every recursion of the
   * converter, so deep input cannot overflow the Java stack.
   */
  boolean tooDeep(int start, int end) {
    if (depth < Conversion.MAX_DEPTH) {
      return false;
    }
    cx.error(start, end, "nesting too deep (more than " + Conversion.MAX_DEPTH + " levels)");
    return true;
  }

  /** The nodes as a nested list spanning them; an empty list sits at {@code fallbackOffset}. */
  Script nested(List<Cst> nodes, int fallbackOffset) {
    if (nodes.isEmpty()) {
      return nested(nodes, fallbackOffset, fallbackOffset);
    }
    return nested(nodes, nodes.get(0).start, nodes.get(nodes.size() - 1).end);
  }

  private Script script(List<Cst> nodes, Span span) {
    List<Command> out = new ArrayList<>();
    scripts.push(out);
    try {
      int last = -1;
      for (Cst n : nodes) {
        if (n.named && n.start == n.end) {
          continue; // a MISSING command: ErrorScan reports it
        } else if (cx.outOfTime()) {
          int end = nodes.get(nodes.size() - 1).end;
          cx.error(n.start, end, BashParser.OUT_OF_TIME);
          out.add(new Command.Unparsed(cx.text.substring(n.start, end), cx.span(n.start, end)));
          break;
        } else if (n.named && !n.is("comment") && !n.is("heredoc_body")) {
          int at = out.size();
          Command c = statement(n);
          out.add(at, n.is("pipeline") || n.is("list") ? c : prefixed(n.start, c));
          last = at;
        } else if (n.isToken("&") && last >= 0) {
          Command prev = out.get(last);
          out.set(last, new Command.Background(prev, prev.span().union(cx.span(n))));
          last = -1;
        } else if (!n.named && !n.missing) {
          last = -1;
          if (!n.type.equals(";") && !n.type.equals("\n") && !n.type.equals("&")) {
            cx.error(n.start, n.end, "unexpected '" + n.type + "'");
          }
        }
      }
      return new Script(out, span);
    } finally {
      scripts.pop();
    }
  }

  /** Adds a command found on the side to the list being built. */
  void emit(Command command) {
    if (!scripts.isEmpty()) {
      scripts.peek().add(command);
    }
  }

  Command statement(Cst n) {
    if (tooDeep(n.start, n.end)) {
      return new Command.Unparsed(cx.text(n), cx.span(n));
    }
    depth++;
    try {
      return convert(n);
    } finally {
      depth--;
    }
  }

  private Command convert(Cst n) {
    return switch (n.type) {
      case "command",
          "declaration_command",
          "unset_command",
          "variable_assignment",
          "variable_assignments" ->
          simples.simple(n, List.of(), n);
      case "redirected_statement" -> redirected(n);
      case "pipeline", "list" -> lists.andOr(n);
      case "negated_command" -> negated(n);
      case "subshell" -> new Command.Subshell(inner(n), cx.span(n));
      case "compound_statement" -> new Command.Group(inner(n), cx.span(n));
      case "ERROR" -> recovery.recover(n);
      default -> compounds.convert(n);
    };
  }

  private Command negated(Cst n) {
    for (Cst c : n.children) {
      if (c.named) {
        return new Command.Negation(statement(c), cx.span(n));
      }
    }
    return new Command.Unparsed(cx.text(n), cx.span(n));
  }

  private Command redirected(Cst n) {
    Cst body = null;
    List<Cst> redirects = new ArrayList<>();
    for (Cst c : n.children) {
      if (c.named && Redirects.isRedirect(c)) {
        redirects.add(c);
      } else if (c.named && body == null && !c.is("comment")) {
        body = c;
      }
    }
    if (body == null || Simples.SIMPLE.contains(body.type)) {
      return simples.simple(body, redirects, n);
    }
    List<Cst> extra = new ArrayList<>();
    List<Redirection> converted = new ArrayList<>();
    for (Cst r : redirects) {
      converted.add(simples.redirects.convert(r, extra));
    }
    if (!extra.isEmpty()) {
      Cst first = extra.get(0);
      cx.error(first.start, first.end, "unexpected word " + Diagnostics.quote(cx.text(first)));
      emit(recovery.loose(extra));
    }
    Command inner = statement(body);
    int end = converted.isEmpty() ? n.end : body.end;
    Span span = cx.span(n.start, end);
    for (Redirection r : converted) {
      span = span.union(r.span());
    }
    return new Command.Redirected(inner, converted, span);
  }

  /** The list between a compound command's opening and closing tokens. */
  Script inner(Cst n) {
    List<Cst> kids = n.children;
    int from = 0;
    int to = kids.size();
    if (from < to && !kids.get(from).named) {
      from++;
    }
    if (to > from && !kids.get(to - 1).named && !kids.get(to - 1).isToken("&")) {
      to--;
    }
    int start = from > 0 ? kids.get(from - 1).end : n.start;
    int end = to < kids.size() ? kids.get(to).start : n.end;
    return nested(kids.subList(from, to), start, end);
  }

  /** Wraps a command in the reserved words that {@link Prelexer} blanked in front of it. */
  Command prefixed(int start, Command command) {
    List<Prelexer.PrefixWord> prefixes = cx.prefixesAt(start);
    Command c = command;
    if (prefixes.size() > MAX_PREFIXES) {
      cx.error(start, start, "more than " + MAX_PREFIXES + " reserved words before one command");
      prefixes = prefixes.subList(prefixes.size() - MAX_PREFIXES, prefixes.size());
    }
    for (int k = prefixes.size() - 1; k >= 0; k--) {
      Prelexer.PrefixWord word = prefixes.get(k);
      Span span = cx.span(word.start(), word.start()).union(c.span());
      c =
          switch (word.kind()) {
            case NEGATE -> new Command.Negation(c, span);
            case COPROC -> new Command.Background(c, span);
          };
    }
    return c;
  }

  /** Parses the local text {@code [from, to)} on its own (a substitution tree-sitter skipped). */
  Script reparse(int from, int to) {
    String inner = cx.text.substring(from, Math.max(from, to));
    return ScriptParser.parse(inner, cx.offsets.shifted(from), cx.diagnostics, depth + 1);
  }

  /**
   * Parses the body of an old-style {@code `…`} substitution, in which a backslash before {@code
   * $}, {@code `} or {@code \} is removed first (bash manual, "Command Substitution").
   */
  Script reparseBackquoted(int from, int to) {
    StringBuilder text = new StringBuilder(to - from);
    int[] table = new int[to - from + 1];
    int k = 0;
    for (int p = from; p < to; p++) {
      char c = cx.text.charAt(p);
      if (c == '\\' && p + 1 < to && "$`\\".indexOf(cx.text.charAt(p + 1)) >= 0) {
        p++;
        c = cx.text.charAt(p);
      }
      table[k++] = p;
      text.append(c);
    }
    table[k] = to;
    Offsets offsets = cx.offsets.through(Arrays.copyOf(table, k + 1));
    return ScriptParser.parse(text.toString(), offsets, cx.diagnostics, depth + 1);
  }

  /** The body of a {@code $(…)}, {@code `…`}, {@code <(…)} or {@code >(…)} node. */
  Script substitutionBody(Cst node) {
    List<Cst> kids = node.children;
    int start = kids.isEmpty() ? node.start : kids.get(0).end;
    Cst last = kids.isEmpty() ? null : kids.get(kids.size() - 1);
    int end = last != null && kids.size() > 1 && !last.named ? last.start : node.end;
    if (cx.isBlank(start, end)) {
      // $() is valid and empty; tree-sitter reports a MISSING command in it
      kids.forEach(cx.repaired::add);
      return Script.empty(cx.span(start, Math.max(start, end)));
    }
    return inner(node);
  }
}
