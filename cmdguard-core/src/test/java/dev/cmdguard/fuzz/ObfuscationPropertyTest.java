package dev.cmdguard.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.CommandGuard;
import dev.cmdguard.Decision;
import dev.cmdguard.EvaluationRequest;
import dev.cmdguard.Risk;
import dev.cmdguard.fuzz.Obfuscations.Base;
import dev.cmdguard.fuzz.Obfuscations.Transform;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 9's obfuscation property: no spelling trick lowers a verdict. For every dangerous command
 * of {@link Obfuscations#BASES} and every transformation (word spellings, program paths, wrappers,
 * static variables, {@code cd}, {@code xargs}, {@code find -exec}, nesting in shells, {@code eval},
 * heredocs, here-strings, pipes, functions…), the risk of the transformed command is at least the
 * risk of the plain one; then the same for random chains of up to four transformations.
 *
 * <p>These are property tests written as seeded JUnit generators, not jqwik (whose engine refuses
 * to run for AI agents): each {@link Random} is seeded, so a failure names the command and
 * reproduces. Transformations that do lower the risk today are listed with their reason in {@code
 * obfuscation-gaps.txt}; a listed gap that starts passing fails the test, so the list only shrinks.
 */
class ObfuscationPropertyTest {
  private static final CommandGuard GUARD = CommandGuard.builder().build();

  /** Seeds of chains; {@code -Dcmdguard.chains=N} explores more. */
  private static final int CHAINS = Integer.getInteger("cmdguard.chains", 40);

  private static final int CASES_PER_CHAIN = 25;
  private static final KnownGaps GAPS = KnownGaps.load("obfuscation-gaps.txt");

  @Test
  void everyBaseIsHighOrCritical() {
    for (Base b : Obfuscations.BASES) {
      assertThat(risk(b.plain())).as(b.plain()).isGreaterThanOrEqualTo(Risk.HIGH);
    }
  }

  @TestFactory
  Stream<DynamicTest> noSingleTransformationLowersTheRisk() {
    List<Named> all = new ArrayList<>();
    for (Transform t : Obfuscations.argvTransforms()) {
      all.add(new Named(t.name(), (b, r) -> t.apply().apply(b, r)));
    }
    for (Nesting n : Nesting.ALL) {
      all.add(new Named(n.name(), (b, r) -> n.on(b.plain(), b.isArgv())));
    }
    return all.stream().map(n -> DynamicTest.dynamicTest(n.name(), () -> checkAllBases(n)));
  }

  @TestFactory
  Stream<DynamicTest> noChainOfTransformationsLowersTheRisk() {
    return IntStream.rangeClosed(1, CHAINS)
        .mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> checkChains(seed)));
  }

  @Test
  void everyListedGapIsStillATransformationAndABase() {
    List<String> names = new ArrayList<>();
    Obfuscations.argvTransforms().forEach(t -> names.add(t.name()));
    Nesting.ALL.forEach(n -> names.add(n.name()));
    List<String> bases = Obfuscations.BASES.stream().map(Base::name).toList();
    for (KnownGaps.Gap gap : GAPS.all()) {
      assertThat(names).as("transformation of %s", gap).contains(gap.transform());
      if (!gap.base().equals("*")) {
        assertThat(bases).as("base of %s", gap).contains(gap.base());
      }
    }
  }

  private record Named(
      String name, java.util.function.BiFunction<Base, Random, Optional<String>> apply) {}

  private static void checkAllBases(Named t) {
    List<String> failures = new ArrayList<>();
    int lowered = 0;
    for (Base b : Obfuscations.BASES) {
      Random random = new Random((t.name() + b.name()).hashCode());
      Optional<String> script = t.apply().apply(b, random);
      if (script.isEmpty()) {
        continue;
      }
      Risk expected = risk(b.plain());
      Risk got = risk(script.get());
      boolean lower = got.compareTo(expected) < 0;
      boolean listed = GAPS.lists(t.name(), b.name());
      lowered += lower ? 1 : 0;
      if (lower && !listed) {
        failures.add(describe(script.get(), expected, got, t.name()));
      } else if (!lower && listed && !GAPS.listsForAll(t.name())) {
        failures.add("listed gap passes now, remove it: " + t.name() + " | " + b.name());
      }
    }
    if (lowered == 0 && GAPS.listsForAll(t.name())) {
      failures.add("listed gap passes now, remove it: " + t.name() + " | *");
    }
    assertThat(failures).as("transformation %s", t.name()).isEmpty();
  }

  private static void checkChains(int seed) {
    Random random = new Random(seed);
    List<String> failures = new ArrayList<>();
    for (int n = 0; n < CASES_PER_CHAIN; n++) {
      Chains.Chain chain = Chains.generate(random);
      if (chain.steps().stream().anyMatch(step -> GAPS.lists(step, chain.base().name()))) {
        continue;
      }
      Risk expected = risk(chain.base().plain());
      Risk got = risk(chain.script());
      if (got.compareTo(expected) < 0) {
        failures.add(describe(chain.script(), expected, got, String.join(" → ", chain.steps())));
      }
    }
    assertThat(failures).as("chains of seed %d", seed).isEmpty();
  }

  static String describe(String script, Risk expected, Risk got, String how) {
    return String.format(
        "%n  %s%n    expected at least %s, got %s (%s)",
        script.replace("\n", "\\n"), expected, got, how);
  }

  static Risk risk(String script) {
    Decision d =
        GUARD.evaluate(EvaluationRequest.script(script, "/home/dev/project", "/home/dev", "dev"));
    return d.risk();
  }
}
