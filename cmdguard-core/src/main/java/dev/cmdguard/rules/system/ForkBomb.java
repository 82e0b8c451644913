package dev.cmdguard.rules.system;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.Stdin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code FORK_BOMB}, found from the call structure rather than the text, so that any function name
 * and spacing is caught ({@code :(){ :|:& };:}, {@code bomb(){ bomb|bomb & }; bomb}, {@code f(){ f
 * & f; }; f}, {@code function f { f | f & }}, mutual recursion through a second function). The
 * unwrapper records a call to a function from inside its own body (directly or through other
 * functions) as an invocation of the function's name whose origin holds {@code name()}. A function
 * that starts itself concurrently — in the background, or in a pipeline, which forks a process per
 * stage — twice or more, or once in the background, multiplies or endlessly respawns processes
 * until the process table is full (the classic bash fork bomb, Jaromil 2002). A single recursive
 * call in a pipeline ({@code walk | sed …}, tree walkers) or sequential recursion is not reported.
 *
 * <p>Also the one-liners of interpreter code whose text is in the command ({@code perl -e "fork
 * while fork"}, Python {@code while True: os.fork()}), see {@link InlineForkBomb}.
 */
final class ForkBomb {
  private ForkBomb() {}

  static void check(RuleContext context, Findings findings) {
    Map<String, List<Integer>> selfCalls = new LinkedHashMap<>();
    List<Invocation> all = context.invocations();
    for (int i = 0; i < all.size(); i++) {
      Invocation inv = all.get(i);
      if (isSelfCall(inv)) {
        selfCalls.computeIfAbsent(inv.program(), k -> new ArrayList<>()).add(i);
      }
    }
    selfCalls.forEach((name, calls) -> judge(context, findings, name, calls));
    InlineForkBomb.check(context, findings);
  }

  /** A call of a function from its own body: the origin's innermost step is a function. */
  private static boolean isSelfCall(Invocation inv) {
    List<String> origin = inv.origin();
    if (origin.isEmpty() || inv.has(Invocation.Trait.DYNAMIC_PROGRAM)) {
      return false;
    }
    String label = inv.program() + "()";
    return origin.get(origin.size() - 1).endsWith("()") && origin.contains(label);
  }

  private static void judge(
      RuleContext context, Findings findings, String name, List<Integer> calls) {
    int concurrent = 0;
    boolean background = false;
    for (int i : calls) {
      Invocation inv = context.invocation(i);
      boolean bg = inv.has(Invocation.Trait.BACKGROUND);
      background |= bg;
      if (bg || inv.stdin() instanceof Stdin.Pipe || !context.consumers(i).isEmpty()) {
        concurrent++;
      }
    }
    boolean multiplies =
        calls.size() >= 2
            || (background && Syntax.functionLoops(context.analysis().parse().script(), name));
    if (concurrent == 0 || !multiplies) {
      return;
    }
    findings
        .report(FindingCode.FORK_BOMB, calls.get(0))
        .message(
            "the function "
                + name
                + " starts copies of itself "
                + (background ? "in the background" : "through a pipe")
                + ", a fork bomb that fills the process table and freezes the machine")
        .add();
  }
}
