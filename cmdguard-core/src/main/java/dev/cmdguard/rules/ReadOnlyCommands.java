package dev.cmdguard.rules;

import dev.cmdguard.paths.PathClass;
import dev.cmdguard.paths.PathClassification;
import dev.cmdguard.rules.readonly.ReadOnlyRegistry;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.ResolvedRedirect;

/**
 * Whether an invocation is read-only and local (SPEC section 3, risk {@code low}): a program the
 * registry ({@link ReadOnlyRegistry}) knows, with no option that writes, executes or sends, no
 * redirection except to {@code /dev/null} or a descriptor, and not elevated, remote or with a
 * program name only known at run time. Read-only tools have writing and executing escape hatches
 * ({@code sed -i}, {@code sort -o}, {@code find -delete}, {@code git diff --ext-diff}, {@code rg
 * --pre}); the registry lists them per tool. Wrappers whose inner commands the unwrap stage emits
 * ({@code xargs}, {@code timeout}, {@code bash -c 'static text'}) are read-only themselves; what
 * they run is judged as its own invocation. docs/rules/read-only.md lists every entry.
 */
public final class ReadOnlyCommands {
  private ReadOnlyCommands() {}

  /**
   * True when the invocation provably only reads local data.
   *
   * @param invocation the invocation to judge
   * @param context for resolving redirection targets and reading pipe producers
   */
  public static boolean isReadOnly(Invocation invocation, RuleContext context) {
    if (invocation.has(Invocation.Trait.DYNAMIC_PROGRAM)
        || invocation.has(Invocation.Trait.REMOTE)
        || invocation.has(Invocation.Trait.ELEVATED)
        || !redirectsAreHarmless(invocation, context)) {
      return false;
    }
    if (invocation.argv().isEmpty()) {
      return true; // a redirection alone ("< file"), its redirects checked above
    }
    return ReadOnlyRegistry.allows(invocation, context);
  }

  /**
   * True when the registry knows {@code program}: some invocations of it can be read-only (for the
   * execution family's {@code UNKNOWN_COMMAND}). A path or Windows name is reduced to its base name
   * ({@code /usr/bin/git}, {@code C:\...\git.exe} → {@code git}).
   */
  public static boolean knows(String program) {
    return ReadOnlyRegistry.knows(program);
  }

  /**
   * True when no variable assignment in the command ({@code NAME=value cmd}, a bare {@code
   * NAME=value}, a {@code for NAME in} loop) can make a later program run other code: {@code
   * PATH=.:$PATH; ls} runs {@code ./ls}, {@code LD_PRELOAD=x.so cat f} loads code, {@code
   * GIT_EXTERNAL_DIFF=sh git diff} runs a program. Names that only steer formatting (locale,
   * colours, {@code PAGER=cat}) and lower-case shell variables are harmless.
   */
  public static boolean assignmentsAreHarmless(RuleContext context) {
    return ReadOnlyRegistry.assignmentsAreHarmless(context.analysis().parse().script());
  }

  /**
   * True when a path known only up to {@code prefix} could name a network pseudo-file. An unknown
   * path with no known start is taken as a file (a documented gap: {@code < $F} with {@code
   * F=/dev/tcp/…} in the agent's environment).
   */
  private static boolean couldBeSocket(String prefix) {
    return !prefix.isEmpty()
        && ("/dev/tcp/".startsWith(prefix)
            || "/dev/udp/".startsWith(prefix)
            || prefix.startsWith("/dev/tcp")
            || prefix.startsWith("/dev/udp"));
  }

  /**
   * Writing redirections only to harmless devices ({@code /dev/null}, {@code /dev/stderr}); no
   * redirection of any kind to bash's network pseudo-files ({@code < /dev/tcp/host/80} connects).
   */
  private static boolean redirectsAreHarmless(Invocation invocation, RuleContext context) {
    for (ResolvedRedirect r : invocation.redirects()) {
      if (r.toDescriptor()) {
        continue;
      }
      Arg target = r.target();
      if (target.dynamic()) {
        if (r.writesFile() || couldBeSocket(target.knownPrefix())) {
          return false;
        }
        continue;
      }
      PathClassification classes = context.classify(invocation, target);
      if (classes.has(PathClass.NETWORK_SOCKET)
          || r.writesFile() && !classes.has(PathClass.HARMLESS_DEVICE)) {
        return false;
      }
    }
    return true;
  }
}
