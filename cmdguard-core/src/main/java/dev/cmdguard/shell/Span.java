package dev.cmdguard.shell;

/**
 * A range of the original command text, as character offsets (UTF-16 code units, the unit of {@link
 * String#substring}) from {@code start} inclusive to {@code end} exclusive.
 *
 * @param start first character, {@code >= 0}
 * @param end one past the last character, {@code >= start}
 */
public record Span(int start, int end) {
  /** The empty span at offset 0, for synthesized nodes that have no text of their own. */
  public static final Span NONE = new Span(0, 0);

  /**
   * @throws IllegalArgumentException when {@code start < 0} or {@code end < start}
   */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  /** The text this span covers in {@code source}, clamped to its length. */
  public String of(String source) {
    int s = Math.min(start, source.length());
    return source.substring(s, Math.min(Math.max(end, s), source.length()));
  }

  /** This span moved right by {@code offset} characters (for nested scripts inside a word). */
  public Span shift(int offset) {
    return offset == 0 ? this : new Span(start + offset, end + offset);
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  /** Number of characters covered. */
  public int length() {
    return end - start;
  }

  // equals, hashCode and toString are written out: a record's generated ones are linked through
  // invokedynamic (ObjectMethods) at their first call, which costs a fresh JVM about 20 ms (a hook
  // call is one), and spans are compared and hashed in every analysis.

  @Override
  public boolean equals(Object o) {
    return o instanceof Span other && start == other.start && end == other.end;
  }

  @Override
  public int hashCode() {
    return 31 * start + end;
  }

  @Override
  public String toString() {
    return "Span[start=" + start + ", end=" + end + "]";
  }
}
