package dev.cmdguard.policy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The trust store (SPEC section 6): human approvals remembered as the exact argv of a command's
 * analysed invocations, each with an expiry and a note, in a JSON file ({@link
 * PolicyLocations#trustStore()}, format in {@code docs/trust.md}).
 *
 * <p>{@link #find} runs on every evaluation: it answers from the parsed entries in memory and reads
 * the file again only when it changed. It never trusts on error: a missing file is an empty store,
 * an unreadable or corrupt one trusts nothing and says why in {@link #problem()}.
 *
 * <p>Changes ({@link #add}, {@link #remove}, {@link #prune}) hold the file's exclusive lock for the
 * whole read-modify-write and replace the file atomically ({@link LockedFile}), so concurrent
 * threads and processes lose no entry. A corrupt file is never overwritten: approvals are not
 * silently discarded. The caller refuses what must never be trusted (critical risk, commands not
 * fully known); this class only stores.
 *
 * <p>Thread-safe. The clock is the caller's: every method that depends on time takes {@code now}.
 */
public final class TrustStore {
  /** The longest time an approval may last. */
  public static final Duration MAX_TTL = Duration.ofDays(365);

  private final LockedFile file;
  private final CachedFile<List<TrustEntry>> entries;

  private TrustStore(LockedFile file) {
    this.file = file;
    this.entries = new CachedFile<>(file, TrustFile::parse, List.of());
  }

  /**
   * The store in {@code file}, which need not exist yet. Nothing is read until first use.
   *
   * @param file an absolute path, usually {@link PolicyLocations#trustStore()}
   * @throws IllegalArgumentException when {@code file} is relative
   */
  public static TrustStore at(Path file) {
    return new TrustStore(LockedFile.at(file));
  }

  /** The store's file. */
  public Path path() {
    return file.path();
  }

  /**
   * The unexpired entry whose invocations equal {@code invocations} exactly (same argv, same
   * order); the one that lasts longest when several do. Empty when none does, and when the file
   * cannot be read or parsed (see {@link #problem()}).
   *
   * @param invocations the analysed argv of every invocation of a command
   * @param now the current time
   */
  public Optional<TrustEntry> find(List<List<String>> invocations, Instant now) {
    return entries.current().content().stream()
        .filter(e -> !e.expiredAt(now) && e.matches(invocations))
        .max((a, b) -> a.expires().compareTo(b.expires())); // not Comparator.comparing: start-up
  }

  /**
   * Why the file cannot be used, naming it and, for a parse error, the line and column; empty when
   * it can (or does not exist). While there is a problem, {@link #find} trusts nothing.
   */
  public Optional<String> problem() {
    return entries.current().problem();
  }

  /**
   * The unexpired entries, in the order they were added.
   *
   * @throws IOException naming the file when it cannot be read or parsed
   */
  public List<TrustEntry> list(Instant now) throws IOException {
    return all().stream().filter(e -> !e.expiredAt(now)).toList();
  }

  /**
   * Every entry, expired ones included, in the order they were added.
   *
   * @throws IOException naming the file when it cannot be read or parsed
   */
  public List<TrustEntry> all() throws IOException {
    CachedFile.Snapshot<List<TrustEntry>> snapshot = entries.current();
    if (snapshot.problem().isPresent()) {
      throw new IOException(snapshot.problem().get());
    }
    return snapshot.content();
  }

  /**
   * Remembers an approval from {@code now} for {@code ttl}.
   *
   * @param command the command as the human gave it (shown by {@code trust list})
   * @param invocations the analysed argv of every invocation, in order
   * @param ttl how long it lasts: more than zero, at most {@link #MAX_TTL}
   * @param note why, or empty
   * @return the stored entry, with a new id unique in the store
   * @throws IllegalArgumentException when there is no invocation, an argv is empty, or {@code ttl}
   *     is out of range
   * @throws IOException when the file cannot be locked, read, parsed or written; a corrupt file is
   *     left as it is
   */
  public TrustEntry add(
      String command, List<List<String>> invocations, Duration ttl, String note, Instant now)
      throws IOException {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(note, "note");
    List<List<String>> argvs = TrustEntry.copy(invocations);
    if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX_TTL) > 0) {
      throw new IllegalArgumentException(
          "a trust must last more than 0 and at most 365 days, not " + ttl);
    }
    return file.locked(
        () -> {
          List<TrustEntry> current = new ArrayList<>(entries.readNow());
          String id = newId(command, argvs, now, current);
          TrustEntry entry = new TrustEntry(id, command, argvs, now, now.plus(ttl), note);
          current.add(entry);
          file.replace(TrustFile.write(current));
          return entry;
        });
  }

  /**
   * Forgets the entry with {@code id}.
   *
   * @return true when it existed
   * @throws IOException when the file cannot be locked, read, parsed or written
   */
  public boolean remove(String id) throws IOException {
    return rewrite(e -> e.id().equals(id)) > 0;
  }

  /**
   * Forgets every entry expired at {@code now}.
   *
   * @return how many were removed
   * @throws IOException when the file cannot be locked, read, parsed or written
   */
  public int prune(Instant now) throws IOException {
    return rewrite(e -> e.expiredAt(now));
  }

  private int rewrite(Predicate<TrustEntry> drop) throws IOException {
    return file.locked(
        () -> {
          List<TrustEntry> current = entries.readNow();
          List<TrustEntry> kept = current.stream().filter(drop.negate()).toList();
          int removed = current.size() - kept.size();
          if (removed > 0) {
            file.replace(TrustFile.write(kept));
          }
          return removed;
        });
  }

  /**
   * Eight hex digits of the SHA-256 of the entry's content and creation time, with a counter added
   * until no existing entry has them.
   */
  private static String newId(
      String command, List<List<String>> argvs, Instant now, List<TrustEntry> existing) {
    for (int attempt = 0; ; attempt++) {
      String text = command + '\0' + argvs + '\0' + now + '\0' + attempt;
      String id = HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)), 0, 4);
      if (existing.stream().noneMatch(e -> e.id().equals(id))) {
        return id;
      }
    }
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
