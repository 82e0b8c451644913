package dev.cmdguard.cli;

import dev.cmdguard.EvaluationRequest;
import dev.cmdguard.Profile;
import java.util.Optional;

/**
 * What one {@code scan} input line asks for: a command to evaluate, or the reason it cannot be
 * evaluated. Either way it becomes exactly one output line, with the line's {@code id} echoed.
 */
sealed interface ScanItem {
  /** The {@code id} to echo first in the output line, when the input line had a usable one. */
  Optional<DecisionJson.Id> id();

  /**
   * A command to evaluate.
   *
   * @param request the command and its context, with the line's or the {@code --profile} profile
   */
  record Command(Optional<DecisionJson.Id> id, EvaluationRequest request) implements ScanItem {}

  /**
   * A line that cannot be evaluated: it is denied (fail closed).
   *
   * @param reason names the line and the problem: {@code input line 7: not valid JSON …}
   * @param profile the profile the decision names
   */
  record Malformed(Optional<DecisionJson.Id> id, String reason, Profile profile)
      implements ScanItem {}
}
