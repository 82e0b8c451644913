package dev.cmdguard.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cmdguard.policy.CommandPattern.Match;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandPatternTest {
  @ParameterizedTest(name = "{0} vs {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          git push                 | git push                          | DEFINITE
          git push                 | git push origin main              | DEFINITE
          git push                 | git pull                          | NONE
          git push                 | git                               | NONE
          git push * main          | git push origin main              | DEFINITE
          git push * main          | git push -f origin main           | DEFINITE
          git push * main          | git push main                     | DEFINITE
          git push * main          | git push origin feature           | NONE
          git push * main          | git push origin main --tags       | DEFINITE
          git push origin feature/*| git push origin feature/login     | DEFINITE
          git push origin feature/*| git push origin main              | NONE
          docker *                 | docker                            | DEFINITE
          docker *                 | docker ps -a                      | DEFINITE
          kubectl * --context prod*| kubectl get pods --context prod-eu| DEFINITE
          kubectl * --context prod*| kubectl get pods --context dev    | NONE
          npm run build            | npm run build:prod                | NONE
          npm run build*           | npm run build:prod                | DEFINITE
          *.sh                     | deploy.sh --now                   | DEFINITE
          rm -rf                   | rm -r -f                          | NONE
          """)
  void matchesTokenPrefixes(String pattern, String command, Match expected) {
    List<String> words = Arrays.asList(command.trim().split("\\s+"));
    List<Boolean> known = new ArrayList<>(Collections.nCopies(words.size(), true));
    assertThat(CommandPattern.parse(pattern).match(words, known)).isEqualTo(expected);
  }

  @Test
  void anUnknownWordMakesAMatchOnlyPossible() {
    CommandPattern p = CommandPattern.parse("git push * main");
    assertThat(
            p.match(List.of("git", "push", "origin", "$BRANCH"), List.of(true, true, true, false)))
        .isEqualTo(Match.POSSIBLE);
    assertThat(p.match(List.of("git", "push", "origin", "main"), List.of(true, true, false, true)))
        .isEqualTo(Match.DEFINITE);
    assertThat(p.match(List.of("git", "pull", "$X"), List.of(true, true, false)))
        .isEqualTo(Match.NONE);
  }

  @Test
  void manyStarsAgainstALongArgvStayFast() {
    CommandPattern p = CommandPattern.parse("x * * * * * * * * * * * * * * * * * * * * nope");
    List<String> words = new ArrayList<>(Collections.nCopies(5_000, "a"));
    words.set(0, "x");
    List<Boolean> known = new ArrayList<>(Collections.nCopies(words.size(), true));
    assertThat(p.match(words, known)).isEqualTo(Match.NONE);
  }

  @Test
  void anEmptyPatternIsRefused() {
    assertThatThrownBy(() -> CommandPattern.parse("   "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
  }
}
