package dev.cmdguard.shell;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The moment parsing must stop, on a monotonic clock the caller passes in (the core never reads the
 * clock itself): the rest of an evaluation's time budget (SPEC section 2). Tree-sitter checks it
 * while it parses and the tree copy checks it every few hundred nodes; text not parsed in time is
 * kept as {@link Command.Unparsed} with the error {@link BashParser#OUT_OF_TIME}.
 *
 * @param nanoClock a monotonic clock in nanoseconds (normally {@code System::nanoTime})
 * @param at the clock's reading, in nanoseconds, after which parsing stops
 */
public record Deadline(LongSupplier nanoClock, long at) {
  /** A deadline that never passes. */
  public static final Deadline NONE = new Deadline(() -> 0L, Long.MAX_VALUE);

  /**
   * @throws NullPointerException when {@code nanoClock} is null
   */
  public Deadline {
    Objects.requireNonNull(nanoClock, "nanoClock");
  }

  /** True once the clock reads later than {@link #at} (compared as a difference: no overflow). */
  public boolean passed() {
    return nanoClock.getAsLong() - at > 0;
  }
}
