package dev.cmdguard.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The service on a Unix domain socket, driven by HTTP/1.1 written by hand. */
@Timeout(120)
class UnixSocketTest {
  @TempDir Path dir;

  private GuardServer start(Path socket) throws IOException {
    return GuardServer.start(ServeOptions.of(Optional.empty(), Optional.of(socket)), Backends.of());
  }

  @Test
  void answersOverTheSocketWhichOnlyItsOwnerMayUse() throws IOException {
    Path socket = dir.resolve("cmdguard.sock");
    try (GuardServer server = start(socket)) {
      assertThat(server.tcpAddress()).isEmpty();
      assertThat(Files.getPosixFilePermissions(socket))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
      String reply =
          Http.raw(
              socket,
              Http.rawPost("localhost", "/v1/evaluate", "{\"script\":\"rm -rf ~\",\"cwd\":\"/\"}"));
      assertThat(reply)
          .startsWith("HTTP/1.1 200 OK\r\n")
          .contains("\r\nContent-Type: application/json\r\n")
          .contains("{\"decision\":\"deny\",\"risk\":\"critical\"");
      assertThat(Http.raw(socket, Http.rawGet("localhost", "/healthz")))
          .endsWith("\r\n\r\n{\"status\":\"ok\"}");
    }
    assertThat(socket).doesNotExist();
  }

  @Test
  void theHostHeaderIsNotCheckedOnTheSocket() throws IOException {
    Path socket = dir.resolve("s");
    try (GuardServer server = start(socket)) {
      assertThat(Http.raw(socket, Http.rawGet("anything.example", "/healthz")))
          .startsWith("HTTP/1.1 200 ");
    }
  }

  @Test
  void aStaleSocketFileIsReplaced() throws IOException {
    Path socket = dir.resolve("stale.sock");
    try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      dead.bind(UnixDomainSocketAddress.of(socket));
    }
    assertThat(socket).exists();
    try (GuardServer server = start(socket)) {
      assertThat(Http.raw(socket, Http.rawGet("localhost", "/healthz"))).startsWith("HTTP/1.1 200");
    }
  }

  @Test
  void aLiveServiceOnThePathIsLeftAlone() throws IOException {
    Path socket = dir.resolve("live.sock");
    try (GuardServer first = start(socket)) {
      assertThatThrownBy(() -> start(socket))
          .isInstanceOf(IOException.class)
          .hasMessage("another process is serving on " + socket);
      assertThat(Http.raw(socket, Http.rawGet("localhost", "/healthz"))).startsWith("HTTP/1.1 200");
    }
  }

  @Test
  void aFileThatIsNotASocketIsNeverRemoved() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "keep me");
    assertThatThrownBy(() -> start(file))
        .isInstanceOf(IOException.class)
        .hasMessage(file + " exists and is not a socket; remove it or choose another path");
    assertThat(file).hasContent("keep me");

    Path link = Files.createSymbolicLink(dir.resolve("link.sock"), file);
    assertThatThrownBy(() -> start(link)).hasMessageContaining("is not a socket");
    assertThat(file).hasContent("keep me");
  }

  @Test
  void aMissingDirectoryOrATooLongPathIsAClearError() {
    Path missing = dir.resolve("no/such/dir/s.sock");
    assertThatThrownBy(() -> start(missing))
        .isInstanceOf(IOException.class)
        .hasMessage("socket directory " + missing.getParent() + " does not exist");
    Path longPath = dir.resolve("x".repeat(120) + ".sock");
    assertThatThrownBy(() -> start(longPath))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is longer than 107 bytes");
  }
}
