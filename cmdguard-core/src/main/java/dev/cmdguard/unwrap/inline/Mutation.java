package dev.cmdguard.unwrap.inline;

import java.util.Set;

/**
 * Which method calls change a list, map or string in place ({@code args.append('/')}, {@code
 * argv.push(x)}, {@code s.gsub!(…)}), so that a variable bound to a literal does not keep a stale
 * value: an argv built by appending must not be judged by its first items alone.
 */
final class Mutation {
  /** Methods of lists and maps that return a value and leave the receiver as it is. */
  private static final Set<String> PURE =
      Set.of(
          "join",
          "index",
          "count",
          "copy",
          "get",
          "keys",
          "values",
          "items",
          "includes",
          "indexOf",
          "lastIndexOf",
          "slice",
          "map",
          "filter",
          "forEach",
          "reduce",
          "toString",
          "length",
          "size",
          "each",
          "first",
          "last",
          "find",
          "some",
          "every",
          "concat",
          "fetch",
          "include?",
          "has",
          "has_key?",
          "key?",
          "dig",
          "to_a",
          "to_h",
          "inspect",
          "flatten",
          "at",
          "entries",
          "__reversed__",
          "sorted",
          "with_index",
          "each_with_index",
          "collect",
          "select",
          "reject",
          "min",
          "max",
          "sum",
          "empty?",
          "any?",
          "all?",
          "none?",
          "startswith",
          "endswith");

  private Mutation() {}

  /** True for a value a method can change in place. */
  static boolean container(Val v) {
    return v instanceof Val.Lst || v instanceof Val.Obj || v instanceof Val.Str;
  }

  /** True when calling {@code m} may change its receiver. */
  static boolean mutates(Val.Method m) {
    // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
    Val receiver = m.receiver();
    if (receiver instanceof Val.Lst || receiver instanceof Val.Obj) {
      return !PURE.contains(m.name());
    }
    if (receiver instanceof Val.Str) {
      return m.name().endsWith("!") || Set.of("insert", "prepend", "<<").contains(m.name());
    }
    return false;
  }
}
