package dev.cmdguard.unwrap.windows;

import dev.cmdguard.unwrap.Invocation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * PowerShell statements (about_Language_Keywords, about_Pipelines, about_Pipeline_Chain_Operators):
 * statement lists separated by newlines and {@code ;}; pipelines joined by {@code |}; chains with
 * {@code &&} and {@code ||} (PowerShell 7; a parse error in Windows PowerShell 5.1, reported as a
 * problem); a trailing {@code &} runs a pipeline as a job; assignments; and the keywords whose
 * bodies hold statements ({@code if}, {@code foreach}, {@code for}, {@code while}, {@code do},
 * {@code switch}, {@code try}/{@code catch}/{@code finally}, {@code trap}, {@code function}, {@code
 * filter}, {@code begin}/{@code process}/{@code end}). Every body is analysed, whatever its
 * condition. {@code class}, {@code enum}, {@code workflow} and {@code using module} are reported as
 * problems. Elements are read by {@link PsCommands} and {@link PsExpressions}.
 */
final class PsParser {
  /** What an element or pipeline ran: the index of its first step (-1 for none) and its output. */
  record Ran(int first, PsValue output) {}

  final PsCursor c;
  final Emitter out;
  final Map<String, PsValue> variables = new HashMap<>();
  final Map<String, String> aliases = new HashMap<>();
  final Set<String> functions = new HashSet<>();
  final PsExpressions expressions;
  final PsMembers members;
  final PsArguments arguments;
  final PsAssignments assignments;
  final PsCommands commands;

  private PsParser(Source src, Emitter out) {
    this.c = new PsCursor(src);
    this.out = out;
    this.expressions = new PsExpressions(this);
    this.members = new PsMembers(this);
    this.arguments = new PsArguments(this);
    this.assignments = new PsAssignments(this);
    this.commands = new PsCommands(this);
  }

  static void parse(Source src, Emitter out) {
    new PsParser(src, out).statements('\0');
  }

  /** A parser for nested text ({@code iex 'text'}) sharing this one's variables and aliases. */
  void nested(Source text) {
    PsParser inner = new PsParser(text, out);
    inner.variables.putAll(variables);
    inner.aliases.putAll(aliases);
    inner.functions.addAll(functions);
    inner.statements('\0');
  }

  /** Statements up to {@code close} ({@code '}'} or {@code ')'}) or the end. */
  PsValue statements(char close) {
    PsValue last = PsValue.text("", c.span(c.pos));
    if (!out.enter()) {
      c.pos = c.src.length();
      return PsValue.unknown("", java.util.List.of(), c.span(c.pos));
    }
    try {
      while (true) {
        c.skip(true);
        while (c.peek() == ';') {
          c.pos++;
          c.skip(true);
        }
        if (c.end() || (close != '\0' && c.peek() == close)) {
          return last;
        }
        if (c.peek() == ')' || c.peek() == '}') {
          c.pos++; // unbalanced
          out.problem("powershell: an unmatched '" + c.src.at(c.pos - 1) + "'");
          continue;
        }
        int before = c.pos;
        last = statement().output();
        if (c.pos == before) {
          c.pos++;
        }
      }
    } finally {
      out.leave();
    }
  }

  Ran statement() {
    String w = c.peekWord();
    int save = c.pos;
    Optional<Ran> keyword = PsKeywords.statement(this, w);
    if (keyword.isPresent()) {
      return keyword.get();
    }
    c.pos = save;
    return chain();
  }

  /** Pipelines joined by {@code &&} and {@code ||}, perhaps run as a job with {@code &}. */
  Ran chain() {
    int mark = out.size();
    Ran r = pipeline();
    while (true) {
      c.skip(false);
      if (c.at("&&") || c.at("||")) {
        if (out.dialect == Dialect.WINDOWS_POWERSHELL) {
          out.problem(
              "powershell: '"
                  + c.src.text.substring(c.pos, c.pos + 2)
                  + "' is not valid in Windows PowerShell 5.1");
        }
        c.pos += 2;
        c.skip(true);
        r = pipeline();
        continue;
      }
      if (c.peek() == '&') {
        c.pos++;
        out.mark(mark, out.size(), Invocation.Trait.BACKGROUND);
      }
      return r;
    }
  }

  /** Elements joined by {@code |}. */
  Ran pipeline() {
    Ran r = element(-1, Optional.empty());
    int first = r.first();
    while (true) {
      c.skip(false);
      if (c.peek() != '|' || c.peek(1) == '|') {
        return new Ran(first, r.output());
      }
      c.pos++;
      c.skip(true);
      r = element(r.first(), Optional.of(r.output()));
      first = first < 0 ? r.first() : first;
    }
  }

  /** A command or an expression; an assignment when an expression is followed by {@code =}. */
  Ran element(int pipeFrom, Optional<PsValue> input) {
    if (commands.startsCommand()) {
      return commands.command(pipeFrom, input);
    }
    return assignments.statementExpression();
  }

  /** A variable's value; unknown ones are run-time values. */
  PsValue variable(String name, dev.cmdguard.shell.Span at) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.startsWith("env:")) {
      PsValue v = variables.get(n);
      if (v != null) {
        return v.withShown("$" + name, at);
      }
      return out.context
          .variable(name.substring(4))
          .map(x -> PsValue.text(x, at).withShown("$" + name, at))
          .orElse(PsValue.unknown("$" + name, java.util.List.of(), at));
    }
    switch (n) {
      case "true", "false", "null" -> {
        return PsValue.text(n.equals("null") ? "" : "$" + n, at).withShown("$" + name, at);
      }
      case "home" -> {
        return PsValue.text(out.context.home(), at).withShown("$" + name, at);
      }
      case "executioncontext" -> {
        return PsValue.object("$" + name, "executioncontext", at);
      }
      default -> {
        PsValue v = variables.get(n.equals("psitem") ? "_" : n);
        return v == null
            ? PsValue.unknown("$" + name, java.util.List.of(), at)
            : v.withShown("$" + name, at);
      }
    }
  }

  void assign(String name, PsValue value) {
    variables.put(name.toLowerCase(Locale.ROOT), value);
  }
}
