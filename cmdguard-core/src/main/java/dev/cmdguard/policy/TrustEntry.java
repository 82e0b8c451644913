package dev.cmdguard.policy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One remembered human approval in the {@link TrustStore} (SPEC section 6): the exact argv of every
 * invocation the guard found in a command, until an expiry. A command is trusted only when its
 * analysis gives the same invocations, word for word and in the same order: {@code ["rm", "-rf /"]}
 * and {@code ["rm", "-rf", "/"]} are different commands.
 *
 * @param id eight lower-case hex digits, unique within the store ({@code trust remove ID})
 * @param command the command as the human gave it, for display only; matching uses {@code
 *     invocations}
 * @param invocations the analysed argv of every invocation, in order; at least one, each with at
 *     least one word
 * @param created when the approval was given
 * @param expires when it stops applying; after {@code created}
 * @param note why it was given, or empty
 */
public record TrustEntry(
    String id,
    String command,
    List<List<String>> invocations,
    Instant created,
    Instant expires,
    String note) {
  private static final Pattern ID = Pattern.compile("[0-9a-f]{8}");

  /**
   * @throws IllegalArgumentException when the id is not eight hex digits, there are no invocations,
   *     an argv is empty, or {@code expires} is not after {@code created}
   * @throws NullPointerException when a value, argv or word is null
   */
  public TrustEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(expires, "expires");
    Objects.requireNonNull(note, "note");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("a trust id is eight hex digits, not '" + id + "'");
    }
    invocations = copy(invocations);
    if (!expires.isAfter(created)) {
      throw new IllegalArgumentException(
          "a trust entry must expire after it is created: " + created + " to " + expires);
    }
  }

  /** True when the entry no longer applies at {@code now}: at or after {@link #expires}. */
  public boolean expiredAt(Instant now) {
    return !now.isBefore(expires);
  }

  /** True when {@code analysed} is exactly this entry's invocations. */
  public boolean matches(List<List<String>> analysed) {
    return invocations.equals(analysed);
  }

  /**
   * An immutable copy of a list of argv.
   *
   * @throws IllegalArgumentException when there is no argv or an argv is empty
   */
  static List<List<String>> copy(List<List<String>> invocations) {
    if (invocations.isEmpty()) {
      throw new IllegalArgumentException("nothing to trust: no invocation");
    }
    List<List<String>> out = invocations.stream().map(List::copyOf).toList();
    for (List<String> argv : out) {
      if (argv.isEmpty()) {
        throw new IllegalArgumentException("nothing to trust: an invocation has no argv");
      }
    }
    return out;
  }
}
