package dev.cmdguard.policy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A policy file that cannot be used, with every problem found in it. Evaluation with a broken
 * policy never falls back to a weaker one: the decision is deny with these problems as the reason.
 */
public final class PolicyException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The problems; not serialised (records of strings, rebuilt from the message if needed). */
  @SuppressWarnings("serial")
  private final List<PolicyProblem> problems;

  /**
   * @param problems at least one problem
   * @throws IllegalArgumentException when {@code problems} is empty
   */
  public PolicyException(List<PolicyProblem> problems) {
    super(problems.stream().map(PolicyProblem::describe).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a policy exception needs a problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in file order. */
  public List<PolicyProblem> problems() {
    return problems;
  }
}
