package dev.cmdguard.cli.serve;

import java.io.IOException;
import java.net.ConnectException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The Unix domain socket file of the service: made ready before the bind, restricted to its owner
 * after it. A socket file left by a service that died is removed; anything else at the path (a live
 * service, a regular file, a directory, a symbolic link) is never touched.
 */
final class SocketFile {
  /** The longest path {@code sun_path} holds on Linux (108 bytes with the final NUL). */
  static final int MAX_PATH_BYTES = 107;

  private SocketFile() {}

  /**
   * Makes {@code path} free for a bind: removes a stale socket file.
   *
   * @throws IOException naming the path and the reason when it cannot be used
   */
  static void prepare(Path path) throws IOException {
    if (path.toString().getBytes(StandardCharsets.UTF_8).length > MAX_PATH_BYTES) {
      throw new IOException(
          "socket path "
              + path
              + " is longer than "
              + MAX_PATH_BYTES
              + " bytes; use a shorter one");
    }
    Path parent = path.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new IOException("socket directory " + parent + " does not exist");
    }
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return;
    }
    if (!attributes.isOther()) {
      throw new IOException(path + " exists and is not a socket; remove it or choose another path");
    }
    if (live(path)) {
      throw new IOException("another process is serving on " + path);
    }
    Files.delete(path);
  }

  /** True when a process accepts connections on the socket file. */
  private static boolean live(Path path) throws IOException {
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.connect(UnixDomainSocketAddress.of(path));
      return true;
    } catch (ConnectException e) {
      return false;
    }
  }

  /**
   * Restricts the bound socket to its owner (mode 0600): on Linux, connecting needs write
   * permission on the file.
   *
   * @throws IOException when the mode cannot be set
   */
  static void restrict(Path path) throws IOException {
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
  }
}
