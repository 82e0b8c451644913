package dev.cmdguard.cli;

import dev.cmdguard.Finding;
import dev.cmdguard.shell.SyntaxError;
import dev.cmdguard.unwrap.AnalysisMarker;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.ShellContext;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes an {@link Explanation} for humans, compact like {@code git} and {@code cargo}: the command
 * and its context, each invocation numbered with the chain that led to it, then analysis gaps
 * ({@code warning[…]}) and syntax errors ({@code error[syntax]}) with the text they point at, the
 * rules' findings with the invocation each came from, and a one-line summary.
 */
final class ExplainText {
  /** The most lines of a multi-line command shown in the heading. */
  static final int COMMAND_LINES = 20;

  private final PrintWriter out;
  private final Style style;

  /**
   * @param out where to write
   * @param style colours or none
   */
  ExplainText(PrintWriter out, Style style) {
    this.out = out;
    this.style = style;
  }

  /** Writes the whole explanation. */
  void write(Explanation e) {
    SourceLines source = new SourceLines(e.source());
    boolean multiLine = source.count() > 1;
    header(e);
    out.println();
    List<Invocation> invocations = e.result().invocations();
    InvocationText text = new InvocationText(out, style, e.context().cwd());
    for (int i = 0; i < invocations.size(); i++) {
      text.write(i, invocations.get(i), source, multiLine);
    }
    for (AnalysisMarker marker : e.result().markers()) {
      marker(marker, source, text);
    }
    for (SyntaxError error : e.result().parse().errors()) {
      syntaxError(error, source, text);
    }
    boolean body =
        !invocations.isEmpty() || !e.result().markers().isEmpty() || !e.result().parse().ok();
    if (!e.findings().isEmpty()) {
      if (body) {
        out.println();
      }
      findings(e.findings());
      body = true;
    }
    if (body) {
      out.println();
    }
    out.println(style.dim(summary(e)));
  }

  /**
   * One line per finding, after the invocation it came from: {@code #3 rm -rf / → CODE (critical):
   * message}, or {@code command → CODE …} for a finding about the whole command.
   */
  private void findings(List<Finding> findings) {
    out.println(style.bold("findings"));
    for (Finding f : findings) {
      String where =
          f.invocationIndex() < 0
              ? style.dim("command")
              : style.bold("#" + (f.invocationIndex() + 1))
                  + " "
                  + ShellQuote.visible(ShellQuote.join(f.invocation()));
      String code = f.code().name() + " (" + f.severity().label() + ")";
      out.println(
          where
              + style.dim("  → ")
              + Severities.paint(style, f.severity(), code)
              + ": "
              + visible(f.message()));
    }
  }

  private void header(Explanation e) {
    ShellContext ctx = e.context();
    if (e.argv().isPresent()) {
      out.println(label("argv") + e.command() + style.dim("   (run directly, no shell)"));
    } else {
      command(new SourceLines(e.command()));
    }
    String who = "   (home " + ShellQuote.quote(ctx.home()) + ", user " + ctx.user() + ")";
    out.println(label("cwd") + ShellQuote.quote(ctx.cwd()) + style.dim(ShellQuote.visible(who)));
  }

  private void command(SourceLines lines) {
    if (lines.count() == 1) {
      String line = lines.line(0);
      out.println(label("command") + (line.isEmpty() ? style.dim("‹empty›") : visible(line)));
      return;
    }
    int shown = Math.min(lines.count(), COMMAND_LINES);
    int width = Integer.toString(shown).length();
    for (int i = 0; i < shown; i++) {
      String number = style.dim(String.format("%" + width + "d │ ", i + 1));
      out.println((i == 0 ? label("command") : " ".repeat(9)) + number + visible(lines.line(i)));
    }
    if (lines.count() > shown) {
      out.println(" ".repeat(9) + style.dim("… " + (lines.count() - shown) + " more lines"));
    }
  }

  private void marker(AnalysisMarker m, SourceLines source, InvocationText text) {
    String kind = m.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    String heading = style.yellow("warning[" + kind + "]");
    Optional<SourceExcerpt> at =
        m.span().length() > 0 ? source.excerpt(m.span()) : Optional.empty();
    if (at.isEmpty()) {
      out.println(heading + "  " + visible(m.message()));
      return;
    }
    SourceExcerpt x = at.get();
    out.println(heading + " " + x.line() + ":" + x.column() + "  " + visible(m.message()));
    text.excerpt("source", x, false, style::yellow);
  }

  private void syntaxError(SyntaxError error, SourceLines source, InvocationText text) {
    String heading = style.red("error[syntax]") + " " + error.line() + ":" + error.column();
    out.println(heading + "  " + visible(error.message()));
    source.excerpt(error.span()).ifPresent(x -> text.excerpt("source", x, false, style::red));
  }

  private String summary(Explanation e) {
    int n = e.result().invocations().size();
    int warnings = e.result().markers().size();
    int errors = e.result().parse().errors().size();
    String runs = n == 0 ? "nothing would run" : count(n, "invocation");
    return runs
        + ", "
        + count(e.findings().size(), "finding")
        + ", "
        + count(warnings, "warning")
        + ", "
        + count(errors, "syntax error");
  }

  static String count(int n, String noun) {
    return (n == 0 ? "no" : Integer.toString(n)) + " " + noun + (n == 1 ? "" : "s");
  }

  private String label(String name) {
    return style.bold(String.format("%-8s", name)) + " ";
  }

  private static String visible(String text) {
    return ShellQuote.visible(text);
  }
}
