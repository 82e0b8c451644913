package dev.cmdguard.cli;

import dev.cmdguard.CommandGuard;
import dev.cmdguard.cli.hook.HookContext;
import dev.cmdguard.cli.hook.Hooks;
import dev.cmdguard.cli.serve.Backend;
import dev.cmdguard.cli.serve.DecisionTally;
import dev.cmdguard.cli.serve.GuardServer;
import dev.cmdguard.cli.serve.ServeOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cmdguard serve}: the resident service (issue 7, SPEC section 9). One guard answers every
 * request, so the JVM start, the parser's native library and the caches are paid once, not per
 * command. Loopback only unless {@code --allow-remote}. Stops gracefully on SIGTERM and SIGINT.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Answer decisions over HTTP on loopback or a Unix socket: the guard as a service.",
    description = {
      "",
      "Keeps one guard running and answers HTTP/1.1 + JSON requests on a loopback TCP port and/or"
          + " a Unix domain socket (mode 0600). Policy files are re-read when they change. Every"
          + " decision is recorded in the audit log with the request's agent and session.",
      "",
      "  POST /v1/evaluate       {\"script\"|\"argv\", \"cwd\", \"home\"?, \"user\"?,"
          + " \"profile\"?, \"agent\"?, \"session\"?, \"env\"?} → the Decision JSON of check --json",
      "  POST /v1/hooks/AGENT    the agent's hook payload → the answer of cmdguard hook AGENT",
      "  GET  /healthz           {\"status\":\"ok\"}",
      "  GET  /metrics           Prometheus text: decisions, codes, latency, cache",
      "",
      "Without --port and --socket it listens on 127.0.0.1:"
          + ServeCommand.DEFAULT_PORT
          + "."
          + " The listening addresses are printed on standard output, one per line. See"
          + " docs/service.md.",
      "",
    },
    footer = {
      "",
      "Examples:",
      "  cmdguard serve",
      "  cmdguard serve --socket \"$XDG_RUNTIME_DIR/cmdguard.sock\"",
      "  cmdguard serve --port 0     # any free port; read it from standard output",
      "  curl -s localhost:"
          + ServeCommand.DEFAULT_PORT
          + "/v1/evaluate -H 'Content-Type:"
          + " application/json' -d '{\"script\":\"rm -rf /\",\"cwd\":\"/tmp\"}'",
      "",
      "Exit status:",
      "  0    stopped",
      "  143  stopped by SIGTERM (130 by SIGINT), after the requests in flight finished",
      "  2    usage error: a non-loopback --bind without --allow-remote, a port in use,",
      "       a socket path that is taken",
      "  1    internal error (a bug; --debug shows the stack trace)",
    })
final class ServeCommand implements Callable<Integer> {
  /** The TCP port used when neither {@code --port} nor {@code --socket} is given. */
  static final int DEFAULT_PORT = 7311;

  @Spec private CommandSpec spec;

  @ParentCommand private Main main;

  @Option(
      names = "--port",
      paramLabel = "N",
      description =
          "The TCP port, 0 for any free one (default " + DEFAULT_PORT + " without --socket).")
  private Integer port;

  @Option(
      names = "--socket",
      paramLabel = "PATH",
      description = "Also (or only) listen on this Unix domain socket; it is made mode 0600.")
  private Path socket;

  @Option(
      names = "--bind",
      paramLabel = "ADDR",
      defaultValue = "127.0.0.1",
      description = "The address for the TCP port (default: ${DEFAULT-VALUE}); must be loopback.")
  private String bind;

  @Option(
      names = "--allow-remote",
      description =
          "Allow a --bind address that is not loopback. The service has no authentication: anyone"
              + " who can reach the port can use it.")
  private boolean allowRemote;

  /**
   * @return {@link ExitCodes#OK} when stopped, {@link ExitCodes#USAGE} when it cannot listen,
   *     {@link ExitCodes#INTERNAL_ERROR} for a bug
   */
  @Override
  public Integer call() {
    return Failures.run(spec.commandLine().getErr(), main.debug(), this::serve);
  }

