package dev.cmdguard.unwrap;

import dev.cmdguard.shell.Span;

/**
 * Something the unwrap stage could not fully analyse; the detect stage turns each marker into a
 * finding ({@code PARSE_ERROR}, {@code ANALYSIS_LIMIT}, {@code INTERPRETER_INLINE_CODE}, …), so
 * that what was not understood never counts as harmless (SPEC section 1, "Fail closed").
 *
 * @param kind what happened
 * @param message one sentence for humans naming the place
 * @param span the text concerned
 */
public record AnalysisMarker(Kind kind, String message, Span span) {

  /** The kinds of gaps in the analysis. */
  public enum Kind {
    /** The text (or a nested script) is not valid bash; the parts that parsed were analysed. */
    PARSE_ERROR,
    /** Nesting deeper than the depth limit (16). */
    DEPTH_LIMIT,
    /** Script larger than the size limit (1 MiB). */
    SIZE_LIMIT,
    /** The time budget for one evaluation ran out. */
    TIME_LIMIT,
    /** Interpreter inline code that could not be fully understood. */
    OPAQUE_INLINE_CODE,
    /** Code run from a source the guard cannot see ({@code eval "$x"}, {@code sh script.sh}). */
    UNSEEN_CODE
  }
}
