package dev.cmdguard;

import dev.cmdguard.paths.PathClassifier;
import dev.cmdguard.paths.PathContext;
import dev.cmdguard.rules.BuiltInRules;
import dev.cmdguard.rules.Classifier;
import dev.cmdguard.rules.Detector;
import dev.cmdguard.rules.Rule;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.ShellContext;
import dev.cmdguard.unwrap.Unwrap;
import dev.cmdguard.unwrap.UnwrapResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Decides whether a command may run (SPEC section 1): parse, unwrap, detect, classify, decide.
 * Thread-safe and immutable after {@link Builder#build()}.
 *
 * <pre>{@code
 * CommandGuard guard = CommandGuard.builder().clock(System::nanoTime).build();
 * Decision d = guard.evaluate(EvaluationRequest.script("rm -rf /", cwd, home, user));
 * }</pre>
 */
public final class CommandGuard {
  private static final int CLASSIFIER_CACHE = 64;

  private final Profile profile;
  private final LongSupplier clock;
  private final Duration budget;
  private final List<Rule> rules;
  private final Map<PathContext, PathClassifier> classifiers = new ConcurrentHashMap<>();

  private CommandGuard(Builder b) {
    this.profile = b.profile;
    this.clock = b.clock;
    this.budget = b.budget;
    this.rules = List.copyOf(b.rules);
  }

  /** A builder with the defaults: profile {@code medium}, the built-in rules, a still clock. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Evaluates one command. Never throws for bad input: whatever goes wrong inside gives a decision
   * that is not allow, with the reason (SPEC section 1, "Fail closed").
   *
   * @param request the command and its context
   * @return the decision with its findings and reasons
   */
  public Decision evaluate(EvaluationRequest request) {
    long start = clock.getAsLong();
    Profile chosen = request.profile().orElse(profile);
    try {
      ShellContext shell = shellContext(request);
      UnwrapResult analysis = unwrap(request, shell);
      RuleContext context = ruleContext(request, analysis);
      List<Finding> findings = Detector.detect(context, rules);
      Risk risk = Classifier.risk(findings, context);
      return Decisions.decide(
          chosen, risk, findings, analysis.invocations(), sources(request), micros(start));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError failure) {
      return Decisions.failClosed(chosen, failure, sources(request), micros(start));
    }
  }

  /** The profile used when a request names none. */
  public Profile profile() {
    return profile;
  }

  private ShellContext shellContext(EvaluationRequest request) {
    return new ShellContext(
        request.cwd(),
        request.home(),
        request.user(),
        Map.of(),
        ShellContext.DEFAULT_MAX_DEPTH,
        ShellContext.DEFAULT_MAX_SCRIPT_CHARS,
        budget,
        clock);
  }

  private static UnwrapResult unwrap(EvaluationRequest request, ShellContext shell) {
    return request.script().isPresent()
        ? Unwrap.script(request.script().get(), shell)
        : Unwrap.argv(request.argv().orElseThrow(), shell);
  }

  private RuleContext ruleContext(EvaluationRequest request, UnwrapResult analysis) {
    PathContext paths = new PathContext(request.cwd(), request.home(), request.user());
    if (classifiers.size() > CLASSIFIER_CACHE) {
      classifiers.clear();
    }
    PathClassifier classifier = classifiers.computeIfAbsent(paths, PathClassifier::new);
    return new RuleContext(request.text(), analysis, paths, classifier, request.environment());
  }

  private List<String> sources(EvaluationRequest request) {
    String origin = request.profile().isPresent() ? "request" : "default";
    return List.of(
        "built-in rules",
        "profile " + request.profile().orElse(profile).label() + " (" + origin + ")");
  }

  private long micros(long start) {
    return Math.max(0, (clock.getAsLong() - start) / 1000);
  }

  /** Configures a {@link CommandGuard}. */
  public static final class Builder {
    private Profile profile = Profile.MEDIUM;
    private LongSupplier clock = () -> 0L;
    private Duration budget = ShellContext.DEFAULT_BUDGET;
    private List<Rule> rules = BuiltInRules.all();

    private Builder() {}

    /** The profile for requests that name none (default {@code medium}). */
    public Builder profile(Profile p) {
      this.profile = Objects.requireNonNull(p, "profile");
      return this;
    }

    /**
     * A monotonic clock in nanoseconds, such as {@code System::nanoTime}. It times evaluations and
     * enforces the analysis time budget; the default never advances (deterministic).
     */
    public Builder clock(LongSupplier nanos) {
      this.clock = Objects.requireNonNull(nanos, "clock");
      return this;
    }

    /** The time one analysis may take before it stops with an {@code ANALYSIS_LIMIT} finding. */
    public Builder budget(Duration limit) {
      if (limit.isNegative() || limit.isZero()) {
        throw new IllegalArgumentException("budget must be positive: " + limit);
      }
      this.budget = limit;
      return this;
    }

    /** Replaces the rules (tests, embedding); the default is {@link BuiltInRules#all()}. */
    public Builder rules(List<Rule> list) {
      this.rules = List.copyOf(list);
      return this;
    }

    /** The guard. */
    public CommandGuard build() {
      return new CommandGuard(this);
    }
  }
}
