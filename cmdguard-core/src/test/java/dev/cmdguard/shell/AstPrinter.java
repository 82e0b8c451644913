package dev.cmdguard.shell;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a syntax tree as a compact, stable S-expression for table-driven tests, for example
 * {@code (pipe (simple [cat] <<EOF:"rm -rf /\n") (simple [sh]))}. A static word prints as {@code
 * [value]}; a word with expansions prints its parts: {@code [$X]}, {@code ["$HOME"/x]}, {@code
 * [$({simple [ls]})]}. Nested lists print in braces, commands separated by {@code ;}.
 */
final class AstPrinter {
  private AstPrinter() {}

  static String print(Script script) {
    return script.commands().stream().map(AstPrinter::command).collect(Collectors.joining("; "));
  }

  static String block(Script script) {
    return "{" + print(script) + "}";
  }

  static String command(Command c) {
    return switch (c) {
      case Command.Simple s -> simple(s);
      case Command.Pipeline p -> pipeline(p);
      case Command.AndOr a ->
          "("
              + (a.operator().equals("&&") ? "and " : "or ")
              + command(a.left())
              + " "
              + command(a.right())
              + ")";
      case Command.Background b -> "(bg " + command(b.command()) + ")";
      case Command.Negation n -> "(not " + command(n.command()) + ")";
      case Command.Subshell s -> "(subshell " + block(s.body()) + ")";
      case Command.Group g -> "(group " + block(g.body()) + ")";
      case Command.If i -> ifCommand(i);
      case Command.Loop l ->
          "("
              + (l.until() ? "until " : "while ")
              + block(l.condition())
              + " "
              + block(l.body())
              + ")";
      case Command.For f -> forCommand(f);
      case Command.ArithmeticFor f ->
          "(for ((" + f.header() + "))" + subs(f.substitutions()) + " " + block(f.body()) + ")";
      case Command.Case k -> caseCommand(k);
      case Command.FunctionDefinition f -> "(function " + f.name() + " " + command(f.body()) + ")";
      case Command.Arithmetic a ->
          "(arith \"" + a.expression() + "\"" + subs(a.substitutions()) + ")";
      case Command.Test t -> "(test " + words(t.words()) + ")";
      case Command.Redirected r ->
          "(redirected " + command(r.body()) + redirects(r.redirections()) + ")";
      case Command.Unparsed u -> "(unparsed " + quote(u.text()) + ")";
    };
  }

  private static String simple(Command.Simple s) {
    StringBuilder sb = new StringBuilder("(simple");
    for (Assignment a : s.assignments()) {
      sb.append(' ')
          .append(a.name())
          .append(a.append() ? "+=" : "=")
          .append(a.array() ? "@" : "")
          .append(word(a.value()));
    }
    if (!s.words().isEmpty()) {
      sb.append(' ').append(words(s.words()));
    }
    return sb.append(redirects(s.redirections())).append(')').toString();
  }

  private static String pipeline(Command.Pipeline p) {
    StringBuilder sb = new StringBuilder("(pipe ").append(command(p.commands().get(0)));
    for (int i = 1; i < p.commands().size(); i++) {
      sb.append(p.stderrToo().get(i - 1) ? " |& " : " ").append(command(p.commands().get(i)));
    }
    return sb.append(')').toString();
  }

  private static String ifCommand(Command.If i) {
    StringBuilder sb = new StringBuilder("(if");
    for (int k = 0; k < i.branches().size(); k++) {
      Command.Branch b = i.branches().get(k);
      sb.append(k == 0 ? " " : " elif ")
          .append(block(b.condition()))
          .append(" then ")
          .append(block(b.body()));
    }
    i.elseBody().ifPresent(e -> sb.append(" else ").append(block(e)));
    return sb.append(')').toString();
  }

  private static String forCommand(Command.For f) {
    String values = f.values().map(v -> " in" + (v.isEmpty() ? "" : " " + words(v))).orElse("");
    return "("
        + (f.select() ? "select " : "for ")
        + f.variable()
        + values
        + " "
        + block(f.body())
        + ")";
  }

  private static String caseCommand(Command.Case k) {
    StringBuilder sb = new StringBuilder("(case ").append(word(k.subject()));
    for (Command.CaseItem item : k.items()) {
      sb.append(" (")
          .append(words(item.patterns()))
          .append(" => ")
          .append(block(item.body()))
          .append(')');
    }
    return sb.append(')').toString();
  }

  static String redirects(List<Redirection> redirections) {
    StringBuilder sb = new StringBuilder();
    for (Redirection r : redirections) {
      sb.append(' ').append(redirect(r));
    }
    return sb.toString();
  }

  static String redirect(Redirection r) {
    return switch (r) {
      case Redirection.File f -> f.fd().orElse("") + f.operator() + word(f.target());
      case Redirection.HereString h -> h.fd().orElse("") + "<<<" + word(h.word());
      case Redirection.Heredoc h ->
          h.fd().orElse("")
              + h.operator()
              + (h.quoted() ? "'" + h.delimiter() + "'" : h.delimiter())
              + ":"
              + body(h.body());
    };
  }

  private static String body(Word w) {
    return w.staticValue()
        .map(AstPrinter::quote)
        .orElseGet(() -> "\"" + parts(w).replace("\n", "\\n") + "\"");
  }

  static String words(List<Word> words) {
    return words.stream().map(AstPrinter::word).collect(Collectors.joining(" "));
  }

  static String word(Word w) {
    return "[" + w.staticValue().orElseGet(() -> parts(w)) + "]";
  }

  private static String parts(Word w) {
    StringBuilder sb = new StringBuilder();
    for (WordPart p : w.parts()) {
      sb.append(part(p));
    }
    return sb.toString();
  }

  private static String part(WordPart p) {
    String s =
        switch (p) {
          case WordPart.Literal l -> l.value();
          case WordPart.Parameter x ->
              x.operator().isEmpty() && x.argument().isEmpty()
                  ? "$" + x.name()
                  : "${"
                      + x.name()
                      + " "
                      + x.operator()
                      + x.argument().map(AstPrinter::word).orElse("")
                      + "}";
          case WordPart.CommandSubstitution c ->
              (c.backquoted() ? "`" : "$(") + block(c.body()) + (c.backquoted() ? "`" : ")");
          case WordPart.ProcessSubstitution ps ->
              (ps.input() ? "<(" : ">(") + block(ps.body()) + ")";
          case WordPart.ArithmeticExpansion a ->
              "$((" + a.expression() + "))" + subs(a.substitutions());
        };
    boolean quoted =
        switch (p) {
          case WordPart.Parameter x -> x.quoted();
          case WordPart.CommandSubstitution c -> c.quoted();
          default -> false;
        };
    return quoted ? "\"" + s + "\"" : s;
  }

  private static String subs(List<Script> scripts) {
    return scripts.stream().map(s -> " " + block(s)).collect(Collectors.joining());
  }

  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
