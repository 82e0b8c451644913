package dev.cmdguard.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Simple commands (bash manual, "Simple Commands"): assignments, words and redirections in any
 * order. Declaration builtins and {@code unset} are simple commands whose operands are words.
 * tree-sitter's quirks handled here: words it splits that bash reads as one ({@code $"…"}, line
 * continuations), words it files as extra redirection targets ({@code echo > f a b}), and {@code ((
 * … ))} read as a command name.
 */
final class Simples {
  /** Node types converted into a {@link Command.Simple}. */
  static final Set<String> SIMPLE =
      Set.of(
          "command",
          "declaration_command",
          "unset_command",
          "variable_assignment",
          "variable_assignments");

  private final Conversion cx;
  private final Statements st;
  final Redirects redirects;

  Simples(Conversion cx, Statements st) {
    this.cx = cx;
    this.st = st;
    this.redirects = new Redirects(cx, st);
  }

  /**
   * @param body the command node, or null for a command made only of redirections
   * @param outer redirections that tree-sitter put outside the command node
   * @param whole the node whose span the command takes
   */
  Command simple(Cst body, List<Cst> outer, Cst whole) {
    List<Cst> assignments = new ArrayList<>();
    List<Cst> words = new ArrayList<>();
    List<Cst> redirections = new ArrayList<>(outer);
    if (body != null) {
      switch (body.type) {
        case "variable_assignment" -> assignments.add(body);
        case "variable_assignments" -> assignments.addAll(named(body.children));
        default -> sort(body, assignments, words, redirections);
      }
    }
    if (!assignments.isEmpty() || !redirections.isEmpty()) {
      dropMissingName(words);
    }
    return fromParts(assignments, words, redirections, whole.start, whole.end);
  }

  private void sort(Cst body, List<Cst> assignments, List<Cst> words, List<Cst> redirections) {
    boolean declaration = !body.is("command");
    for (Cst c : body.children) {
      if (c.is("variable_assignment") && words.isEmpty() && !declaration) {
        assignments.add(c);
      } else if (declaration && !c.is("comment")) {
        (Redirects.isRedirect(c) ? redirections : words).add(c);
      } else if (Redirects.isRedirect(c)) {
        redirections.add(c);
      } else if (c.is("comment")) {
        continue;
      } else if (c.named && Statements.STATEMENTS.contains(c.type)) {
        st.emit(st.prefixed(c.start, st.statement(c)));
      } else if (c.named || c.isToken("$")) {
        words.add(c);
      }
    }
  }

  /** A simple command from its classified nodes, spanning {@code [start, end)}. */
  Command fromParts(
      List<Cst> assignmentNodes, List<Cst> wordNodes, List<Cst> redirectNodes, int start, int end) {
    List<Cst> words = new ArrayList<>(wordNodes);
    List<Cst> sortedRedirects = new ArrayList<>(redirectNodes);
    // A plain lambda: Comparator.comparingInt's is serializable, linked at run time, not from the
    // start-up cache (a few milliseconds of a hook call).
    sortedRedirects.sort((a, b) -> Integer.compare(a.start, b.start));
    List<Redirection> redirections = new ArrayList<>();
    for (Cst r : sortedRedirects) {
      redirections.add(redirects.convert(r, words));
    }
    List<Assignment> assignments = new ArrayList<>();
    for (Cst a : assignmentNodes) {
      assignments.add(st.words.assignment(a));
    }
    Span span = cx.span(start, end);
    if (assignments.isEmpty() && redirections.isEmpty() && words.size() == 1) {
      Cst only = words.get(0);
      boolean parenthesized =
          only.end - only.start >= 4
              && cx.text.startsWith("((", only.start)
              && cx.text.startsWith("))", only.end - 2);
      if (parenthesized) {
        cx.indexSubstitutions(only);
        return arithmetic(only.start + 2, only.end - 2, span);
      }
    }
    return new Command.Simple(assignments, st.words.words(words), redirections, span);
  }

  /** {@code (( expression ))} (bash manual, "Conditional Constructs"). */
  Command arithmetic(int start, int end, Span span) {
    String expression = cx.text.substring(start, Math.max(start, end)).strip();
    return new Command.Arithmetic(expression, st.words.substitutionsIn(start, end), span);
  }

  /**
   * tree-sitter wants a command name after {@code X=1 >file} and reports a MISSING one; bash
   * accepts the command (assignments and redirections only).
   */
  private void dropMissingName(List<Cst> words) {
    words.removeIf(
        w -> {
          boolean missing =
              w.start == w.end && (w.missing || w.children.stream().allMatch(c -> c.missing));
          if (missing) {
            cx.repaired.add(w);
          }
          return missing;
        });
  }

  private static List<Cst> named(List<Cst> nodes) {
    List<Cst> out = new ArrayList<>();
    for (Cst n : nodes) {
      if (n.named && !n.is("comment")) {
        out.add(n);
      }
    }
    return out;
  }
}
