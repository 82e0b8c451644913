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
    if (!prepared.chunkStarts().isEmpty()) {
      return chunks(text, prepared.chunkStarts(), offsets, diagnostics, depth);
    }
    return prepared(text, prepared, offsets, diagnostics, depth);
  }

  /**
   * A long text, parsed a chunk of lines at a time ({@link Prepared#chunkStarts}): when the
   * deadline passes, the chunks parsed so far are kept and only the rest is Unparsed, so that
   * {@code rm -rf /} on the first line of a megabyte is still judged. Tree-sitter's cost is the
   * same.
   */
  private static Script chunks(
      String text, List<Integer> starts, Offsets offsets, Diagnostics diagnostics, int depth) {
    List<Integer> ends = new ArrayList<>(starts);
    ends.add(text.length());
    List<Command> commands = new ArrayList<>();
    int from = 0;
    for (int to : ends) {
      if (diagnostics.deadline.passed()) {
        commands.addAll(
            outOfTime(text.substring(from), offsets.span(from, text.length()), diagnostics)
                .commands());
        break;
      }
      String chunk = text.substring(from, to);
      Prepared prepared = Prelexer.prepare(chunk);
      commands.addAll(
          prepared(chunk, prepared, offsets.shifted(from), diagnostics, depth).commands());
      from = to;
    }
    return new Script(commands, offsets.span(0, text.length()));
  }

  /** Parses a scanned text as one piece. */
  private static Script prepared(
      String text, Prepared prepared, Offsets offsets, Diagnostics diagnostics, int depth) {
    Span whole = offsets.span(0, text.length());
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
    // bodies of here-documents the conversion did not reach are in the Unparsed rest
    List<Command> orphans = cx.stoppedEarly() ? List.of() : orphanHeredocs(cx);
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
