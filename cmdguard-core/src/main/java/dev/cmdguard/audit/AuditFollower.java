package dev.cmdguard.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Follows a log as it grows ({@code audit tail -f}): each {@link #poll} returns the records
 * completed since the last one. Follows rotation: when the log was renamed to {@code
 * audit.jsonl.1}, the rest of the old file is read there (found by its file key), then the new log
 * from its start. Only complete lines are returned; a line still without its newline waits for the
 * next poll. Not thread-safe; one follower per reader.
 */
public final class AuditFollower {
  private final Path log;
  private Object fileKey;
  private long offset;

  private AuditFollower(Path log, Object fileKey, long offset) {
    this.log = log;
    this.fileKey = fileKey;
    this.offset = offset;
  }

  /**
   * A follower that starts at the log's current end (or at the start of a log not yet created).
   *
   * @throws IOException when the log exists but cannot be read
   */
  public static AuditFollower atEnd(Path log) throws IOException {
    BasicFileAttributes attrs = attributes(log);
    return attrs == null
        ? new AuditFollower(log, null, 0)
        : new AuditFollower(log, attrs.fileKey(), attrs.size());
  }

  /**
   * The records written since the last poll, oldest first.
   *
   * @throws IOException when a file cannot be read
   */
  public List<AuditEntry> poll() throws IOException {
    List<AuditEntry> out = new ArrayList<>();
    BasicFileAttributes attrs = attributes(log);
    boolean replaced = attrs == null || fileKey != null && !fileKey.equals(attrs.fileKey());
    if (replaced && fileKey != null) {
      drainRotated(out);
      offset = 0;
    }
    if (attrs == null) {
      fileKey = null;
      return out;
    }
    if (attrs.size() < offset) {
      offset = 0;
    }
    fileKey = attrs.fileKey();
    offset = read(log, offset, out);
    return out;
  }

  /**
   * Reads the rest of the file this follower was in, now renamed to a rotated name, and every file
   * rotated after it; the caller then reads the new log from its start.
   */
  private void drainRotated(List<AuditEntry> out) throws IOException {
    List<Path> files = LogFiles.chain(log);
    boolean found = false;
    for (Path file : files) {
      if (file.equals(log)) {
        continue;
      }
      if (found) {
        read(file, 0, out);
      } else {
        BasicFileAttributes a = attributes(file);
        if (a != null && Objects.equals(a.fileKey(), fileKey)) {
          read(file, offset, out);
          found = true;
        }
      }
    }
  }

  /** Adds the complete lines from {@code from}; returns the offset after the last of them. */
  private static long read(Path file, long from, List<AuditEntry> out) throws IOException {
    byte[] bytes;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size <= from) {
        return from;
      }
      ByteBuffer buf = ByteBuffer.allocate(Math.toIntExact(size - from));
      while (buf.hasRemaining() && ch.read(buf, from + buf.position()) >= 0) {
        // fill
      }
      bytes = Arrays.copyOf(buf.array(), buf.position());
    } catch (NoSuchFileException e) {
      return from;
    }
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        byte[] line = Arrays.copyOfRange(bytes, start, i);
        AuditEntry.parse(line).ifPresent(out::add);
        start = i + 1;
      }
    }
    return from + start;
  }

  private static BasicFileAttributes attributes(Path file) throws IOException {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return null;
    }
  }
}
