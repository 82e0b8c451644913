package dev.cmdguard.unwrap;

/** Turns interpreter code into invocations. Interim: records that the code was not analysed. */
final class InlineCodeWork {
  private InlineCodeWork() {}

  static void run(Unwrapper.Inner.Code code, InnerWork work) {
    work.walker()
        .engine
        .mark(
            AnalysisMarker.Kind.OPAQUE_INLINE_CODE,
            code.label() + " runs " + code.language() + " code that is not analysed",
            work.frame().map(work.span()));
  }
}
