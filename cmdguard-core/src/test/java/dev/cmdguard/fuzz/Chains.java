package dev.cmdguard.fuzz;

import dev.cmdguard.fuzz.Obfuscations.Base;
import dev.cmdguard.fuzz.Obfuscations.Transform;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Random chains of transformations for {@link ObfuscationPropertyTest}: a base command, perhaps one
 * argv transformation ({@link Obfuscations#argvTransforms()}), then one to three transformations of
 * the whole script ({@link Nesting}, or a wrapper before a simple command).
 */
final class Chains {
  private static final List<Transform> ARGV = Obfuscations.argvTransforms();
  private static final List<Nesting> SCRIPT = scriptSteps();

  private Chains() {}

  /** A base, the steps applied to it in order, and the script they made. */
  record Chain(Base base, List<String> steps, String script) {}

  static Chain generate(Random random) {
    Base base = Obfuscations.BASES.get(random.nextInt(Obfuscations.BASES.size()));
    List<String> steps = new ArrayList<>();
    String script = base.plain();
    boolean simple = base.isArgv();
    if (base.isArgv() && random.nextInt(4) > 0) {
      Transform t = ARGV.get(random.nextInt(ARGV.size()));
      Optional<String> s = t.apply().apply(base, random);
      if (s.isPresent()) {
        script = s.get();
        simple = t.simple();
        steps.add(t.name());
      }
    }
    for (int k = 1 + random.nextInt(3); k > 0; ) {
      Nesting n = SCRIPT.get(random.nextInt(SCRIPT.size()));
      Optional<String> s = n.on(script, simple);
      if (s.isPresent()) {
        script = s.get();
        simple = n.simple();
        steps.add(n.name());
        k--;
      }
    }
    return new Chain(base, List.copyOf(steps), script);
  }

  private static List<Nesting> scriptSteps() {
    List<Nesting> out = new ArrayList<>(Nesting.ALL);
    Wrappers.PREFIXES.stream()
        .filter(p -> !p.equals("busybox") && !p.startsWith("watch")) // watch joins its words
        .forEach(p -> out.add(Nesting.wrapper(p)));
    return List.copyOf(out);
  }
}
