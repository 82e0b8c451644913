package dev.cmdguard.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses one text into a {@link Script}: scan ({@link Prelexer}), tree-sitter ({@link CstBuilder}),
 * convert ({@link Statements}), then report syntax errors ({@link ErrorScan}). Used for the whole
 * command and again for text that must be parsed on its own, such as the body of an old-style
 * {@code `…`} substitution once its backslashes are removed. A text whose parse the deadline cuts
 * short is kept whole as Unparsed, with the error {@link BashParser#OUT_OF_TIME}.
 */
final class ScriptParser {
  private ScriptParser() {}

  /**
   * @param text sanitized text (no NUL, no unpaired surrogate)
   * @param offsets maps offsets of {@code text} to the original command
   * @param depth how deeply this text is nested in the original command
   */
  static Script parse(String text, Offsets offsets, Diagnostics diagnostics, int depth) {
    Span whole = offsets.span(0, text.length());
    if (depth > Conversion.MAX_DEPTH) {
      diagnostics.add(whole, "nesting too deep (more than " + Conversion.MAX_DEPTH + " levels)");
      return new Script(List.of(new Command.Unparsed(text, whole)), whole);
    }
    if (diagnostics.deadline.passed()) {
      return outOfTime(text, whole, diagnostics);
    }
    Prepared prepared = Prelexer.prepare(text);
    Optional<Cst> tree = CstBuilder.parse(prepared, diagnostics.deadline);
    if (tree.isEmpty()) {
      return outOfTime(text, whole, diagnostics);
    }
    Cst root = tree.get();
    Conversion cx = new Conversion(text, prepared, offsets, diagnostics, depth);
    for (Prepared.Problem p : prepared.problems()) {
      cx.error(p.start(), p.end(), p.message());
    }
    Script script = new Statements(cx).program(root);
    List<Command> orphans = orphanHeredocs(cx);
    ErrorScan.report(cx, root);
    if (orphans.isEmpty()) {
      return script;
    }
    List<Command> all = new ArrayList<>(script.commands());
    all.addAll(orphans);
    return new Script(all, script.span());
  }

  /**
   * The whole text, not parsed because the deadline passed: Unparsed, with the error that says so.
   */
  private static Script outOfTime(String text, Span whole, Diagnostics diagnostics) {
    diagnostics.add(whole, BashParser.OUT_OF_TIME);
    return new Script(List.of(new Command.Unparsed(text, whole)), whole);
  }

  /**
   * Here-documents that no redirection took (tree-sitter read the operator some other way): their
   * bodies are kept as Unparsed text so that nothing the scan blanked is lost.
   */
  private static List<Command> orphanHeredocs(Conversion cx) {
    List<Command> orphans = new ArrayList<>();
    for (HeredocSite site : cx.prepared.heredocs()) {
      if (!cx.attached.contains(site)) {
        cx.error(site.operatorStart(), site.delimiterEnd(), "here-document not understood");
        String body = cx.text.substring(site.bodyStart(), site.bodyEnd());
        orphans.add(new Command.Unparsed(body, cx.span(site.bodyStart(), site.bodyEnd())));
      }
    }
    return orphans;
  }
}
