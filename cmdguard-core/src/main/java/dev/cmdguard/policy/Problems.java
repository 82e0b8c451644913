package dev.cmdguard.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The problems found in one policy file so far, with SnakeYAML's 0-based marks turned into the
 * 1-based line and column of {@link PolicyProblem}.
 */
final class Problems {
  private final String file;
  private final List<PolicyProblem> found = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  /** A problem at the start of {@code node}. */
  void at(Node node, String keyPath, String message, String hint) {
    at(node.getStartMark(), keyPath, message, hint);
  }

  /** A problem at {@code mark}, or about the whole file when there is none. */
  void at(Optional<Mark> mark, String keyPath, String message, String hint) {
    found.add(
        new PolicyProblem(
            file,
            mark.map(m -> m.getLine() + 1).orElse(0),
            mark.map(m -> m.getColumn() + 1).orElse(0),
            keyPath,
            message,
            hint));
  }

  /** A problem at a 1-based position (0, 0 for the whole file). */
  void at(int line, int column, String message, String hint) {
    found.add(new PolicyProblem(file, line, column, "", message, hint));
  }

  /** {@code line:column} of {@code node}, 1-based, for messages that point back to it. */
  static String position(Node node) {
    return node.getStartMark().map(m -> (m.getLine() + 1) + ":" + (m.getColumn() + 1)).orElse("?");
  }

  /** Where {@code node} was written, as a setting's or rule's source. */
  PolicySource source(Layer layer, Node node) {
    Optional<Mark> mark = node.getStartMark();
    return PolicySource.at(
        layer,
        file,
        mark.map(m -> m.getLine() + 1).orElse(0),
        mark.map(m -> m.getColumn() + 1).orElse(0));
  }

  /**
   * Throws when anything was found.
   *
   * @throws PolicyException with every problem, in file order
   */
  void throwIfAny() throws PolicyException {
    if (!found.isEmpty()) {
      throw exception();
    }
  }

  /**
   * Every problem so far, in file order.
   *
   * @throws IllegalStateException when there is none
   */
  PolicyException exception() {
    if (found.isEmpty()) {
      throw new IllegalStateException("no problem found in " + file);
    }
    List<PolicyProblem> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparingInt(PolicyProblem::line).thenComparingInt(PolicyProblem::column));
    return new PolicyException(sorted);
  }

  /** A problem with the whole of {@code file}. */
  static PolicyException whole(String file, String message, String hint) {
    Problems problems = new Problems(file);
    problems.at(0, 0, message, hint);
    return problems.exception();
  }
}
