package dev.cmdguard.cli.install;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * A planned change of one settings file: its text before and after. {@link #apply} writes it the
 * careful way: the old file is copied to a timestamped backup first, the new text goes to a
 * temporary file in the same directory (with the old file's permissions) and is renamed over the
 * old one atomically, so an agent never reads a half-written file; a symbolic link (dotfiles kept
 * in a repository) is followed and kept. A file changed by someone else since it was read is not
 * overwritten.
 *
 * @param file the settings file as read
 * @param after the text to write
 */
public record SettingsEdit(SettingsFile file, String after) {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /** True when writing would change the file (a missing file is created even for equal text). */
  public boolean changes() {
    return !file.exists() || !file.text().equals(after);
  }

  /** The change as a unified diff ({@code --- PATH}, {@code +++ PATH}); empty when none. */
  public String diff() {
    String name = file.path().toString();
    String before = file.exists() ? name : "/dev/null";
    return UnifiedDiff.of(file.text(), after, before, name);
  }

  /**
   * Writes the new text, after a backup of the old file ({@code NAME.cmdguard-YYYYMMDDTHHMMSSZ.bak}
   * beside it; none for a new file), creating missing directories.
   *
   * @param now the time for the backup's name
   * @return the backup, when there was an old file
   * @throws SettingsException when the file changed since it was read (nothing is written)
   * @throws IOException when a file cannot be read or written; the old file is then unchanged
   */
  public Optional<Path> apply(Instant now) throws SettingsException, IOException {
    Path target = realTarget(file.path());
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    byte[] current = Files.exists(target) ? Files.readAllBytes(target) : null;
    byte[] read = file.exists() ? file.text().getBytes(StandardCharsets.UTF_8) : null;
    if (!Arrays.equals(current, read)) {
      throw new SettingsException(
          file.path() + " changed while cmdguard was editing it; nothing was written, try again");
    }
    Optional<Path> backup = Optional.empty();
    if (current != null) {
      backup = Optional.of(backup(target, now));
    }
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".cmdguard-tmp");
    try {
      copyPermissions(target, temp);
      try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        out.write(java.nio.ByteBuffer.wrap(after.getBytes(StandardCharsets.UTF_8)));
        out.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
    return backup;
  }

  /**
   * Deletes the file, after a backup; for a file that only ever held cmdguard's hook.
   *
   * @return the backup
   * @throws SettingsException when the file changed since it was read
   * @throws IOException when it cannot be copied or deleted
   */
  public Path delete(Instant now) throws SettingsException, IOException {
    Path target = realTarget(file.path());
    byte[] current = Files.readAllBytes(target);
    if (!Arrays.equals(current, file.text().getBytes(StandardCharsets.UTF_8))) {
      throw new SettingsException(
          file.path() + " changed while cmdguard was editing it; nothing was written, try again");
    }
    Path backup = backup(target, now);
    Files.delete(file.path());
    return backup;
  }

  private static Path backup(Path target, Instant now) throws IOException {
    String base = target.getFileName() + ".cmdguard-" + STAMP.format(now);
    Path dir = target.toAbsolutePath().getParent();
    for (int n = 0; ; n++) {
      Path backup = dir.resolve(n == 0 ? base + ".bak" : base + "-" + n + ".bak");
      try {
        Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
        return backup;
      } catch (FileAlreadyExistsException e) {
        // Two edits in one second: number the next backup.
      }
    }
  }

  /** The file a symbolic link (or a chain of them) points to; the path itself otherwise. */
  private static Path realTarget(Path path) throws IOException {
    Path current = path;
    for (int hops = 0; Files.isSymbolicLink(current); hops++) {
      if (hops > 40) {
        throw new IOException(path + ": too many levels of symbolic links");
      }
      Path link = Files.readSymbolicLink(current);
      current = current.toAbsolutePath().getParent().resolve(link).normalize();
    }
    return current;
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(from);
      view.setPermissions(permissions);
    } else {
      view.setPermissions(
          Set.of(
              PosixFilePermission.OWNER_READ,
              PosixFilePermission.OWNER_WRITE,
              PosixFilePermission.GROUP_READ,
              PosixFilePermission.OTHERS_READ));
    }
  }
}
