package dev.cmdguard.audit;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The tamper-evident audit log (SPEC section 7, issue 5): JSON Lines, one record per line, each
 * naming the SHA-256 of the one before ({@code prev}) and its place ({@code seq}), in one chain
 * across rotated files. Format, guarantees and failure behaviour: {@code docs/audit.md}.
 *
 * <p>Thread-safe. Threads share one appender; processes (and several {@code AuditLog}s on one path
 * in this process) take an exclusive {@link FileChannel#lock} on {@code audit.jsonl.lock} per
 * append. Under the lock an append: finds the end of the chain (cached, re-checked by the file's
 * identity and size, since another process may have appended); terminates a torn last line (a
 * writer killed mid-write) with {@code \n} and chains from the last complete record; rotates when
 * the file would exceed {@link AuditSettings#maxBytes()}; writes the record and its newline with
 * one {@code write}; then rewrites the head file ({@link Head}). A record is therefore one complete
 * line or a torn line that verification skips, never two records interleaved.
 */
public final class AuditLog implements Closeable {
  /** How many rotated files are kept: {@code audit.jsonl.1} (newest) … {@code .5} (oldest). */
  public static final int KEEP = 5;

  /** One lock per lock file in this JVM: {@code FileLock}s of one JVM do not exclude each other. */
  private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

  private final AuditSettings settings;
  private final Masking masking;
  private final Path log;
  private final Path lockPath;
  private final Path headPath;
  private final ReentrantLock lock;
  private FileChannel lockChannel;
  private Object lockKey;
  private FileChannel logChannel;
  private Object logKey;
  private Tip tip;
  private boolean closed;

  /** What the last append left: the log file's identity and size, and the head it wrote. */
  private record Tip(Object fileKey, long size, Head head) {}

  private AuditLog(AuditSettings settings, Masking masking) {
    this.settings = settings;
    this.masking = masking;
    this.log = settings.path().toAbsolutePath().normalize();
    this.lockPath = LogFiles.lockFile(log);
    this.headPath = LogFiles.headFile(log);
    this.lock = LOCKS.computeIfAbsent(lockPath, p -> new ReentrantLock());
  }

  /**
   * Opens the log for appending; creates its directory (mode 0700) and lock file (0600) when
   * missing. The log file itself is created (0600) by the first append.
   *
   * @throws IOException when the directory or the lock file cannot be created
   * @throws IllegalArgumentException when an extra mask pattern is not a regular expression
   */
  public static AuditLog open(AuditSettings settings) throws IOException {
    AuditLog audit = new AuditLog(settings, Masking.withExtra(settings.extraMasks()));
    LogFiles.createDirectory(audit.log);
    audit.lock.lock();
    try {
      audit.openLock();
      try (FileLock held = audit.fileLock()) {
        audit.startHead();
      }
    } finally {
      audit.lock.unlock();
    }
    return audit;
  }

  /** The log file this appends to. */
  public Path path() {
    return log;
  }

  /**
   * Masks the record's secrets and appends it as the next link of the chain.
   *
   * @throws IOException when the record cannot be written; it may then be absent, or present as a
   *     torn line that the next append terminates and verification skips
   * @throws IllegalStateException when the log is closed
   */
  public void append(AuditRecord record) throws IOException {
    AuditRecord masked = masking.record(Objects.requireNonNull(record, "record"));
    lock.lock();
    try {
      if (closed) {
        throw new IllegalStateException("the audit log " + log + " is closed");
      }
      try (FileLock held = fileLock()) {
        appendLocked(masked);
      } catch (IOException | RuntimeException e) {
        tip = null;
        try {
          closeLog();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      }
    } finally {
      lock.unlock();
    }
  }

  /** Releases the lock file. Appending afterwards throws. */
  @Override
  public void close() throws IOException {
    lock.lock();
    try {
      if (!closed) {
        closed = true;
        closeLog();
        lockChannel.close();
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Writes the empty head when the log has no file yet, so that a writer killed between the first
   * record and the first head is not later taken for a deleted head.
   */
  private void startHead() throws IOException {
    if (!Files.exists(headPath) && LogFiles.chain(log).isEmpty()) {
      Head.EMPTY.write(headPath, settings.fsync());
    }
  }

  private void openLock() throws IOException {
    lockChannel =
        FileChannel.open(
            lockPath,
            Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
            LogFiles.privateFile(lockPath));
    lockKey = fileKey(lockPath);
  }

  /** The file lock, on the lock file that is there now (it may have been deleted and recreated). */
  private FileLock fileLock() throws IOException {
    while (true) {
      FileLock held = lockChannel.lock();
      Object now = fileKey(lockPath);
      if (lockKey == null || lockKey.equals(now)) {
        return held;
      }
      held.release();
      lockChannel.close();
      openLock();
    }
  }

  private void appendLocked(AuditRecord record) throws IOException {
    BasicFileAttributes attrs = attributes(log);
    Head head;
    if (tip != null && attrs != null && sameFile(attrs) && attrs.size() == tip.size()) {
      head = tip.head();
    } else {
      head = chainEnd(attrs != null && attrs.size() > 0);
      attrs = attributes(log);
    }
    long seq = head.seq() + 1;
    byte[] line = AuditRecordJson.line(record, seq, head.hash());
    long size = attrs == null ? 0 : attrs.size();
    if (size > 0 && size + line.length + 1 > settings.maxBytes()) {
      head = rotate(head);
      attrs = null;
      size = 0;
    }
    FileChannel ch = logChannel(attrs);
    write(ch, line);
    Head next = head.advance(seq, Sha256.hex(line));
    next.write(headPath, settings.fsync());
    tip = new Tip(logKey, size + line.length + 1, next);
  }

  private boolean sameFile(BasicFileAttributes attrs) {
    return Objects.equals(attrs.fileKey(), tip.fileKey());
  }

  /**
   * Where the chain ends, found from the files: the log's last record (or, when it has none, the
   * newest rotated file's), compared with the head. The later of the two wins; on a tie the head's
   * hash wins, so that an edit of the last record stays visible to {@code verify}.
   */
  private Head chainEnd(boolean logHasBytes) throws IOException {
    if (logHasBytes) {
      terminateTornLine();
    }
    Optional<AuditEntry> last = LogFiles.lastRecord(log);
    List<Path> files = LogFiles.chain(log);
    for (int i = files.size() - 1; i >= 0 && last.isEmpty(); i--) {
      last = LogFiles.lastRecord(files.get(i));
    }
    Optional<Head> stored = Head.read(headPath);
    if (stored.isPresent()) {
      Head h = stored.get();
      return last.isPresent() && last.get().seq() > h.seq()
          ? h.advance(last.get().seq(), last.get().hash())
          : h;
    }
    if (last.isEmpty()) {
      return Head.EMPTY;
    }
    Optional<AuditEntry> first =
        files.isEmpty() ? Optional.empty() : LogFiles.firstRecord(files.get(0));
    long baseSeq = first.map(e -> e.seq() - 1).orElse(0L);
    String baseHash = first.map(AuditEntry::prev).orElse(Sha256.ZERO);
    AuditEntry end = last.get();
    return new Head(end.seq(), end.hash(), baseSeq, baseHash, end.seq() + 1);
  }

  /**
   * Ends a torn last line (no newline: its writer died mid-write) so the next record starts clean.
   */
  private void terminateTornLine() throws IOException {
    try (FileChannel ch =
        FileChannel.open(log, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long size = ch.size();
      ByteBuffer last = ByteBuffer.allocate(1);
      if (size == 0 || ch.read(last, size - 1) != 1 || last.get(0) == '\n') {
        return;
      }
      ByteBuffer newline = ByteBuffer.wrap(new byte[] {'\n'});
      while (newline.hasRemaining()) {
        ch.write(newline, size);
      }
      if (settings.fsync()) {
        ch.force(false);
      }
    }
  }

  /**
   * Shifts {@code .4→.5 … .1→.2}, the log to {@code .1}, deleting the oldest; the head's base moves
   * to the deleted file's last record, and is written before the file goes.
   */
  private Head rotate(Head head) throws IOException {
    Head next = head;
    Path oldest = LogFiles.rotated(log, KEEP);
    if (Files.exists(oldest)) {
      Optional<AuditEntry> last = LogFiles.lastRecord(oldest);
      if (last.isPresent()) {
        next =
            new Head(head.seq(), head.hash(), last.get().seq(), last.get().hash(), head.lostAt());
        next.write(headPath, settings.fsync());
      }
      Files.delete(oldest);
    }
    for (int n = KEEP - 1; n >= 1; n--) {
      Path from = LogFiles.rotated(log, n);
      if (Files.exists(from)) {
        Files.move(from, LogFiles.rotated(log, n + 1), StandardCopyOption.ATOMIC_MOVE);
      }
    }
    Files.move(log, LogFiles.rotated(log, 1), StandardCopyOption.ATOMIC_MOVE);
    closeLog();
    return next;
  }

  /**
   * The channel to append to: the one kept open while the log is the same file ({@code attrs} names
   * it), else a new one on the file now at the path, created (0600) when missing.
   */
  private FileChannel logChannel(BasicFileAttributes attrs) throws IOException {
    if (logChannel != null && attrs != null && Objects.equals(attrs.fileKey(), logKey)) {
      return logChannel;
    }
    closeLog();
    logChannel =
        FileChannel.open(
            log,
            Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND),
            LogFiles.privateFile(log));
    logKey = attrs != null ? attrs.fileKey() : fileKey(log);
    if (attrs == null && settings.fsync()) {
      forceDirectory();
    }
    return logChannel;
  }

  private void closeLog() throws IOException {
    if (logChannel != null) {
      FileChannel ch = logChannel;
      logChannel = null;
      logKey = null;
      ch.close();
    }
  }

  /** Appends the line and its newline with one write. */
  private void write(FileChannel ch, byte[] line) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(line.length + 1).put(line).put((byte) '\n').flip();
    while (buf.hasRemaining()) {
      ch.write(buf);
    }
    if (settings.fsync()) {
      ch.force(false);
    }
  }

  /**
   * Makes a new file's directory entry durable (Linux; a no-op where directories cannot be opened).
   */
  private void forceDirectory() {
    try (FileChannel dir = FileChannel.open(log.getParent(), StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException e) {
      // not supported on this platform: the file's data is durable, its name may not be
    }
  }

  private static BasicFileAttributes attributes(Path file) throws IOException {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static Object fileKey(Path file) throws IOException {
    BasicFileAttributes attrs = attributes(file);
    return attrs == null ? null : attrs.fileKey();
  }
}
