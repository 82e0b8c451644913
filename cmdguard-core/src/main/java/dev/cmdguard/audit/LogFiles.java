package dev.cmdguard.audit;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The files of one log and how they are read: forwards line by line, or the last record. */
final class LogFiles {
  private static final int BLOCK = 64 * 1024;

  private LogFiles() {}

  /** {@code audit.jsonl.lock}: the file {@code FileChannel.lock} is taken on. */
  static Path lockFile(Path log) {
    return log.resolveSibling(log.getFileName() + ".lock");
  }

  /** {@code audit.jsonl.head}: the end of the chain ({@link Head}). */
  static Path headFile(Path log) {
    return log.resolveSibling(log.getFileName() + ".head");
  }

  /** {@code audit.jsonl.N}: the N-th newest rotated file. */
  static Path rotated(Path log, int n) {
    return log.resolveSibling(log.getFileName() + "." + n);
  }

  /**
   * The rotated files that exist, oldest first ({@code .5 … .1}), then the log itself if it exists:
   * the order of the chain.
   *
   * @throws IOException when the directory cannot be listed
   */
  static List<Path> chain(Path log) throws IOException {
    Map<Integer, Path> rotated = new TreeMap<>(Comparator.reverseOrder());
    Path dir = log.toAbsolutePath().getParent();
    String prefix = log.getFileName() + ".";
    if (Files.isDirectory(dir)) {
      try (DirectoryStream<Path> files =
          Files.newDirectoryStream(dir, f -> f.getFileName().toString().startsWith(prefix))) {
        for (Path f : files) {
          String suffix = f.getFileName().toString().substring(prefix.length());
          if (suffix.matches("[1-9][0-9]{0,8}")) {
            rotated.put(Integer.parseInt(suffix), log.resolveSibling(f.getFileName()));
          }
        }
      }
    }
    List<Path> files = new ArrayList<>(rotated.values());
    if (Files.exists(log)) {
      files.add(log);
    }
    return files;
  }

  /** Mode 0600 where the file system has POSIX permissions. */
  static FileAttribute<?>[] privateFile(Path file) {
    return posix(file)
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        }
        : new FileAttribute<?>[0];
  }

  /**
   * Creates the log's directory (and missing parents) with mode 0700.
   *
   * @throws IOException when it cannot be created
   */
  static void createDirectory(Path log) throws IOException {
    Path dir = log.toAbsolutePath().getParent();
    if (!Files.isDirectory(dir)) {
      FileAttribute<?>[] mode =
          posix(dir.getParent())
              ? new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))
              }
              : new FileAttribute<?>[0];
      Files.createDirectories(dir, mode);
    }
  }

  private static boolean posix(Path anyPathOnTheFileSystem) {
    return anyPathOnTheFileSystem != null
        && anyPathOnTheFileSystem.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  /** Receives the lines of a file in order. */
  interface LineVisitor {
    /**
     * @param number 1-based line number
     * @param bytes the line without its newline, valid in {@code [0, length)} until the next call
     * @param terminated false for a last line without a newline
     * @return false to stop reading
     */
    boolean line(long number, byte[] bytes, int length, boolean terminated) throws IOException;
  }

  /**
   * Reads a file line by line ({@code \n} ends a line; a final line without one is still given).
   *
   * @throws IOException when the file cannot be read
   */
  static void forEachLine(Path file, LineVisitor visitor) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BLOCK)) {
      ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
      long number = 0;
      for (int b = in.read(); b >= 0; b = in.read()) {
        if (b == '\n') {
          if (!visitor.line(++number, bytesOf(line), line.size(), true)) {
            return;
          }
          line.reset();
        } else {
          line.write(b);
        }
      }
      if (line.size() > 0) {
        visitor.line(++number, bytesOf(line), line.size(), false);
      }
    }
  }

  private static byte[] bytesOf(ByteArrayOutputStream out) {
    return out.toByteArray();
  }

  /**
   * The first line of {@code file} that is a record.
   *
   * @return empty when the file is missing or holds no record
   * @throws IOException when it cannot be read
   */
  static Optional<AuditEntry> firstRecord(Path file) throws IOException {
    List<AuditEntry> found = new ArrayList<>(1);
    try {
      forEachLine(
          file,
          (number, bytes, length, terminated) -> {
            if (AuditLine.parse(bytes, length) instanceof AuditLine.Valid v) {
              found.add(v.entry());
              return false;
            }
            return true;
          });
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    return found.stream().findFirst();
  }

  /**
   * The last line of {@code file} that is a record, reading backwards from the end; lines that are
   * not records (torn writes) are skipped.
   *
   * @return empty when the file is missing or holds no record
   * @throws IOException when it cannot be read
   */
  static Optional<AuditEntry> lastRecord(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long pos = ch.size();
      byte[] carry = new byte[0];
      while (pos > 0) {
        int n = (int) Math.min(BLOCK, pos);
        pos -= n;
        ByteBuffer block = ByteBuffer.allocate(n + carry.length);
        block.limit(n);
        while (block.hasRemaining() && ch.read(block, pos + block.position()) >= 0) {
          // fill the block
        }
        block.limit(block.capacity()).position(n);
        block.put(carry);
        byte[] bytes = block.array();
        int end = bytes.length;
        for (int i = bytes.length - 1; i >= 0; i--) {
          if (bytes[i] == '\n') {
            Optional<AuditEntry> found = record(bytes, i + 1, end);
            if (found.isPresent()) {
              return found;
            }
            end = i;
          }
        }
        carry = Arrays.copyOf(bytes, end);
      }
      return record(carry, 0, carry.length);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  private static Optional<AuditEntry> record(byte[] bytes, int from, int to) {
    if (to <= from) {
      return Optional.empty();
    }
    byte[] line = Arrays.copyOfRange(bytes, from, to);
    return AuditLine.parse(line, line.length) instanceof AuditLine.Valid v
        ? Optional.of(v.entry())
        : Optional.empty();
  }
}
