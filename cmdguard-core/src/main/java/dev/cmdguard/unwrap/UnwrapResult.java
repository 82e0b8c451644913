package dev.cmdguard.unwrap;

import dev.cmdguard.shell.ParseResult;
import java.util.List;

/**
 * What would run: every invocation, in the order the shell would start them, and the gaps in the
 * analysis.
 *
 * @param parse the parse of the top-level text (nested scripts are parsed inside the unwrapper)
 * @param invocations every program that would run, outer wrappers before what they wrap
 * @param markers the places where the analysis stopped short
 */
public record UnwrapResult(
    ParseResult parse, List<Invocation> invocations, List<AnalysisMarker> markers) {
  public UnwrapResult {
    invocations = List.copyOf(invocations);
    markers = List.copyOf(markers);
  }
}
