package dev.cmdguard.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.Risk;
import dev.cmdguard.fuzz.Obfuscations.Base;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The other half of issue 9's property: text that is only data is not executed (SPEC section 4,
 * "Text that is only data"). Every dangerous command of {@link Obfuscations#BASES}, and each of its
 * respellings, quoted as data ({@code echo '…'}, {@code grep '…'}, a commit message, a heredoc
 * written to a file…) stays low or medium. Seeded JUnit generators, not jqwik.
 */
class DataIsNotCodePropertyTest {
  private record Holder(String name, UnaryOperator<String> quote) {}

  private static final List<Holder> HOLDERS =
      List.of(
          new Holder("echo '…'", s -> "echo " + Spelling.single(s)),
          new Holder("echo \"…\"", s -> "echo " + Spelling.doubleQuoted(s)),
          new Holder("printf '%s\\n' '…'", s -> "printf '%s\\n' " + Spelling.single(s)),
          new Holder("grep -rn -- '…' src", s -> "grep -rn -- " + Spelling.single(s) + " src"),
          new Holder("grep -F '…' notes.txt", s -> "grep -F " + Spelling.single(s) + " notes.txt"),
          new Holder("rg -F '…'", s -> "rg -F " + Spelling.single(s)),
          new Holder("git commit -m '…'", s -> "git commit -m " + Spelling.single(s)),
          new Holder(
              "git commit -m \"fix: …\"",
              s -> "git commit -m " + Spelling.doubleQuoted("fix: " + s)),
          new Holder("git log --grep='…'", s -> "git log --grep=" + Spelling.single(s)),
          new Holder("heredoc to a file", s -> "cat > notes.txt <<'EOF'\n" + s + "\nEOF"),
          new Holder("echo '…' >> notes.md", s -> "echo " + Spelling.single(s) + " >> notes.md"),
          new Holder("echo '…' | grep rm", s -> "echo " + Spelling.single(s) + " | grep rm"),
          new Holder("grep rm <<< '…'", s -> "grep rm <<< " + Spelling.single(s)),
          new Holder(": '…'", s -> ": " + Spelling.single(s)),
          new Holder("test -n '…'", s -> "test -n " + Spelling.single(s)),
          new Holder("a comment", s -> "ls # " + s.replace("\n", " ")),
          new Holder("X='…'; echo \"$X\"", s -> "X=" + Spelling.single(s) + "; echo \"$X\""));

  @TestFactory
  Stream<DynamicTest> dangerousTextQuotedAsDataStaysLowOrMedium() {
    return HOLDERS.stream().map(h -> DynamicTest.dynamicTest(h.name(), () -> check(h)));
  }

  private static void check(Holder holder) {
    List<String> failures = new ArrayList<>();
    for (Base b : Obfuscations.BASES) {
      for (String text : texts(b, new Random((holder.name() + b.name()).hashCode()))) {
        String script = holder.quote().apply(text);
        Risk got = ObfuscationPropertyTest.risk(script);
        if (got.compareTo(Risk.MEDIUM) > 0) {
          failures.add(
              String.format(
                  "%n  %s%n    expected at most medium, got %s", script.replace("\n", "\\n"), got));
        }
      }
    }
    assertThat(failures).as("data that must not run: %s", holder.name()).isEmpty();
  }

  /** The base written plainly, and three respellings of it (random, seeded). */
  private static List<String> texts(Base b, Random random) {
    List<String> out = new ArrayList<>();
    out.add(b.plain());
    if (b.isArgv()) {
      for (int i = 0; i < 3; i++) {
        Obfuscations.spellAll(b, random).ifPresent(out::add);
      }
    }
    return out;
  }
}
