package dev.cmdguard.cli;

import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.ResolvedRedirect;
import dev.cmdguard.unwrap.Stdin;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Writes one {@link Invocation} for humans: a numbered heading with the chain that led to it, then
 * one labelled line per fact that is not the default (argv always; cwd, stdin, redirects, traits
 * and the source text when there is something to say).
 */
final class InvocationText {
  /** Indentation of the value column, after the label. */
  static final String INDENT = "   " + " ".repeat(9);

  private static final int HEREDOC_LINES = 5;

  private final PrintWriter out;
  private final Style style;
  private final String startCwd;

  /**
   * @param startCwd the directory the command starts in; an invocation's cwd is shown only when it
   *     differs
   */
  InvocationText(PrintWriter out, Style style, String startCwd) {
    this.out = out;
    this.style = style;
    this.startCwd = startCwd;
  }

  /**
   * Writes invocation {@code index} (shown 1-based).
   *
   * @param source the original text, for the excerpt of its span
   */
  void write(int index, Invocation inv, SourceLines source, boolean multiLine) {
    out.println(style.bold("#" + (index + 1)) + " " + heading(inv.origin(), inv.program()));
    field("argv", argv(inv.argv()));
    if (inv.cwd().isEmpty()) {
      field("cwd", style.yellow("‹unknown›"));
    } else if (!inv.cwd().get().equals(startCwd)) {
      field("cwd", ShellQuote.quote(inv.cwd().get()));
    }
    stdin(inv.stdin());
    if (!inv.redirects().isEmpty()) {
      field(
          "redirect",
          inv.redirects().stream().map(this::redirect).collect(Collectors.joining("  ")));
    }
    if (!inv.traits().isEmpty()) {
      field(
          "traits",
          Explanation.sortedTraits(inv).stream()
              .map(InvocationText::traitName)
              .collect(Collectors.joining(", ")));
    }
    if (inv.span().length() > 0) {
      source.excerpt(inv.span()).ifPresent(e -> excerpt("source", e, multiLine, style::green));
    }
  }

  private String heading(List<String> origin, String program) {
    List<String> parts = new ArrayList<>();
    origin.forEach(step -> parts.add(style.dim(ShellQuote.visible(step))));
    parts.add(style.bold(ShellQuote.visible(program)));
    return String.join(style.dim(" → "), parts);
  }

  /** The arguments as one would type them, with run-time and glob arguments marked. */
  String argv(List<Arg> argv) {
    return argv.stream().map(this::arg).collect(Collectors.joining(" "));
  }

  /** One argument: quoted if needed, {@code ‹dynamic: $X›} or {@code ‹glob: *.txt›}. */
  String arg(Arg arg) {
    if (arg.dynamic()) {
      String from = arg.producers().isEmpty() ? "" : ", from " + String.join(", ", arg.producers());
      String glob = arg.glob() ? ", glob" : "";
      return style.yellow("‹dynamic: " + ShellQuote.visible(arg.value()) + from + glob + "›");
    }
    if (arg.glob()) {
      return style.cyan("‹glob: " + ShellQuote.visible(arg.value()) + "›");
    }
    return ShellQuote.quote(arg.value());
  }

  private void stdin(Stdin stdin) {
    switch (stdin) {
      case Stdin.Inherited inherited -> {}
      case Stdin.Pipe pipe ->
          field(
              "stdin",
              "pipe from #"
                  + (pipe.producer() + 1)
                  + " ("
                  + ShellQuote.visible(pipe.program())
                  + ")");
      case Stdin.HereString here -> field("stdin", "here-string " + arg(here.word()));
      case Stdin.File file -> field("stdin", "file " + arg(file.path()));
      case Stdin.Heredoc heredoc -> heredoc(heredoc);
    }
  }

  private void heredoc(Stdin.Heredoc heredoc) {
    SourceLines body = new SourceLines(heredoc.body());
    List<String> facts = new ArrayList<>();
    facts.add(body.count() == 1 ? "1 line" : body.count() + " lines");
    facts.add(heredoc.expanded() ? "expanded" : "literal");
    if (heredoc.dynamic()) {
      facts.add(style.yellow("dynamic"));
    }
    field("stdin", "heredoc, " + String.join(", ", facts));
    int shown = Math.min(body.count(), HEREDOC_LINES);
    for (int i = 0; i < shown; i++) {
      out.println(INDENT + style.dim("│ ") + ShellQuote.visible(body.line(i)));
    }
    if (body.count() > shown) {
      out.println(INDENT + style.dim("│ … " + (body.count() - shown) + " more lines"));
    }
  }

  private String redirect(ResolvedRedirect r) {
    int defaultFd = r.operator().startsWith("<") ? 0 : 1;
    String fd = r.operator().startsWith("&") || r.fd() == defaultFd ? "" : Integer.toString(r.fd());
    String target =
        r.toDescriptor() ? ShellQuote.visible(r.target().value()) : " " + arg(r.target());
    return fd + r.operator() + target;
  }

  static String traitName(Invocation.Trait trait) {
    return trait.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Writes a labelled excerpt: the line (with {@code line:column} first in a multi-line text) and
   * the carets under the span.
   */
  void excerpt(String label, SourceExcerpt e, boolean multiLine, UnaryOperator<String> paint) {
    String position = multiLine ? e.line() + ":" + e.column() + "  " : "";
    field(label, style.dim(position) + e.text());
    out.println(INDENT + " ".repeat(position.length() + e.caretStart()) + paint.apply(e.carets()));
  }

  private void field(String label, String value) {
    out.println("   " + style.dim(String.format("%-8s", label)) + " " + value);
  }
}
