package dev.cmdguard.shell;

/**
 * Maps character offsets of a text being parsed back to the original command text. The top-level
 * text maps to itself; the inside of a substitution that is parsed again is shifted; the body of an
 * old-style {@code `…`} substitution, whose backslashes are removed before parsing, maps through a
 * table.
 */
final class Offsets {
  static final Offsets IDENTITY = new Offsets(null, 0, null);

  private final Offsets parent;
  private final int shift;
  private final int[] table;

  private Offsets(Offsets parent, int shift, int[] table) {
    this.parent = parent;
    this.shift = shift;
    this.table = table;
  }

  /** Offsets of a substring that starts at local offset {@code by}. */
  Offsets shifted(int by) {
    if (table == null) {
      return new Offsets(parent, shift + by, null);
    }
    return new Offsets(this, by, null);
  }

  /**
   * Offsets of a rewritten text whose character {@code i} came from local offset {@code table[i]};
   * {@code table[length]} is the local offset just after the rewritten text.
   */
  Offsets through(int[] table) {
    return new Offsets(this, 0, table);
  }

  int map(int local) {
    int up = table == null ? local + shift : table[Math.max(0, Math.min(local, table.length - 1))];
    return parent == null ? up : parent.map(up);
  }

  Span span(int start, int end) {
    int s = map(start);
    int e = end <= start ? s : table == null && parent == null ? end + shift : map(end - 1) + 1;
    return new Span(s, Math.max(s, e));
  }
}
