package dev.cmdguard;

import dev.cmdguard.audit.AuditSink;
import dev.cmdguard.paths.PathClassifier;
import dev.cmdguard.paths.PathContext;
import dev.cmdguard.policy.Approvals;
import dev.cmdguard.policy.Layer;
import dev.cmdguard.policy.Policies;
import dev.cmdguard.policy.Policy;
import dev.cmdguard.policy.PolicyException;
import dev.cmdguard.policy.PolicyKey;
import dev.cmdguard.policy.PolicyLayer;
import dev.cmdguard.policy.Setting;
import dev.cmdguard.rules.BuiltInRules;
import dev.cmdguard.rules.Classifier;
import dev.cmdguard.rules.Detector;
import dev.cmdguard.rules.Rule;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.AnalysisMarker;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.ShellContext;
import dev.cmdguard.unwrap.Unwrap;
import dev.cmdguard.unwrap.UnwrapResult;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
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

  /** Markers of an analysis cut short by a limit (SPEC section 2). */
  private static final Set<AnalysisMarker.Kind> LIMITS =
      EnumSet.of(
          AnalysisMarker.Kind.DEPTH_LIMIT,
          AnalysisMarker.Kind.SIZE_LIMIT,
          AnalysisMarker.Kind.TIME_LIMIT);

  private final Profile profile;
  private final LongSupplier clock;
  private final InstantSource wallClock;
  private final Duration budget;
  private final List<Rule> customRules;
  private final Policies policies;
  private final Approvals approvals;
  private final List<String> guardFiles;
  private final AnalysisCache cache;
  private final AuditSink audit;
  private final BiFunction<EvaluationRequest, ShellContext, UnwrapResult> unwrapping;
  private final Map<RuleSettings, List<Rule>> ruleSets = new ConcurrentHashMap<>();
  private final Map<PathContext, PathClassifier> classifiers = new ConcurrentHashMap<>();

  private CommandGuard(Builder b) {
    this.profile = b.profile;
    this.clock = b.clock;
    this.wallClock = b.wallClock;
    this.budget = b.budget;
    this.customRules = b.rules;
    this.policies = b.policies;
    this.approvals = b.approvals;
    this.guardFiles = b.guardFiles;
    this.cache = new AnalysisCache(b.cacheSize, b.cacheExpiry, clock);
    this.audit = b.audit;
    this.unwrapping = b.unwrapping;
  }

  /**
   * A builder with the defaults: profile {@code medium}, the built-in rules and policy, no
   * approvals, still clocks.
   */
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
    Policy policy;
    try {
      policy = policies.resolve(request.cwd());
    } catch (PolicyException broken) {
      return audited(
          request,
          Decisions.brokenPolicy(chosen(request, Policy.defaults()), broken, micros(start)),
          false);
    } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError failure) {
      Profile p = chosen(request, Policy.defaults());
      Decision closed =
          Decisions.failClosed(p, failure, sources(request, p, Policy.defaults()), micros(start));
      return audited(request, closed, false);
    }
    Profile chosen = chosen(request, policy);
    List<String> sources = sources(request, chosen, policy);
    try {
      AnalysisCache.Key key = AnalysisCache.Key.of(request, policy, chosen);
      Optional<Analysed> hit = cache.get(key);
      Analysed analysed = hit.orElseGet(() -> analyse(request, policy, chosen));
      if (hit.isEmpty()) {
        cache.put(key, analysed);
      }
      PolicyVerdict.Outcome outcome = analysed.outcome();
      if (outcome.approvable()) {
        outcome = approval(analysed.invocations()).map(outcome::approved).orElse(outcome);
      }
      Decision decision =
          Decisions.decide(
              chosen,
              analysed,
              outcome,
              policy.text(PolicyKey.SANDBOX_MODE),
              sources,
              hit.isPresent(),
              micros(start));
      return audited(request, decision, policy.flag(PolicyKey.AUDIT_REQUIRED));
    } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError failure) {
      // LinkageError: the parser's native library could not load (BashParser); fail closed too
      return audited(
          request,
          Decisions.failClosed(chosen, failure, sources, micros(start)),
          policy.flag(PolicyKey.AUDIT_REQUIRED));
    }
  }

  /**
   * Records the decision in the audit sink. When the record cannot be written, the decision becomes
   * deny if {@code audit.required} is on (SPEC section 7), and otherwise says so among its reasons:
   * nothing that goes wrong turns into a silent gap.
   */
  private Decision audited(EvaluationRequest request, Decision decision, boolean required) {
    try {
      audit.record(request, decision);
      return decision;
    } catch (IOException
        | RuntimeException
        | LinkageError
        | StackOverflowError
        | OutOfMemoryError failure) {
      String why =
          "the audit record could not be written ("
              + failure.getClass().getSimpleName()
              + (failure.getMessage() == null ? "" : ": " + failure.getMessage())
              + ")";
      return required ? Decisions.auditRequired(decision, why) : Decisions.withNote(decision, why);
    }
  }

  /**
   * Stages 1–4 and the policy's verdict (SPEC section 7: what the cache keeps): parse, unwrap,
   * detect with the policy's rules and severities, classify, judge by profile and rules.
   */
  private Analysed analyse(EvaluationRequest request, Policy policy, Profile chosen) {
    ShellContext shell = shellContext(request);
    UnwrapResult analysis = unwrapping.apply(request, shell);
    RuleContext context = ruleContext(request, analysis);
    List<Finding> findings = overridden(policy, Detector.detect(context, rulesFor(policy)));
    Risk risk = Classifier.risk(findings, context);
    PolicyVerdict.Outcome outcome =
        PolicyVerdict.judge(chosen.decide(risk), risk, policy, findings, context);
    boolean limited = analysis.markers().stream().anyMatch(m -> LIMITS.contains(m.kind()));
    boolean complete =
        !limited
            && analysis.markers().stream()
                .noneMatch(m -> m.kind() == AnalysisMarker.Kind.PARSE_ERROR);
    return new Analysed(risk, findings, analysis.invocations(), outcome, complete, limited);
  }

  /** Hits, misses, evictions and size of the decision cache since this guard was built. */
  public CacheStats cacheStats() {
    return cache.stats();
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
    return new RuleContext(
        request.text(), analysis, paths, classifier, request.environment(), guardFiles);
  }

  /** The request's profile (a flag), else the policy's, else the builder's default. */
  private Profile chosen(EvaluationRequest request, Policy policy) {
    if (request.profile().isPresent()) {
      return request.profile().get();
    }
    Setting p = policy.setting(PolicyKey.PROFILE);
    return p.source().layer() == Layer.BUILT_IN ? profile : policy.profile();
  }

  private List<String> sources(EvaluationRequest request, Profile chosen, Policy policy) {
    Setting p = policy.setting(PolicyKey.PROFILE);
    String origin =
        request.profile().isPresent()
            ? "request"
            : p.source().layer() == Layer.BUILT_IN ? "default" : p.source().describe();
    List<String> out = new ArrayList<>();
    out.add("built-in rules");
    out.add("profile " + chosen.label() + " (" + origin + ")");
    out.addAll(policy.files());
    return out;
  }

  /** Findings with the policy's {@code severity} overrides applied, most severe first. */
  private static List<Finding> overridden(Policy policy, List<Finding> findings) {
    if (policy.severityOverrides().isEmpty()) {
      return findings;
    }
    return findings.stream()
        .map(
            f ->
                policy.severity(f.code()).map(o -> f.withSeverity(o.apply(f.severity()))).orElse(f))
        .sorted(
            (a, b) -> b.severity().compareTo(a.severity())) // not Comparator.comparing: start-up
        .toList();
  }

  /** The rules for a policy: the builder's, or the built-in ones configured by the policy. */
  private List<Rule> rulesFor(Policy policy) {
    if (customRules != null) {
      return customRules;
    }
    RuleSettings key = RuleSettings.of(policy);
    if (key.equals(RuleSettings.DEFAULT)) {
      return BuiltInRules.all();
    }
    if (ruleSets.size() > CLASSIFIER_CACHE) {
      ruleSets.clear();
    }
    return ruleSets.computeIfAbsent(key, RuleSettings::rules);
  }

  private Optional<String> approval(List<Invocation> invocations) {
    List<List<String>> argv = new ArrayList<>();
    for (Invocation inv : invocations) {
      if (inv.has(Invocation.Trait.DYNAMIC_PROGRAM) || inv.argv().stream().anyMatch(Arg::dynamic)) {
        return Optional.empty();
      }
      argv.add(inv.argv().stream().map(Arg::value).toList());
    }
    return argv.isEmpty() ? Optional.empty() : approvals.approval(argv, wallClock.instant());
  }

  private long micros(long start) {
    return Math.max(0, (clock.getAsLong() - start) / 1000);
  }

  /** Configures a {@link CommandGuard}. */
  public static final class Builder {
    private Profile profile = Profile.MEDIUM;
    private LongSupplier clock = () -> 0L;
    private Duration budget = ShellContext.DEFAULT_BUDGET;
    private List<Rule> rules;
    private InstantSource wallClock = InstantSource.fixed(Instant.EPOCH);
    private Policies policies =
        Policies.builtIn(new PolicyLayer(Layer.FLAGS, "", "", List.of(), List.of()));
    private Approvals approvals = Approvals.NONE;
    private List<String> guardFiles = List.of();
    private AuditSink audit = AuditSink.NONE;
    private BiFunction<EvaluationRequest, ShellContext, UnwrapResult> unwrapping =
        CommandGuard::unwrap;
    private long cacheSize = (Long) PolicyKey.CACHE_SIZE.defaultValue();
    private Duration cacheExpiry = (Duration) PolicyKey.CACHE_EXPIRY.defaultValue();

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

    /**
     * The policy layers (SPEC section 6); the default is the built-in policy alone, with no files.
     */
    public Builder policies(Policies p) {
      this.policies = Objects.requireNonNull(p, "policies");
      return this;
    }

    /**
     * cmdguard's own files and directories where they are not in the default places (the locations
     * of {@code CMDGUARD_*} variables, a custom {@code audit.path}): writing them is {@code
     * GUARD_SELF_MODIFY}. The default places are always protected.
     */
    public Builder guardFiles(List<String> absolutePaths) {
      this.guardFiles = List.copyOf(absolutePaths);
      return this;
    }

    /**
     * The decision cache (SPEC section 7): at most {@code entries} analyses (0 turns it off), each
     * kept for {@code expiry} as measured by {@link #clock}. Defaults: 1,000 entries, 10 minutes.
     *
     * @throws IllegalArgumentException for a negative size or a non-positive expiry
     */
    public Builder cache(long entries, Duration expiry) {
      if (entries < 0 || expiry.isNegative() || expiry.isZero()) {
        throw new IllegalArgumentException("cache needs entries >= 0 and a positive expiry");
      }
      this.cacheSize = entries;
      this.cacheExpiry = expiry;
      return this;
    }

    /**
     * Where every decision is recorded (the audit log, SPEC section 7); the default records
     * nothing. A failure to record makes the decision deny when the policy says {@code
     * audit.required: true}.
     */
    public Builder audit(AuditSink sink) {
      this.audit = Objects.requireNonNull(sink, "audit");
      return this;
    }

    /** Remembered approvals (the trust store); the default has none. */
    public Builder approvals(Approvals a) {
      this.approvals = Objects.requireNonNull(a, "approvals");
      return this;
    }

    /**
     * The wall clock, for the expiry of approvals ({@code InstantSource.system()}); the default is
     * fixed at the epoch (deterministic).
     */
    public Builder wallClock(InstantSource source) {
      this.wallClock = Objects.requireNonNull(source, "wallClock");
      return this;
    }

    /**
     * Replaces the rules (tests, embedding); the default is {@link BuiltInRules#all()}, configured
     * by the policy's {@code git}, {@code production} and {@code sql} settings.
     */
    public Builder rules(List<Rule> list) {
      this.rules = List.copyOf(list);
      return this;
    }

    /**
     * Replaces stages 1–2 (parse and unwrap); only for tests that inject a failure there (issue 9,
     * fail closed), hence not public.
     */
    Builder unwrapping(BiFunction<EvaluationRequest, ShellContext, UnwrapResult> stages) {
      this.unwrapping = Objects.requireNonNull(stages, "stages");
      return this;
    }

    /** The guard. */
    public CommandGuard build() {
      return new CommandGuard(this);
    }
  }
}
