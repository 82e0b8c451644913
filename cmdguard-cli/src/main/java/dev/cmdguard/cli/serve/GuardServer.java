package dev.cmdguard.cli.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.unixdomain.server.UnixDomainServerConnector;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The resident service of {@code cmdguard serve} (issue 7, SPEC section 9): HTTP/1.1 and JSON on a
 * loopback TCP port and/or a Unix domain socket, answering the {@link Endpoints}.
 *
 * <p>The server is Jetty 12 (core API, no servlets): the JDK's {@code com.sun.net.httpserver}
 * cannot listen on a Unix domain socket, and Jetty's pure-Java {@code UnixDomainServerConnector}
 * serves both kinds of listener from one handler, with a bounded worker pool, connection limits,
 * idle timeouts and graceful shutdown that we would otherwise write and maintain ourselves.
 *
 * <p>Limits: at most {@link ServeOptions#maxThreads} workers with a bounded queue of waiting
 * requests, at most {@link #MAX_CONNECTIONS} open connections, bodies up to {@link
 * ServeOptions#maxBodyBytes}. {@link #close} is graceful: the listeners stop accepting, requests in
 * flight finish (up to {@link ServeOptions#stopTimeout}), and the socket file is removed.
 */
public final class GuardServer implements AutoCloseable {
  /** Open connections at most; more wait in the kernel's accept queue. */
  public static final int MAX_CONNECTIONS = 512;

  private static final int MAX_QUEUED_REQUESTS = 1024;

  /** While stopping, a kept-alive connection with no request is closed after this long idle. */
  private static final long SHUTDOWN_IDLE_MILLIS = 100;

  private final Server server;
  private final Optional<ServerConnector> tcp;
  private final Optional<Path> socket;

  private GuardServer(Server server, Optional<ServerConnector> tcp, Optional<Path> socket) {
    this.server = server;
    this.tcp = tcp;
    this.socket = socket;
  }

  /**
   * Starts listening and answering.
   *
   * @return the running server; {@link #close} it
   * @throws IOException when a listener cannot be opened (port in use, socket path taken or too
   *     long, directory missing), with the reason
   */
  public static GuardServer start(ServeOptions options, Backend backend) throws IOException {
    quietJettyLogging();
    QueuedThreadPool pool =
        new QueuedThreadPool(
            options.maxThreads(), 4, 60_000, new BlockingArrayQueue<>(64, 64, MAX_QUEUED_REQUESTS));
    pool.setName("cmdguard-serve");
    Server server = new Server(pool);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    HttpConnectionFactory factory = new HttpConnectionFactory(http);
    List<Connector> connectors = new ArrayList<>();
    Set<Connector> loopbackOnly = new HashSet<>();
    Optional<ServerConnector> tcp = options.tcp().map(a -> tcp(server, factory, a, options));
    tcp.ifPresent(connectors::add);
    if (tcp.isPresent() && !options.allowRemote()) {
      loopbackOnly.add(tcp.get());
    }
    if (options.socket().isPresent()) {
      SocketFile.prepare(options.socket().get());
      connectors.add(unix(server, factory, options.socket().get(), options));
    }
    server.setConnectors(connectors.toArray(Connector[]::new));
    server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, server));
    Endpoints endpoints =
        new Endpoints(backend, new ServiceMetrics(backend.tally()), options.maxBodyBytes());
    GracefulHandler graceful =
        new GracefulHandler(new JettyAdapter(endpoints, options.maxBodyBytes(), loopbackOnly));
    graceful.setShutdownIdleTimeout(SHUTDOWN_IDLE_MILLIS);
    server.setHandler(graceful);
    server.setErrorHandler(new JsonErrors());
    server.setStopTimeout(options.stopTimeout().toMillis());
    server.setStopAtShutdown(false);
    GuardServer running = new GuardServer(server, tcp, options.socket());
    running.begin();
    return running;
  }

  private void begin() throws IOException {
    try {
      server.start();
      if (socket.isPresent()) {
        SocketFile.restrict(socket.get());
      }
    } catch (Exception e) {
      close();
      String where = tcp.map(c -> c.getHost() + ":" + c.getPort()).orElse("");
      String what = socket.map(p -> (where.isEmpty() ? "" : " and ") + p).orElse("");
      throw new IOException("cannot listen on " + where + what + ": " + reason(e), e);
    }
  }

  /** The outermost message and, when it differs, the root cause's ("Address already in use"). */
  private static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String outer = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String inner = root.getMessage();
    return inner == null || root == e || outer.contains(inner) ? outer : outer + ": " + inner;
  }

  private static ServerConnector tcp(
      Server server, HttpConnectionFactory factory, InetSocketAddress at, ServeOptions o) {
    ServerConnector c = new ServerConnector(server, 1, 1, factory);
    c.setHost(at.isUnresolved() ? at.getHostString() : at.getAddress().getHostAddress());
    c.setPort(at.getPort());
    c.setIdleTimeout(o.idleTimeout().toMillis());
    c.setReuseAddress(true);
    return c;
  }

  private static UnixDomainServerConnector unix(
      Server server, HttpConnectionFactory factory, Path path, ServeOptions o) {
    UnixDomainServerConnector c = new UnixDomainServerConnector(server, 1, 1, factory);
    c.setUnixDomainPath(path);
    c.setIdleTimeout(o.idleTimeout().toMillis());
    return c;
  }

  /**
   * Jetty logs through SLF4J, and SLF4J without a provider prints a warning on standard error. The
   * service reports its own failures, so Jetty's log is off (SLF4J's own no-operation provider,
   * chosen without a notice) unless the process chose a provider.
   */
  private static void quietJettyLogging() {
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
      System.setProperty("slf4j.internal.verbosity", "WARN");
    }
  }

  /** The bound TCP address (with the real port when 0 was asked for), if listening on TCP. */
  public Optional<InetSocketAddress> tcpAddress() {
    return tcp.map(c -> new InetSocketAddress(c.getHost(), c.getLocalPort()));
  }

  /** The socket file, if listening on one. */
  public Optional<Path> socket() {
    return socket;
  }

  /**
   * Waits until the server has stopped.
   *
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public void join() throws InterruptedException {
    server.join();
  }

  /**
   * Stops gracefully: no new connections, requests in flight finish (up to the stop timeout), the
   * socket file is removed. Idempotent.
   */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      // Stopping is best effort: a listener that fails to close has stopped accepting anyway.
    }
  }
}
