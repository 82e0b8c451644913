package dev.cmdguard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.policy.Layer;
import dev.cmdguard.policy.LayerReader;
import dev.cmdguard.policy.Policies;
import dev.cmdguard.policy.PolicyException;
import dev.cmdguard.policy.PolicyLayer;
import dev.cmdguard.policy.PolicyLoader;
import dev.cmdguard.policy.PolicyLocations;
import dev.cmdguard.policy.PolicyProblem;
import dev.cmdguard.rules.BuiltInRules;
import dev.cmdguard.rules.Rule;
import dev.cmdguard.unwrap.Unwrap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fail closed (SPEC section 1, issue 9): a failure injected into every stage — the parser, the
 * unwrapper, a rule, the policy loader, the cache, the trust store — gives a decision that is never
 * allow, in every profile (even {@code low}, which allows high risk), for a harmless command and a
 * critical one, with a reason naming what failed. A failing audit sink denies under {@code
 * audit.required} and otherwise never loosens the decision and says so. The parser and unwrapper
 * failures go through the package-private seam {@code Builder.unwrapping}, throwing what those
 * stages can throw (an index error like the crash the fuzzer found, a native library that does not
 * load, a stack overflow, memory).
 */
class FailClosedTest {
  private static final String CWD = "/home/dev/project";

  /** A failure in one stage; {@code fired} tells whether the stage ran (and failed). */
  private record Injection(
      String stage, String what, AtomicBoolean fired, UnaryOperator<CommandGuard.Builder> setup) {
    Injection(String stage, String what, UnaryOperator<CommandGuard.Builder> setup) {
      this(stage, what, new AtomicBoolean(), setup);
    }

    @Override
    public String toString() {
      return stage + ": " + what;
    }
  }

  /** The failure of the injection being run, thrown where the stage runs. */
  private static final ThreadLocal<Injection> CURRENT = new ThreadLocal<>();

  private static RuntimeException fail(Throwable failure) {
    CURRENT.get().fired().set(true);
    return sneaky(failure);
  }

