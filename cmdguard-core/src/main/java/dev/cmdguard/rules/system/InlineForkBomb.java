package dev.cmdguard.rules.system;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Fork bombs in interpreter code given on the command line: an endless loop whose body forks
 * ({@code perl -e "fork while fork"}, {@code python3 -c 'import os\nwhile True: os.fork()'}, {@code
 * ruby -e 'loop { fork }'}, PHP {@code pcntl_fork} in {@code while(1)}). The code is what the
 * interpreter runs, so reading it is not judging data; the interpreter analysis of the unwrap stage
 * does not model loops, hence this pattern.
 */
final class InlineForkBomb {
  /** An endless loop (while true/1/fork, loop do/{) directly around a fork call. */
  private static final Pattern LOOP_FORK =
      Pattern.compile(
          "(?s)(?:\\bwhile\\s*\\(?\\s*(?:true|True|1|fork(?:\\(\\))?)\\s*\\)?\\s*(?::|do\\b|\\{)?"
              + "|\\bloop\\s*(?:\\{|do\\b))\\s*[\\w.$>:-]*fork\\b"
              + "|\\bfork\\s+while\\s+(?:fork|1|true)\\b");

  private InlineForkBomb() {}

  static void check(RuleContext context, Findings findings) {
    List<Invocation> all = context.invocations();
    for (int i = 0; i < all.size(); i++) {
      Invocation inv = all.get(i);
      if (!interpreter(inv.program())) {
        continue;
      }
      Optional<String> code = code(inv);
      if (code.isPresent() && LOOP_FORK.matcher(code.get()).find()) {
        findings
            .report(FindingCode.FORK_BOMB, i)
            .message(
                inv.program()
                    + " code forks in an endless loop, a fork bomb that fills the process table")
            .add();
      }
    }
  }

  private static boolean interpreter(String program) {
    return program.startsWith("python")
        || program.startsWith("pypy")
        || program.equals("perl")
        || program.equals("ruby")
        || program.equals("php")
        || program.equals("node")
        || program.equals("nodejs");
  }

  /** The inline code: the operand of -c/-e/-E/-r, or a here-document or here-string fed in. */
  static Optional<String> code(Invocation inv) {
    List<Arg> args = inv.args();
    for (int i = 0; i + 1 < args.size(); i++) {
      String v = args.get(i).value();
      if (v.equals("-c")
          || v.equals("-e")
          || v.equals("-E")
          || v.equals("-r")
          || v.equals("--eval")) {
        return Optional.of(args.get(i + 1).value());
      }
    }
    return inv.stdin().text();
  }
}
