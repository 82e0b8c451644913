package dev.cmdguard.unwrap;

import dev.cmdguard.shell.Span;
import java.util.List;
import java.util.Objects;

/**
 * One argument of an {@link Invocation} after the expansions that can be known statically.
 *
 * @param value the argument's value when {@code dynamic} is false; otherwise the text as far as it
 *     is known, with each unknown expansion written as in the source (for example {@code $CMD} or
 *     {@code $(curl x)})
 * @param dynamic true when some part depends on something only known at run time
 * @param knownPrefix the characters known before the first unknown part; equals {@code value} when
 *     static. {@code "/home/"} for {@code /home/$USER}, {@code ""} for {@code $X}
 * @param glob true when unquoted pattern characters ({@code * ? [}) remain, so that the shell would
 *     expand the argument against the file system (bash manual, "Filename Expansion")
 * @param producers the programs whose output this argument is made of: the commands of a command
 *     substitution, the producer feeding {@code xargs}, {@code find} for its {@code {}}; empty when
 *     none
 * @param span where the argument came from in the original text ({@link Span#NONE} when
 *     synthesized)
 */
public record Arg(
    String value,
    boolean dynamic,
    String knownPrefix,
    boolean glob,
    List<String> producers,
    Span span) {
  public Arg {
    producers = List.copyOf(producers);
  }

  /** A static argument with no pattern characters. */
  public static Arg of(String value, Span span) {
    return new Arg(value, false, value, false, List.of(), span);
  }

  /** A static argument that may contain unquoted pattern characters. */
  public static Arg globbed(String value, boolean glob, Span span) {
    return new Arg(value, false, value, glob, List.of(), span);
  }

  /**
   * An argument only known at run time.
   *
   * @param shown the source-like text of it
   * @param knownPrefix what is known of its start
   * @param producers programs whose output it is made of
   */
  public static Arg dynamic(String shown, String knownPrefix, List<String> producers, Span span) {
    return new Arg(shown, true, knownPrefix, false, producers, span);
  }

  /** True when the value is known and contains no pattern characters. */
  public boolean isLiteral() {
    return !dynamic && !glob;
  }

  // equals and hashCode written out, as in Span: the generated ones cost a fresh JVM's first call
  // about 20 ms of invokedynamic linking.

  @Override
  public boolean equals(Object o) {
    return o instanceof Arg other
        && dynamic == other.dynamic
        && glob == other.glob
        && value.equals(other.value)
        && knownPrefix.equals(other.knownPrefix)
        && producers.equals(other.producers)
        && span.equals(other.span);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, dynamic, knownPrefix, glob, producers, span);
  }
}
