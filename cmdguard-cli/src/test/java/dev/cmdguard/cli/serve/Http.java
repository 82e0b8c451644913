package dev.cmdguard.cli.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Clients for the service tests: the JDK's HTTP client over TCP, raw HTTP/1.1 for sockets. */
final class Http {
  static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private Http() {}

  /** {@code http://127.0.0.1:PORT/path}. */
  static URI uri(GuardServer server, String path) {
    InetSocketAddress a = server.tcpAddress().orElseThrow();
    return URI.create("http://" + a.getHostString() + ":" + a.getPort() + path);
  }

  /** POSTs a JSON body and returns the response. */
  static HttpResponse<String> post(GuardServer server, String path, String json) {
    HttpRequest request =
        HttpRequest.newBuilder(uri(server, path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return send(request);
  }

  /** GETs a path. */
  static HttpResponse<String> get(GuardServer server, String path) {
    return send(HttpRequest.newBuilder(uri(server, path)).GET().build());
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One request written by hand over a Unix domain socket; the whole response as text. */
  static String raw(Path socket, String request) throws IOException {
    return raw(UnixDomainSocketAddress.of(socket), StandardProtocolFamily.UNIX, request);
  }

  /** One request written by hand over TCP; the whole response as text. */
  static String raw(InetSocketAddress address, String request) throws IOException {
    return raw(address, StandardProtocolFamily.INET, request);
  }

  /** One request over TCP after which the client sends nothing more (a body cut short). */
  static String rawHalfClosed(InetSocketAddress address, String request) throws IOException {
    return raw(address, StandardProtocolFamily.INET, request, true);
  }

  private static String raw(SocketAddress to, StandardProtocolFamily family, String request)
      throws IOException {
    return raw(to, family, request, false);
  }

  private static String raw(
      SocketAddress to, StandardProtocolFamily family, String request, boolean halfClose)
      throws IOException {
    try (SocketChannel channel = SocketChannel.open(family)) {
      channel.connect(to);
      ByteBuffer out = ByteBuffer.wrap(request.getBytes(StandardCharsets.UTF_8));
      while (out.hasRemaining()) {
        channel.write(out);
      }
      if (halfClose) {
        channel.shutdownOutput();
      }
      ByteArrayOutputStream in = new ByteArrayOutputStream();
      ByteBuffer buffer = ByteBuffer.allocate(8192);
      while (channel.read(buffer) >= 0) {
        in.write(buffer.array(), 0, buffer.position());
        buffer.clear();
      }
      return in.toString(StandardCharsets.UTF_8);
    }
  }

  /** A complete HTTP/1.1 POST of a JSON body that asks the server to close the connection. */
  static String rawPost(String host, String path, String json) {
    int length = json.getBytes(StandardCharsets.UTF_8).length;
    return "POST "
        + path
        + " HTTP/1.1\r\nHost: "
        + host
        + "\r\nContent-Type: application/json\r\nContent-Length: "
        + length
        + "\r\nConnection: close\r\n\r\n"
        + json;
  }

  /** A complete HTTP/1.1 GET that asks the server to close the connection. */
  static String rawGet(String host, String path) {
    return "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
  }
}
