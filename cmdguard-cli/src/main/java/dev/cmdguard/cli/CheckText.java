package dev.cmdguard.cli;

import dev.cmdguard.Decision;
import dev.cmdguard.Finding;
import dev.cmdguard.Risk;
import dev.cmdguard.unwrap.Invocation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a {@link Decision} for humans, the way compilers report diagnostics: the verdict and risk
 * first, then the reason, then each finding with the part of the command it is about underlined,
 * and a one-line summary.
 *
 * <pre>
 * DENY  critical risk (profile medium)
 *       rm -r would delete / and everything under it
 *
 * DANGEROUS_DELETE_ROOT (critical): rm -r would delete / and everything under it
 *    rm -r /*
 *          ^^
 *    safer: rm -r ./build
 *
 * 1 finding (1 critical) in 1 invocation; profile medium; exit status 4 (deny)
 * </pre>
 */
final class CheckText {
  private static final String INDENT = "   ";

  private final PrintWriter out;
  private final Style style;

  /**
   * @param out where to write
   * @param style colours or none
   */
  CheckText(PrintWriter out, Style style) {
    this.out = out;
    this.style = style;
  }

  /**
   * Writes the decision.
   *
   * @param source the text the findings' spans point into (the script, or the argv joined by
   *     spaces)
   * @param exit the exit status {@code check} ends with, for the summary
   */
  void write(Decision d, String source, int exit) {
    String verdict = d.decision().label().toUpperCase(Locale.ROOT);
    out.println(
        Severities.paint(style, d.decision(), verdict)
            + "  "
            + Severities.paint(style, d.risk(), d.risk().label() + " risk")
            + style.dim(" (profile " + d.profile().label() + ")"));
    out.println(" ".repeat(verdict.length() + 2) + visible(d.primaryReason()));
    SourceLines lines = new SourceLines(source);
    for (Finding f : d.findings()) {
      out.println();
      finding(f, d.invocations(), lines);
    }
    out.println();
    out.println(style.dim(summary(d, exit)));
  }

  private void finding(Finding f, List<Invocation> invocations, SourceLines lines) {
    String code =
        style.bold(Severities.paint(style, f.severity(), f.code().name()))
            + Severities.paint(style, f.severity(), " (" + f.severity().label() + ")");
    out.println(code + ": " + visible(f.message()));
    excerpt(f, lines).ifPresent(x -> underline(x, lines.count() > 1, f.severity()));
    int index = f.invocationIndex();
    if (index >= 0 && index < invocations.size() && !invocations.get(index).origin().isEmpty()) {
      Invocation inv = invocations.get(index);
      List<String> chain = new ArrayList<>(inv.origin());
      chain.add(inv.program());
      String via = ShellQuote.visible(String.join(" → ", chain));
      out.println(INDENT + style.dim("in #" + (index + 1) + " ") + via);
    }
    f.saferAlternative()
        .ifPresent(s -> out.println(INDENT + style.green("safer:") + " " + visible(s)));
  }

  /** The excerpt under a finding, when its span marks something in the text. */
  private static Optional<SourceExcerpt> excerpt(Finding f, SourceLines lines) {
    return f.span().length() > 0 ? lines.excerpt(f.span()) : Optional.empty();
  }

  private void underline(SourceExcerpt x, boolean multiLine, Risk severity) {
    String position = multiLine ? x.line() + ":" + x.column() + "  " : "";
    out.println(INDENT + style.dim(position) + x.text());
    String pad = " ".repeat(position.length() + x.caretStart());
    out.println(INDENT + pad + Severities.paint(style, severity, x.carets()));
  }

  /**
   * {@code 2 findings (1 critical, 1 high) in 3 invocations; profile medium; exit status 4 (deny)}
   */
  static String summary(Decision d, int exit) {
    Map<Risk, Integer> bySeverity = new EnumMap<>(Risk.class);
    d.findings().forEach(f -> bySeverity.merge(f.severity(), 1, Integer::sum));
    List<String> counts = new ArrayList<>();
    for (Risk r : List.of(Risk.CRITICAL, Risk.HIGH, Risk.MEDIUM, Risk.LOW)) {
      if (bySeverity.containsKey(r)) {
        counts.add(bySeverity.get(r) + " " + r.label());
      }
    }
    String found =
        ExplainText.count(d.findings().size(), "finding")
            + (counts.isEmpty() ? "" : " (" + String.join(", ", counts) + ")");
    int n = d.invocations().size();
    String runs = n == 0 ? ", nothing would run" : " in " + ExplainText.count(n, "invocation");
    return found
        + runs
        + "; profile "
        + d.profile().label()
        + "; exit status "
        + exit
        + " ("
        + d.decision().label()
        + ")";
  }

  private static String visible(String text) {
    return ShellQuote.visible(text);
  }
}
