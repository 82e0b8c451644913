package dev.cmdguard.shell;

import java.util.List;
import java.util.Map;

/**
 * A text made ready for tree-sitter by {@link Prelexer}, the same length as the original so that
 * offsets carry over unchanged.
 *
 * @param text what tree-sitter parses: here-document bodies blanked, operators it mis-parses
 *     rewritten to ones of the same length
 * @param heredocs the here-documents, by position
 * @param prefixes reserved words that were blanked, keyed by where the command they prefix starts
 * @param extents where each quoted or nested construct the scan closed ends (the offset after its
 *     closing character), keyed by where it opens; read-only
 * @param problems syntax errors found while scanning, in local offsets
 * @param hidden blanked ranges tree-sitter need not read (here-document bodies, nesting cut by
 *     {@link NativeGate}), in order and not overlapping
 * @param chunkStarts where a line begins that a long text can be parsed from on its own: after a
 *     line of the outermost level that ends no list and is inside no compound command or
 *     here-document; at least {@link #CHUNK_CHARS} apart, in order
 */
record Prepared(
    String text,
    List<HeredocSite> heredocs,
    Map<Integer, List<Prelexer.PrefixWord>> prefixes,
    Map<Integer, Integer> extents,
    List<Problem> problems,
    List<Span> hidden,
    List<Integer> chunkStarts) {

  /** Texts are parsed in chunks of at least this many characters (64 Ki). */
  static final int CHUNK_CHARS = 1 << 16;

  /** A syntax error at a local offset range. */
  record Problem(int start, int end, String message) {}

  HeredocSite heredocAt(int operatorStart) {
    for (HeredocSite site : heredocs) {
      if (site.operatorStart() == operatorStart) {
        return site;
      }
    }
    return null;
  }
}
