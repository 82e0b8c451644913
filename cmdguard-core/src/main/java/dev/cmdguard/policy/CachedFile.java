package dev.cmdguard.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The parsed content of a {@link LockedFile}, re-read only when the file changed: a different size,
 * modification time or file key (inode: every write is a rename, so a new file). Thread-safe; a
 * read costs one {@code stat} when nothing changed.
 *
 * <p>The attributes are read before the content, so a write between the two leaves a snapshot whose
 * attributes are older than its content, and the next call reads the file again.
 *
 * @param <T> the parsed content
 */
final class CachedFile<T> {
  /** Turns the file's bytes into content; an exception's message becomes the problem. */
  @FunctionalInterface
  interface Parser<T> {
    T parse(byte[] bytes) throws IOException;
  }

  /**
   * What the file held when last read.
   *
   * @param content the parsed content; the empty content when the file is missing or broken
   * @param problem why the file could not be used, naming it; empty when it could
   */
  record Snapshot<T>(T content, Optional<String> problem) {}

  private record Stamp(long size, FileTime modified, Object key) {}

  private record Cached<T>(Optional<Stamp> stamp, Snapshot<T> snapshot) {}

  private final LockedFile file;
  private final Parser<T> parser;
  private final T empty;
  private volatile Cached<T> cached;

  /**
   * @param empty the content of a missing or unusable file
   */
  CachedFile(LockedFile file, Parser<T> parser, T empty) {
    this.file = file;
    this.parser = parser;
    this.empty = empty;
  }

  /** The current content, reading the file again if it changed since the last call. */
  Snapshot<T> current() {
    Optional<Stamp> stamp;
    try {
      stamp = stamp();
    } catch (IOException e) {
      return new Snapshot<>(empty, Optional.of(file.path() + ": cannot be read: " + e));
    }
    Cached<T> seen = cached;
    if (seen != null && seen.stamp().equals(stamp)) {
      return seen.snapshot();
    }
    synchronized (this) {
      seen = cached;
      if (seen == null || !seen.stamp().equals(stamp)) {
        seen = new Cached<>(stamp, load());
        cached = seen;
      }
      return seen.snapshot();
    }
  }

  /**
   * Reads and parses the file now, bypassing the cache (for a read-modify-write under the lock).
   *
   * @throws IOException whose message names the file and what is wrong (with line and column for a
   *     parse error) when it cannot be read or parsed
   */
  T readNow() throws IOException {
    Optional<byte[]> bytes;
    try {
      bytes = file.read();
    } catch (IOException e) {
      throw new IOException(file.path() + ": cannot be read: " + e, e);
    }
    if (bytes.isEmpty()) {
      return empty;
    }
    try {
      return parser.parse(bytes.get());
    } catch (IOException e) {
      throw new IOException(file.path() + ": " + e.getMessage(), e);
    }
  }

  private Snapshot<T> load() {
    try {
      return new Snapshot<>(readNow(), Optional.empty());
    } catch (IOException e) {
      return new Snapshot<>(empty, Optional.of(Objects.toString(e.getMessage(), e.toString())));
    }
  }

  private Optional<Stamp> stamp() throws IOException {
    try {
      BasicFileAttributes a = Files.readAttributes(file.path(), BasicFileAttributes.class);
      return Optional.of(new Stamp(a.size(), a.lastModifiedTime(), a.fileKey()));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }
}
