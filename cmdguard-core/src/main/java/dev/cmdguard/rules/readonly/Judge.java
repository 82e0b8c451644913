package dev.cmdguard.rules.readonly;

import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Invocation;

/** Decides for one program whether an invocation of it only reads local data. */
@FunctionalInterface
interface Judge {
  /** A program that only reads whatever its arguments ({@code cat}, {@code wc}, {@code ls}). */
  Judge ALWAYS = (invocation, context) -> true;

  /**
   * @param invocation an invocation of the program the judge is registered for, already free of
   *     writing redirections and of the elevated, remote and dynamic traits
   * @param context the analysed command, for classifying paths
   * @return true when nothing in the arguments writes, executes or sends
   */
  boolean allows(Invocation invocation, RuleContext context);
}
