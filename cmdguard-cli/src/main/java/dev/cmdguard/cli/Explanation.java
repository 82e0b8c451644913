package dev.cmdguard.cli;

import dev.cmdguard.Finding;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.ShellContext;
import dev.cmdguard.unwrap.UnwrapResult;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What {@code explain} shows: the command as given, the context it was read in, what the unwrap
 * stage made of it, and what the rules found.
 *
 * @param command the script text, or the argv quoted and joined when {@code argv} is present
 * @param argv the argv when the command runs directly without a shell ({@code explain -- …})
 * @param context the cwd, home and user the command was read against
 * @param result every invocation, analysis marker and syntax error
 * @param findings what the rules found, most severe first; each names the index of its invocation
 *     in {@code result} (or -1 for the whole command)
 */
record Explanation(
    String command,
    Optional<List<String>> argv,
    ShellContext context,
    UnwrapResult result,
    List<Finding> findings) {
  Explanation {
    argv = argv.map(List::copyOf);
    findings = List.copyOf(findings);
  }

  /** An explanation of a script, without findings. */
  static Explanation ofScript(String script, ShellContext context, UnwrapResult result) {
    return new Explanation(script, Optional.empty(), context, result, List.of());
  }

  /** An explanation of an argv run without a shell, without findings. */
  static Explanation ofArgv(List<String> argv, ShellContext context, UnwrapResult result) {
    return new Explanation(ShellQuote.join(argv), Optional.of(argv), context, result, List.of());
  }

  /** This explanation with the rules' findings. */
  Explanation withFindings(List<Finding> list) {
    return new Explanation(command, argv, context, result, list);
  }

  /** The text that spans refer to: what the parser read. */
  String source() {
    return result.parse().source();
  }

  /** An invocation's traits in declaration order, so output is the same on every run. */
  static List<Invocation.Trait> sortedTraits(Invocation invocation) {
    return invocation.traits().stream().sorted(Comparator.naturalOrder()).toList();
  }
}
