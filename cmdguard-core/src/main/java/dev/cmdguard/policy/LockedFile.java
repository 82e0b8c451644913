package dev.cmdguard.policy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One of cmdguard's own state files (trust store, trusted policies, audit log), changed by several
 * threads and processes without losing a write and without ever leaving a half-written file.
 *
 * <p>{@link #locked} holds an exclusive lock for a whole read-modify-write: a {@link ReentrantLock}
 * per file inside this JVM (the OS lock is per process, and a second {@code FileChannel.lock} from
 * the same JVM throws {@code OverlappingFileLockException}), keyed by the directory's real path so
 * that two spellings of one file share it, then {@code FileChannel.lock} on the sibling {@code
 * NAME.lock} file for other processes. The lock file is never deleted (deleting it would let two
 * processes lock two different files), and nothing else may open it: with POSIX locks, closing any
 * descriptor of a file releases every lock the process holds on it, which is also why the channel
 * is opened only once the JVM lock is held. {@link #replace} writes a temporary file in the same
 * directory, forces it to disk, and renames it over the file with {@code ATOMIC_MOVE} ({@code
 * rename(2)}), so readers see the old content or the new, never a mix, and need no lock.
 *
 * <p>Files are created with mode 0600 and a missing directory with 0700: approvals and the audit
 * log are the user's alone.
 */
public final class LockedFile {
  /** Files larger than this are not read (a trust store holds kilobytes): 16 MiB. */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  private static final ConcurrentHashMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();
  private static final Set<PosixFilePermission> FILE_MODE =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> DIRECTORY_MODE =
      PosixFilePermissions.fromString("rwx------");

  private final Path file;
  private final Path lockFile;

  private LockedFile(Path file) {
    this.file = file;
    this.lockFile = file.resolveSibling(file.getFileName() + ".lock");
  }

  /**
   * The locked file at {@code file}.
   *
   * @param file an absolute path with a parent directory (it need not exist yet)
   * @throws IllegalArgumentException when {@code file} is relative or has no parent
   */
  public static LockedFile at(Path file) {
    if (!file.isAbsolute() || file.getParent() == null || file.getFileName() == null) {
      throw new IllegalArgumentException("a state file needs an absolute path: " + file);
    }
    return new LockedFile(file.normalize());
  }

  /** The file. */
  public Path path() {
    return file;
  }

  /** An action run while the lock is held. */
  @FunctionalInterface
  public interface Action<T> {
    /** Runs with the lock held; may call {@link #read} and {@link #replace}. */
    T run() throws IOException;
  }

  /**
   * Runs {@code action} holding the exclusive lock of this file in this JVM and across processes;
   * blocks until the lock is free. Creates the directory (0700) and the lock file (0600) when
   * missing. Re-entrant within one thread.
   *
   * @return what {@code action} returns
   * @throws IOException when the directory or lock file cannot be created or locked, or as thrown
   *     by {@code action}
   */
  public <T> T locked(Action<T> action) throws IOException {
    createDirectory();
    Path key = lockFile.getParent().toRealPath().resolve(lockFile.getFileName());
    ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(key, p -> new ReentrantLock());
    jvmLock.lock();
    try {
      if (jvmLock.getHoldCount() > 1) {
        return action.run();
      }
      try (FileChannel channel =
              FileChannel.open(
                  lockFile,
                  Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                  fileMode());
          FileLock lock = channel.lock()) {
        return action.run();
      }
    } finally {
      jvmLock.unlock();
    }
  }

  /**
   * The file's bytes, or empty when it does not exist. Safe without the lock (writes are atomic
   * renames), but a read-modify-write must hold it.
   *
   * @throws IOException when the file cannot be read or is larger than {@link #MAX_BYTES}
   */
  public Optional<byte[]> read() throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size > MAX_BYTES) {
        throw new IOException(file + ": larger than " + MAX_BYTES + " bytes (" + size + ")");
      }
      ByteBuffer buffer = ByteBuffer.allocate((int) size);
      while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
        // read until full or end of file
      }
      byte[] bytes = new byte[buffer.position()];
      buffer.flip().get(bytes);
      return Optional.of(bytes);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /**
   * Replaces the file's content atomically: a temporary file (0600) in the same directory, forced
   * to disk, renamed over the file, and the directory forced so the rename survives a crash. Should
   * be called inside {@link #locked}; readers never see a partial file either way.
   *
   * @throws IOException when any step fails; the file is then unchanged and the temporary file
   *     removed
   */
  public void replace(byte[] content) throws IOException {
    createDirectory();
    Path dir = file.getParent();
    Path temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp", fileMode());
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      if (e instanceof AtomicMoveNotSupportedException) {
        throw new IOException(file + ": the file system cannot rename atomically", e);
      }
      throw e;
    }
    forceDirectory(dir);
  }

  private void createDirectory() throws IOException {
    Path dir = file.getParent();
    if (Files.isDirectory(dir)) {
      return;
    }
    try {
      if (posix()) {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIRECTORY_MODE));
        Files.setPosixFilePermissions(dir, DIRECTORY_MODE);
      } else {
        Files.createDirectories(dir);
      }
    } catch (FileAlreadyExistsException e) {
      if (!Files.isDirectory(dir)) {
        throw e;
      }
    }
  }

  /** On Linux a directory can be opened and forced; elsewhere this may fail, which is harmless. */
  private static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // the rename itself succeeded; only its durability across a power loss is not ensured
    }
  }

  private FileAttribute<?>[] fileMode() {
    return posix()
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE_MODE)}
        : new FileAttribute<?>[0];
  }

  private boolean posix() {
    return file.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
