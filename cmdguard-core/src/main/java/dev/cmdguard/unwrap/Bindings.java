package dev.cmdguard.unwrap;

import java.util.HashMap;
import java.util.Map;

/**
 * Names bound to values (variables, functions) in a {@link Scope}, with copies that share what they
 * have in common: a subshell's copy costs the changes made since the map was last copied, not its
 * size. Before, each copy copied every binding, so a script that defined many names and then ran
 * many subshells, substitutions or {@code X=1 cmd} commands took quadratic time (8,000 functions: 2
 * s).
 *
 * <p>How: once copied, the base map is shared and never changed again; each copy records its own
 * changes on top of it. When the changes outgrow the square root of the base, they are merged into
 * a new private base, so that neither a copy nor a lookup gets slow: copying costs at most {@code
 * O(√n)}, and the merges {@code O(√n)} per change on average.
 *
 * @param <V> the bound values; never null
 */
final class Bindings<V> {
  private static final Object REMOVED = new Object();

  private Map<String, V> base;
  private boolean shared;

  /** Changes over a shared base: values, or {@link #REMOVED}. Empty while the base is private. */
  private Map<String, Object> changes;

  Bindings() {
    this(new HashMap<>(), false, new HashMap<>());
  }

  private Bindings(Map<String, V> base, boolean shared, Map<String, Object> changes) {
    this.base = base;
    this.shared = shared;
    this.changes = changes;
  }

  /** The value bound to {@code name}, or null. */
  @SuppressWarnings("unchecked")
  V get(String name) {
    Object change = changes.get(name);
    if (change != null) {
      return change == REMOVED ? null : (V) change;
    }
    return base.get(name);
  }

  void put(String name, V value) {
    if (!shared) {
      base.put(name, value);
      return;
    }
    changes.put(name, value);
    mergeWhenLarge();
  }

  void remove(String name) {
    if (!shared) {
      base.remove(name);
      return;
    }
    if (base.containsKey(name)) {
      changes.put(name, REMOVED);
    } else {
      changes.remove(name);
    }
    mergeWhenLarge();
  }

  void clear() {
    base = new HashMap<>();
    shared = false;
    changes = new HashMap<>();
  }

  /** An independent copy: changes to either are not seen by the other. */
  Bindings<V> copy() {
    shared = true;
    return new Bindings<>(base, true, new HashMap<>(changes));
  }

  /** Every binding, as a new map (costs the size: for walks that happen once). */
  Map<String, V> toMap() {
    Map<String, V> all = new HashMap<>(base);
    changes.forEach(
        (name, change) -> {
          if (change == REMOVED) {
            all.remove(name);
          } else {
            all.put(name, get(name));
          }
        });
    return all;
  }

  private void mergeWhenLarge() {
    if ((long) changes.size() * changes.size() > Math.max(256, base.size())) {
      base = toMap();
      shared = false;
      changes = new HashMap<>();
    }
  }
}
