package dev.cmdguard;

import dev.cmdguard.shell.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One reason a command is risky (SPEC section 4): what was found, how bad it is, where it is in the
 * command text, and which invocation it came from.
 *
 * @param code the stable finding code
 * @param severity how bad it is: the code's default, or a documented variant of it (for example
 *     {@code DANGEROUS_PERMISSIONS} is critical on {@code /}); never below the default for a locked
 *     code
 * @param message one sentence for humans that names the target
 * @param span the offending part of the original command text, as character offsets
 * @param invocation the argv of the invocation it came from, as analysed (dynamic parts written as
 *     in the source); empty for findings about the whole command
 * @param invocationIndex index of that invocation in the analysis, or -1
 * @param saferAlternative what to run instead, where one exists
 */
public record Finding(
    FindingCode code,
    Risk severity,
    String message,
    Span span,
    List<String> invocation,
    int invocationIndex,
    Optional<String> saferAlternative) {

  /**
   * @throws IllegalArgumentException when a locked code is reported below critical
   */
  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(span, "span");
    invocation = List.copyOf(invocation);
    Objects.requireNonNull(saferAlternative, "saferAlternative");
    if (code.locked() && severity != Risk.CRITICAL) {
      throw new IllegalArgumentException(code + " is locked at critical, not " + severity);
    }
  }

  /** This finding with another severity (policy overrides); locked codes keep critical. */
  public Finding withSeverity(Risk other) {
    return code.locked()
        ? this
        : new Finding(code, other, message, span, invocation, invocationIndex, saferAlternative);
  }
}
