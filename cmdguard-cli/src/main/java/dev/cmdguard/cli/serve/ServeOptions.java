package dev.cmdguard.cli.serve;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where {@link GuardServer} listens and its limits.
 *
 * @param tcp the TCP address to bind (port 0 for any free port), if any
 * @param socket the Unix domain socket file to create, if any
 * @param allowRemote true to allow a TCP address that is not loopback (and to answer any {@code
 *     Host}); the service has no authentication, so this exposes it to the network
 * @param maxBodyBytes the largest request body, in bytes; larger ones get 413
 * @param maxThreads the most worker threads (requests answered at once, plus Jetty's acceptor and
 *     selector threads)
 * @param idleTimeout how long a connection may stay silent, also while sending a body
 * @param stopTimeout how long a stop waits for requests in flight before it closes them
 */
public record ServeOptions(
    Optional<InetSocketAddress> tcp,
    Optional<Path> socket,
    boolean allowRemote,
    int maxBodyBytes,
    int maxThreads,
    Duration idleTimeout,
    Duration stopTimeout) {

  /** 1 MiB: the SPEC's script size limit, plus room for the other fields. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

  /** Worker threads by default: the evaluations are CPU-bound, so more would only queue. */
  public static final int DEFAULT_MAX_THREADS = 32;

  /**
   * @throws IllegalArgumentException when there is nothing to listen on, a TCP address is not
   *     loopback and {@code allowRemote} is false, or a limit is not positive
   */
  public ServeOptions {
    Objects.requireNonNull(tcp, "tcp");
    Objects.requireNonNull(socket, "socket");
    if (tcp.isEmpty() && socket.isEmpty()) {
      throw new IllegalArgumentException("nothing to listen on: give a TCP address or a socket");
    }
    if (tcp.isPresent() && !allowRemote && !loopback(tcp.get())) {
      throw new IllegalArgumentException(tcp.get().getHostString() + " is not a loopback address");
    }
    if (maxBodyBytes < 1 || maxThreads < 8) {
      throw new IllegalArgumentException(
          "maxBodyBytes must be at least 1 and maxThreads at least 8: "
              + maxBodyBytes
              + ", "
              + maxThreads);
    }
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    Objects.requireNonNull(stopTimeout, "stopTimeout");
  }

  /** Loopback only, with the default limits, a 30 s idle timeout and a 10 s stop timeout. */
  public static ServeOptions of(Optional<InetSocketAddress> tcp, Optional<Path> socket) {
    return of(tcp, socket, false);
  }

  /**
   * The default limits, a 30 s idle timeout and a 10 s stop timeout.
   *
   * @param allowRemote true to allow a TCP address that is not loopback
   */
  public static ServeOptions of(
      Optional<InetSocketAddress> tcp, Optional<Path> socket, boolean allowRemote) {
    return new ServeOptions(
        tcp,
        socket,
        allowRemote,
        DEFAULT_MAX_BODY_BYTES,
        DEFAULT_MAX_THREADS,
        Duration.ofSeconds(30),
        Duration.ofSeconds(10));
  }

  /** These options with another body limit. */
  public ServeOptions maxBody(int bytes) {
    return new ServeOptions(tcp, socket, allowRemote, bytes, maxThreads, idleTimeout, stopTimeout);
  }

  /** True when {@code address} is resolved and on the loopback interface. */
  public static boolean loopback(InetSocketAddress address) {
    return !address.isUnresolved() && address.getAddress().isLoopbackAddress();
  }
}
