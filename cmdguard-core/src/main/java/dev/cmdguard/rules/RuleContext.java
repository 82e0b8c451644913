package dev.cmdguard.rules;

import dev.cmdguard.paths.PathClassification;
import dev.cmdguard.paths.PathClassifier;
import dev.cmdguard.paths.PathContext;
import dev.cmdguard.paths.PathResolver;
import dev.cmdguard.paths.ResolvedPath;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.Stdin;
import dev.cmdguard.unwrap.UnwrapResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a rule sees of one command: the original text, every invocation that would run (stage 2),
 * the workspace and home, and path resolution against each invocation's working directory.
 */
public final class RuleContext {
  private final String command;
  private final UnwrapResult analysis;
  private final PathContext paths;
  private final PathResolver resolver;
  private final PathClassifier classifier;
  private final Map<String, String> environment;
  private final List<String> guardFiles;

  /**
   * @param command the original command text (spans point into it)
   * @param analysis the unwrap stage's result
   * @param paths workspace (the starting cwd), home and user
   * @param classifier the classifier for {@code paths} (built once per context, reused)
   * @param environment the names (and, where harmless, values) of variables the agent's environment
   *     holds; used by context rules such as {@code ENV=production}
   */
  public RuleContext(
      String command,
      UnwrapResult analysis,
      PathContext paths,
      PathClassifier classifier,
      Map<String, String> environment) {
    this(command, analysis, paths, classifier, environment, List.of());
  }

  /**
   * @param command the original command text (spans point into it)
   * @param analysis the unwrap stage's result
   * @param paths workspace (the starting cwd), home and user
   * @param classifier the classifier for {@code paths}
   * @param environment variables of the agent's environment known to the evaluation
   * @param guardFiles absolute paths of cmdguard's own files and directories where they are not in
   *     the default places (policy layers, state directory, audit log): {@code GUARD_SELF_MODIFY}
   *     protects them too
   */
  public RuleContext(
      String command,
      UnwrapResult analysis,
      PathContext paths,
      PathClassifier classifier,
      Map<String, String> environment,
      List<String> guardFiles) {
    this.guardFiles = List.copyOf(guardFiles);
    this.command = command;
    this.analysis = analysis;
    this.paths = paths;
    this.resolver = new PathResolver(paths);
    this.classifier = classifier;
    this.environment = Map.copyOf(environment);
  }

  /** The original command text. */
  public String command() {
    return command;
  }

  /** The unwrap stage's result, markers included. */
  public UnwrapResult analysis() {
    return analysis;
  }

  /** Every invocation, in the order the shell would start them. */
  public List<Invocation> invocations() {
    return analysis.invocations();
  }

  /**
   * @throws IndexOutOfBoundsException when there is no invocation at {@code index}
   */
  public Invocation invocation(int index) {
    return analysis.invocations().get(index);
  }

  /** Workspace, home and user. */
  public PathContext paths() {
    return paths;
  }

  /** cmdguard's own files and directories in non-default places (absolute paths). */
  public List<String> guardFiles() {
    return guardFiles;
  }

  /** Variables of the agent's environment known to the evaluation. */
  public Map<String, String> environment() {
    return environment;
  }

  /** Resolves an argument as a path against the invocation's working directory. */
  public ResolvedPath resolve(Invocation invocation, Arg arg) {
    String value = arg.dynamic() ? arg.knownPrefix() : arg.value();
    return resolver.resolve(value, arg.glob(), invocation.cwd());
  }

  /** Resolves and classifies an argument as a path (root, system, home, workspace, secret …). */
  public PathClassification classify(Invocation invocation, Arg arg) {
    return classifier.classify(resolve(invocation, arg));
  }

  /** Classifies a resolved path. */
  public PathClassification classify(ResolvedPath path) {
    return classifier.classify(path);
  }

  /** The invocation writing into this one's standard input through a pipe, if any. */
  public Optional<Invocation> producer(Invocation invocation) {
    if (invocation.stdin() instanceof Stdin.Pipe pipe
        && pipe.producer() < analysis.invocations().size()) {
      return Optional.of(analysis.invocations().get(pipe.producer()));
    }
    return Optional.empty();
  }

  /**
   * Every invocation of the pipeline stage that starts at {@code index}: the invocation itself and
   * what it runs inside (for {@code sudo cat x}, both {@code sudo} and {@code cat}).
   */
  public List<Invocation> stage(int index) {
    List<Invocation> out = new ArrayList<>();
    Invocation head = invocation(index);
    out.add(head);
    for (int i = index + 1; i < invocations().size(); i++) {
      Invocation inv = invocation(i);
      if (inv.origin().size() <= head.origin().size()
          || !inv.origin().subList(0, head.origin().size()).equals(head.origin())) {
        break;
      }
      out.add(inv);
    }
    return out;
  }

  /** The indexes of the invocations reading the output of the invocation at {@code index}. */
  public List<Integer> consumers(int index) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < invocations().size(); i++) {
      if (invocation(i).stdin() instanceof Stdin.Pipe pipe && pipe.producer() == index) {
        out.add(i);
      }
    }
    return out;
  }
}