  private int serve() throws InputException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ServeOptions options = options(err);
    Environment env = main.environment();
    DecisionTally tally = new DecisionTally();
    PolicySetup.Audited audited = PolicySetup.audited(env, PolicySetup.noFlags(), tally);
    Backend backend = backend(env, audited, tally);
    GuardServer server;
    try {
      server = GuardServer.start(options, backend);
    } catch (IOException e) {
      closeQuietly(audited);
      throw new InputException(e.getMessage());
    }
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stop(server, audited, err), "cmdguard-serve-stop"));
    server.tcpAddress().ifPresent(a -> out.println("listening on http://" + hostPort(a)));
    server.socket().ifPresent(p -> out.println("listening on unix:" + p.toAbsolutePath()));
    out.flush();
    server.join();
    return ExitCodes.OK;
  }

  /**
   * The endpoints' view of the audited guard: {@code /v1/evaluate} and the hooks judge with it, and
   * every decision and every hook refusal is counted in {@code tally} as well as written to the
   * log.
   */
  private static Backend backend(
      Environment env, PolicySetup.Audited audited, DecisionTally tally) {
    CommandGuard guard = audited.guard();
    HookContext logged = HookProcess.context(env, audited);
    HookContext context =
        new HookContext(
            logged.home(),
            logged.user(),
            (r, d) -> {
              tally.record(r, d);
              logged.refusals().record(r, d);
            });
    return new Backend(
        guard::evaluate,
        (adapter, payload) -> Hooks.handle(adapter, payload, guard, context),
        tally,
        guard::cacheStats,
        logged.home(),
        logged.user(),
        System::nanoTime);
  }

  /**
   * SIGTERM or SIGINT: stop accepting, let the requests in flight finish (their decisions are
   * audited), release the audit log, and say so. Runs in the shutdown hook: the JVM halts when the
   * hook returns, whatever the main thread was doing.
   */
  private static void stop(GuardServer server, PolicySetup.Audited audited, PrintWriter err) {
    server.close();
    closeQuietly(audited);
    err.println("cmdguard serve: stopped");
    err.flush();
  }

  private static void closeQuietly(PolicySetup.Audited audited) {
    try {
      audited.close();
    } catch (IOException e) {
      // Every record was written when its decision was made; closing only releases the file.
    }
  }

  /** The listeners from the options; refuses a non-loopback address without --allow-remote. */
  private ServeOptions options(PrintWriter err) throws InputException {
    if (port != null && (port < 0 || port > 65535)) {
      throw new InputException("--port must be between 0 and 65535: " + port);
    }
    Optional<InetSocketAddress> tcp = Optional.empty();
    if (port != null || socket == null) {
      tcp = Optional.of(new InetSocketAddress(address(bind), port == null ? DEFAULT_PORT : port));
    }
    boolean remote = tcp.isPresent() && !ServeOptions.loopback(tcp.get());
    if (remote && !allowRemote) {
      throw new InputException(
          "--bind "
              + bind
              + " is not a loopback address; the service has no authentication, so anyone who"
              + " can reach it could use it. Add --allow-remote to do this anyway.");
    }
    if (remote) {
      err.println(
          "cmdguard serve: warning: listening on "
              + bind
              + ", which is not loopback; anyone who can reach it can use the service (no"
              + " authentication)");
      err.flush();
    }
    return ServeOptions.of(tcp, Optional.ofNullable(socket), allowRemote);
  }

  private static InetAddress address(String host) throws InputException {
    try {
      return InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new InputException("--bind " + host + ": unknown host");
    }
  }

  /** {@code 127.0.0.1:7311}, {@code [::1]:7311}. */
  static String hostPort(InetSocketAddress a) {
    String host = a.getHostString();
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + a.getPort();
  }
}
