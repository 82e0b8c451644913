package dev.cmdguard.rules.data;

/**
 * What one database statement or command does.
 *
 * @param kind {@link Kind#DESTRUCTIVE} (drops or wipes data), {@link Kind#FILTERED} (deletes or
 *     updates the rows a {@code WHERE} selects), {@link Kind#WRITE}, or {@link Kind#NONE}
 * @param what the statement in a few words, naming the target ({@code DROP TABLE users})
 */
record SqlEffect(Kind kind, String what) {
  static final SqlEffect NONE = new SqlEffect(Kind.NONE, "");
  static final SqlEffect WRITE = new SqlEffect(Kind.WRITE, "");

  static SqlEffect destructive(String what) {
    return new SqlEffect(Kind.DESTRUCTIVE, what.trim());
  }

  static SqlEffect filtered(String what) {
    return new SqlEffect(Kind.FILTERED, what.trim());
  }

  /** The worse of the two. */
  SqlEffect worst(SqlEffect other) {
    return other.kind.compareTo(kind) > 0 ? other : this;
  }

  /** Ordered from harmless to destructive. */
  enum Kind {
    NONE,
    WRITE,
    FILTERED,
    DESTRUCTIVE
  }
}
