package dev.cmdguard.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compound commands (bash manual, "Compound Commands"): {@code if}, {@code while}/{@code until},
 * {@code for}/{@code select}, arithmetic {@code for}, {@code case}, and, through {@link
 * TestsAndFunctions}, {@code [[ ]]}, {@code (( ))} and function definitions.
 */
final class Compounds {
  private final Conversion cx;
  private final Statements st;
  private final TestsAndFunctions tests;

  Compounds(Conversion cx, Statements st) {
    this.cx = cx;
    this.st = st;
    this.tests = new TestsAndFunctions(cx, st);
  }

  Command convert(Cst n) {
    return switch (n.type) {
      case "if_statement" -> ifStatement(n);
      case "while_statement" -> loop(n);
      case "for_statement" -> forLoop(n);
      case "c_style_for_statement" -> arithmeticFor(n);
      case "case_statement" -> caseStatement(n);
      case "function_definition" -> tests.function(n);
      case "test_command" -> tests.test(n);
      default -> other(n);
    };
  }

  /** A node tree-sitter put where a command belongs but that is none: kept as words or text. */
  private Command other(Cst n) {
    if (CstBuilder.WORDISH.contains(n.type) || Redirects.isRedirect(n)) {
      List<Cst> one = List.of(n);
      return Redirects.isRedirect(n)
          ? st.simples.fromParts(List.of(), List.of(), one, n.start, n.end)
          : st.simples.fromParts(List.of(), one, List.of(), n.start, n.end);
    }
    cx.error(n.start, n.end, "unsupported syntax " + Diagnostics.quote(cx.text(n)));
    return new Command.Unparsed(cx.text(n), cx.span(n));
  }

  private Command ifStatement(Cst n) {
    List<Command.Branch> branches = new ArrayList<>();
    branches.add(branch(n));
    Optional<Script> elseBody = Optional.empty();
    for (Cst c : n.children) {
      if (c.is("elif_clause")) {
        branches.add(branch(c));
      } else if (c.is("else_clause")) {
        List<Cst> body = statements(c.children, 1, c.children.size());
        elseBody = Optional.of(st.nested(body, c.end));
      }
    }
    return new Command.If(branches, elseBody, cx.span(n));
  }

  /** The condition (after {@code if}/{@code elif}) and body (after {@code then}) of a node. */
  private Command.Branch branch(Cst n) {
    List<Cst> condition = new ArrayList<>();
    List<Cst> body = new ArrayList<>();
    List<Cst> target = condition;
    int thenAt = n.end;
    for (Cst c : n.children) {
      if (c.isToken("then")) {
        target = body;
        thenAt = c.end;
      } else if (c.is("elif_clause") || c.is("else_clause") || c.isToken("fi")) {
        break;
      } else if (c.named || c.isToken("&")) {
        target.add(c);
      }
    }
    int fallback = condition.isEmpty() ? n.start : condition.get(condition.size() - 1).end;
    return new Command.Branch(st.nested(condition, fallback), st.nested(body, thenAt));
  }

  private Command loop(Cst n) {
    boolean until = !n.children.isEmpty() && n.children.get(0).isToken("until");
    List<Cst> condition = new ArrayList<>();
    Cst body = null;
    for (Cst c : n.children) {
      if ("body".equals(c.field) || c.is("do_group")) {
        body = c;
      } else if (c.named || c.isToken("&")) {
        condition.add(c);
      }
    }
    Script cond = st.nested(condition, n.start);
    return new Command.Loop(until, cond, doGroup(body, n.end), cx.span(n));
  }

  private Command forLoop(Cst n) {
    boolean select = !n.children.isEmpty() && n.children.get(0).isToken("select");
    String variable = "";
    boolean hasIn = false;
    List<Cst> values = new ArrayList<>();
    Cst body = null;
    for (Cst c : n.children) {
      if ("variable".equals(c.field)) {
        variable = cx.text(c);
      } else if (c.isToken("in")) {
        hasIn = true;
      } else if (c.error && cx.text(c).strip().equals("in")) {
        hasIn = true;
        cx.repaired.add(c);
      } else if ("body".equals(c.field) || c.is("do_group") || c.is("compound_statement")) {
        body = c;
      } else if ("value".equals(c.field)) {
        values.add(c);
      }
    }
    Optional<List<Word>> words = hasIn ? Optional.of(st.words.words(values)) : Optional.empty();
    return new Command.For(select, variable, words, doGroup(body, n.end), cx.span(n));
  }

  private Command arithmeticFor(Cst n) {
    int open = n.start;
    int close = n.end;
    Cst body = null;
    for (Cst c : n.children) {
      if (c.isToken("((")) {
        open = c.end;
      } else if (c.isToken("))")) {
        close = c.start;
      } else if ("body".equals(c.field) || c.is("do_group") || c.is("compound_statement")) {
        body = c;
      } else if (c.named) {
        cx.indexSubstitutions(c);
      }
    }
    String header = cx.text.substring(open, Math.max(open, close));
    List<Script> inside = st.words.substitutionsIn(open, Math.max(open, close));
    return new Command.ArithmeticFor(header, inside, doGroup(body, n.end), cx.span(n));
  }

  private Command caseStatement(Cst n) {
    List<Cst> subject = new ArrayList<>();
    List<Command.CaseItem> items = new ArrayList<>();
    for (Cst c : n.children) {
      if (c.is("case_item")) {
        items.add(caseItem(c));
      } else if ("value".equals(c.field) && items.isEmpty()) {
        subject.add(c);
      }
    }
    List<Word> words = st.words.words(subject);
    Word word = words.isEmpty() ? new Word(List.of(), cx.span(n.start, n.start)) : words.get(0);
    return new Command.Case(word, items, cx.span(n));
  }

  private Command.CaseItem caseItem(Cst n) {
    List<Cst> patterns = new ArrayList<>();
    List<Cst> body = new ArrayList<>();
    boolean inBody = false;
    int bodyStart = n.end;
    for (Cst c : n.children) {
      if (!inBody && c.isToken(")")) {
        inBody = true;
        bodyStart = c.end;
      } else if (!inBody && c.named) {
        patterns.add(c);
      } else if (inBody && (c.named || c.isToken("&"))) {
        body.add(c);
      }
    }
    return new Command.CaseItem(st.words.words(patterns), st.nested(body, bodyStart));
  }

  /** The list inside {@code do … done} or {@code { … }}; empty when the body is missing. */
  private Script doGroup(Cst body, int fallback) {
    return body == null ? st.nested(List.of(), fallback) : st.inner(body);
  }

  /** The statement nodes among {@code nodes[from, to)}. */
  private static List<Cst> statements(List<Cst> nodes, int from, int to) {
    List<Cst> out = new ArrayList<>();
    for (Cst c : nodes.subList(Math.min(from, to), to)) {
      if (c.named || c.isToken("&")) {
        out.add(c);
      }
    }
    return out;
  }
}
