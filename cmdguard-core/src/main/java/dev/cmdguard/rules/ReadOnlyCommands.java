package dev.cmdguard.rules;

import dev.cmdguard.paths.PathClass;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.ResolvedRedirect;
import java.util.List;
import java.util.Set;

/**
 * The registry of commands known to be read-only and local (SPEC section 3, risk {@code low}): a
 * known program with no option that writes, executes or sends, and no redirection except to {@code
 * /dev/null} or a descriptor. Each entry names the options that disqualify it (from the man pages),
 * because read-only tools have writing and executing escape hatches: {@code sed -i}, {@code sort
 * -o}, {@code find -exec}, {@code git diff --ext-diff}, {@code rg --pre}.
 */
public final class ReadOnlyCommands {
  /**
   * Wrappers that only run what they wrap; the wrapped invocations are judged on their own, so the
   * wrapper itself counts as read-only.
   */
  private static final Set<String> TRANSPARENT =
      Set.of(
          "command", "builtin", "time", "nice", "ionice", "timeout", "stdbuf", "nohup", "xargs",
          "watch");

  private ReadOnlyCommands() {}

  /**
   * True when the invocation provably only reads local data.
   *
   * @param invocation the invocation to judge
   * @param context for resolving redirection targets
   */
  public static boolean isReadOnly(Invocation invocation, RuleContext context) {
    if (invocation.has(Invocation.Trait.DYNAMIC_PROGRAM)
        || invocation.has(Invocation.Trait.REMOTE)
        || invocation.has(Invocation.Trait.ELEVATED)
        || !redirectsAreHarmless(invocation, context)) {
      return false;
    }
    if (invocation.program().isEmpty()) {
      return true;
    }
    if (TRANSPARENT.contains(invocation.program())) {
      return true;
    }
    return ReadOnlyRegistry.allows(invocation);
  }

  private static boolean redirectsAreHarmless(Invocation invocation, RuleContext context) {
    for (ResolvedRedirect r : invocation.redirects()) {
      if (!r.writesFile()) {
        continue;
      }
      Arg target = r.target();
      if (target.dynamic()) {
        return false;
      }
      if (!context.classify(invocation, target).has(PathClass.HARMLESS_DEVICE)) {
        return false;
      }
    }
    return true;
  }

  /** The argument values after the program name. */
  static List<String> values(Invocation invocation) {
    return invocation.args().stream().map(Arg::value).toList();
  }
}
