package dev.cmdguard.unwrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Bindings} behaves like a map copied in full at each {@link Bindings#copy()}: checked
 * against {@link HashMap}s over seeded random sequences of puts, removes, clears and copies.
 */
class BindingsTest {

  @Test
  void aCopyAndItsOriginalDoNotSeeEachOthersChanges() {
    Bindings<String> outer = new Bindings<>();
    outer.put("X", "1");
    outer.put("Y", "2");

    Bindings<String> inner = outer.copy();
    inner.put("X", "inner");
    inner.remove("Y");
    outer.put("Z", "3");

    assertThat(inner.toMap()).containsExactlyInAnyOrderEntriesOf(Map.of("X", "inner"));
    assertThat(outer.toMap())
        .containsExactlyInAnyOrderEntriesOf(Map.of("X", "1", "Y", "2", "Z", "3"));
    assertThat(inner.get("Z")).isNull();
    assertThat(outer.get("X")).isEqualTo("1");
  }

  @Test
  void randomSequencesMatchFullCopies() {
    for (long seed = 0; seed < 40; seed++) {
      Random random = new Random(seed);
      List<Bindings<Integer>> scopes = new ArrayList<>(List.of(new Bindings<>()));
      List<Map<String, Integer>> models = new ArrayList<>(List.of(new HashMap<>()));
      for (int step = 0; step < 3_000; step++) {
        int which = random.nextInt(scopes.size());
        Bindings<Integer> scope = scopes.get(which);
        Map<String, Integer> model = models.get(which);
        String name = "v" + random.nextInt(random.nextBoolean() ? 20 : 2_000);
        int op = random.nextInt(100);
        if (op < 55) {
          scope.put(name, step);
          model.put(name, step);
        } else if (op < 80) {
          scope.remove(name);
          model.remove(name);
        } else if (op < 81) {
          scope.clear();
          model.clear();
        } else if (op < 90 && scopes.size() < 50) {
          scopes.add(scope.copy());
          models.add(new HashMap<>(model));
        } else {
          assertThat(scope.get(name)).as("seed %d step %d", seed, step).isEqualTo(model.get(name));
        }
      }
      for (int i = 0; i < scopes.size(); i++) {
        assertThat(scopes.get(i).toMap()).as("seed %d scope %d", seed, i).isEqualTo(models.get(i));
      }
    }
  }
}
