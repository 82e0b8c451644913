package dev.cmdguard.unwrap.inline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of a call.
 *
 * @param positional in order; a spread of a known list is flattened into it
 * @param named keyword arguments ({@code shell=True}, {@code recursive: true})
 */
record Args(List<Val> positional, Map<String, Val> named) {
  static final Args NONE = new Args(List.of(), Map.of());

  Args {
    positional = List.copyOf(positional);
    named = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(named));
  }

  static Args of(Val... values) {
    return new Args(List.of(values), Map.of());
  }

  int size() {
    return positional.size();
  }

  /** The positional argument {@code i}, or null. */
  Val get(int i) {
    return i >= 0 && i < positional.size() ? positional.get(i) : null;
  }

  /** The keyword argument {@code name}, else the positional argument {@code i}, or null. */
  Val get(int i, String name) {
    Val v = named.get(name);
    return v != null ? v : get(i);
  }

  /** The positional arguments from {@code i} on. */
  List<Val> from(int i) {
    return positional.subList(Math.min(i, positional.size()), positional.size());
  }

  /** The same arguments without the first {@code n} positional ones. */
  Args drop(int n) {
    return new Args(from(n), named);
  }

  /** Arguments with Perl/PHP list semantics: every list argument flattened into its items. */
  Args flattened() {
    return new Args(Val.flatten(positional), named);
  }

  /** A builder used by the parser. */
  static final class Builder {
    private final List<Val> positional = new ArrayList<>();
    private final Map<String, Val> named = new LinkedHashMap<>();

    void add(Val v) {
      if (positional.size() < Val.MAX_ITEMS) {
        positional.add(v);
      }
    }

    void name(String key, Val v) {
      named.put(key, v);
    }

    Args build() {
      return new Args(positional, named);
    }
  }
}
