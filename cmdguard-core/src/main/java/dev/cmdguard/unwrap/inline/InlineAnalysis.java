package dev.cmdguard.unwrap.inline;

import java.util.List;
import java.util.Objects;

/**
 * What a piece of interpreter code would do, as far as a lexical analysis can tell.
 *
 * @param effects what the code would do, in source order, the {@link Effect.ReverseShellPattern}
 *     (if any) last; empty for plain computation ({@code print(1+1)})
 * @param opaque true when the code holds a construct the analysis cannot follow and that could run
 *     or delete something: a computed import or attribute ({@code __import__(x)}, {@code
 *     getattr(os, name)}, {@code cp[name]}), {@code exec} of data that is not statically known, a
 *     variable function call ({@code $f($x)}), an analysis limit. The caller should then treat the
 *     code as not understood ({@code INTERPRETER_INLINE_CODE}, SPEC section 4)
 * @param opaqueReason why the code is opaque, one short phrase naming the construct; empty when
 *     {@code opaque} is false
 */
public record InlineAnalysis(List<Effect> effects, boolean opaque, String opaqueReason) {

  /** Copies {@code effects}; {@code opaqueReason} must be empty exactly when not opaque. */
  public InlineAnalysis {
    effects = List.copyOf(effects);
    Objects.requireNonNull(opaqueReason, "opaqueReason");
    if (opaque == opaqueReason.isEmpty()) {
      throw new IllegalArgumentException(
          "opaqueReason must be given exactly when opaque: opaque="
              + opaque
              + ", opaqueReason='"
              + opaqueReason
              + "'");
    }
  }

  /** True when the code has no effect and nothing the analysis could not follow. */
  public boolean harmless() {
    return effects.isEmpty() && !opaque;
  }
}