  static Stream<Arguments> injections() {
    List<Injection> all = new ArrayList<>();
    parser(all, "index out of bounds", () -> new StringIndexOutOfBoundsException("Range [7, 5)"));
    parser(all, "native library missing", () -> new UnsatisfiedLinkError("no tree-sitter"));
    parser(all, "native call failed", () -> new IllegalStateException("tree-sitter call failed"));
    parser(all, "stack overflow", StackOverflowError::new);
    parser(all, "out of memory", () -> new OutOfMemoryError("Java heap space"));
    all.add(
        new Injection(
            "unwrapper",
            "throws after parsing",
            b ->
                b.unwrapping(
                    (request, shell) -> {
                      Unwrap.script(request.text(), shell);
                      throw fail(new IllegalArgumentException("bad span 7..5"));
                    })));
    rule(all, "a custom rule alone", () -> List.of(failing(new IllegalStateException("rule bug"))));
    rule(
        all,
        "the built-in rules and a failing one",
        () -> concat(BuiltInRules.all(), failing(new StackOverflowError())));
    all.add(new Injection("cache", "its clock fails", b -> b.clock(FailClosedTest::cacheClock)));
    all.add(
        new Injection(
            "trust store",
            "the lookup fails",
            b ->
                b.approvals(
                    (argv, now) -> {
                      throw fail(new IllegalStateException("trust.json unreadable"));
                    })));
    return Stream.of("ls -la", "rm -rf /", "git reset --hard")
        .flatMap(
            c ->
                all.stream()
                    .flatMap(i -> Stream.of(Profile.values()).map(p -> Arguments.of(i, c, p))));
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @MethodSource("injections")
  void aFailingStageIsNeverAllow(Injection injection, String command, Profile profile) {
    CommandGuard guard = injection.setup().apply(CommandGuard.builder().profile(profile)).build();
    injection.fired().set(false);
    CURRENT.set(injection);

    Decision d = guard.evaluate(request(command));

    CURRENT.remove();
    if (!injection.fired().get()) {
      // the stage did not run: the trust store is asked only about commands that would ask
      assertThat(injection.stage()).isEqualTo("trust store");
      return;
    }
    assertThat(d.decision()).isNotEqualTo(Verdict.ALLOW);
    assertThat(d.risk()).isGreaterThanOrEqualTo(Risk.HIGH);
    List<String> reasons = new ArrayList<>(d.secondaryReasons());
    reasons.add(d.primaryReason());
    assertThat(reasons)
        .anyMatch(r -> r.contains("could not analyse") || r.contains("rules failed"));
  }

  @Test
  void theTrustStoreIsAskedAndFailsClosed() {
    CommandGuard guard =
        CommandGuard.builder()
            .approvals(
                (argv, now) -> {
                  throw new IllegalStateException("trust.json unreadable");
                })
            .build();

    Decision d = guard.evaluate(request("git reset --hard"));

    assertThat(d.decision()).isEqualTo(Verdict.ASK);
    assertThat(d.primaryReason()).contains("IllegalStateException");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failingReaders")
  void aFailingPolicyLoaderIsNeverAllow(String what, LayerReader reader, @TempDir Path dir)
      throws IOException {
    for (Profile profile : Profile.values()) {
      CommandGuard guard =
          CommandGuard.builder().profile(profile).policies(policies(dir, reader)).build();

      Decision d = guard.evaluate(request("ls -la"));

      assertThat(d.decision()).as(what + " " + profile).isNotEqualTo(Verdict.ALLOW);
      assertThat(d.primaryReason()).as(what).isNotBlank();
    }
  }

  static Stream<Arguments> failingReaders() {
    return Stream.of(
        Arguments.of(
            "a broken file",
            (LayerReader)
                (f, l) -> {
                  throw new PolicyException(
                      List.of(new PolicyProblem(f.toString(), 1, 1, "", "broken", "")));
                }),
        Arguments.of(
            "an exception",
            (LayerReader)
                (f, l) -> {
                  throw new IllegalStateException("snakeyaml bug");
                }),
        Arguments.of(
            "a stack overflow",
            (LayerReader)
                (f, l) -> {
                  throw new StackOverflowError();
                }));
  }

  @Test
  void aFailingAuditSinkDeniesWhenTheAuditIsRequired(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("policy.yaml"), "audit: { required: true }\n");
    for (Throwable failure : auditFailures()) {
      CommandGuard guard =
          CommandGuard.builder()
              .policies(policies(dir, PolicyLoader::load))
              .audit(failingSink(failure))
              .build();

      Decision d = guard.evaluate(request("ls -la"));

      assertThat(d.decision()).as(failure.toString()).isEqualTo(Verdict.DENY);
      assertThat(d.primaryReason()).contains("the audit record could not be written");
    }
  }

  @Test
  void aFailingAuditSinkNeverLoosensTheDecisionAndSaysSo() {
    for (Throwable failure : auditFailures()) {
      for (String command : List.of("ls -la", "git reset --hard", "rm -rf /")) {
        Decision quiet = CommandGuard.builder().build().evaluate(request(command));
        Decision d =
            CommandGuard.builder().audit(failingSink(failure)).build().evaluate(request(command));

        assertThat(d.decision()).as(command).isEqualTo(quiet.decision());
        assertThat(d.secondaryReasons())
            .anyMatch(r -> r.startsWith("the audit record could not be written"));
      }
    }
  }

  private static List<Throwable> auditFailures() {
    return List.of(
        new IOException("disk full"),
        new IllegalStateException("closed"),
        new StackOverflowError(),
        new OutOfMemoryError("Java heap space"));
  }

  private static dev.cmdguard.audit.AuditSink failingSink(Throwable failure) {
    return (request, decision) -> {
      switch (failure) {
        case IOException e -> throw e;
        case RuntimeException e -> throw e;
        case Error e -> throw e;
        default -> throw new IllegalStateException(failure);
      }
    };
  }

  private static void parser(List<Injection> all, String what, Supplier<Throwable> failure) {
    all.add(
        new Injection(
            "parser",
            what,
            b ->
                b.unwrapping(
                    (request, shell) -> {
                      throw fail(failure.get());
                    })));
  }

  private static void rule(List<Injection> all, String what, Supplier<List<Rule>> rules) {
    all.add(new Injection("rule", what, b -> b.rules(rules.get())));
  }

  private static Rule failing(Throwable failure) {
    return new Rule() {
      @Override
      public FindingCode.Family family() {
        return FindingCode.Family.FILESYSTEM;
      }

      @Override
      public void check(dev.cmdguard.rules.RuleContext context, dev.cmdguard.rules.Findings f) {
        throw fail(failure);
      }
    };
  }

  private static List<Rule> concat(List<Rule> rules, Rule extra) {
    List<Rule> out = new ArrayList<>(rules);
    out.add(extra);
    return out;
  }

  /** A monotonic clock that fails when the decision cache reads it (its expiry ticker). */
  private static long cacheClock() {
    boolean fromCache =
        StackWalker.getInstance()
            .walk(
                s -> s.anyMatch(f -> f.getClassName().startsWith("com.github.benmanes.caffeine")));
    if (fromCache) {
      throw fail(new IllegalStateException("cache ticker failed"));
    }
    return System.nanoTime();
  }

  private static Policies policies(Path dir, LayerReader reader) throws IOException {
    Path system = dir.resolve("policy.yaml");
    if (!Files.exists(system)) {
      Files.writeString(system, "profile: medium\n");
    }
    return new Policies(
        new PolicyLocations(system, dir.resolve("none.yaml"), dir.resolve("state")),
        reader,
        f -> Optional.empty(),
        new PolicyLayer(Layer.FLAGS, "", "", List.of(), List.of()));
  }

  private static EvaluationRequest request(String command) {
    return EvaluationRequest.script(command, CWD, "/home/dev", "dev");
  }

  /** Throws any throwable from a lambda that declares none (the injected failure as it is). */
  @SuppressWarnings("unchecked")
  private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
    throw (T) t;
  }
}
