package dev.cmdguard.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * A load driver for a running {@code cmdguard serve} (not a JMH benchmark: the service is another
 * process). Sends the NL2Bash sample as {@code POST /v1/evaluate} requests (or, with {@code --hook
 * claude-code}, as Claude Code {@code PreToolUse} payloads to {@code POST /v1/hooks/claude-code})
 * over loopback HTTP/1.1 with keep-alive, first from one client one request at a time (latency per
 * request), then from several clients at once (requests per second). Every answer must be 200.
 *
 * <pre>
 * java -cp cmdguard-bench/target/benchmarks.jar dev.cmdguard.bench.ServeLoad \
 *     [--url http://127.0.0.1:7311] [--clients 8] [--requests 20000] [--warmup 3000] \
 *     [--corpus FILE] [--every 25] [--cwd /tmp/project] [--uncached] [--hook claude-code]
 * </pre>
 *
 * {@code --uncached} makes every command text unique (a trailing comment with a counter), so the
 * service's decision cache never answers and each request is a full analysis.
 */
public final class ServeLoad {
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final URI uri;
  private final String[] commands;
  private final String cwd;
  private final boolean uncached;
  private final boolean hook;
  private final AtomicInteger counter = new AtomicInteger();
  private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();

  private ServeLoad(URI uri, String[] commands, String cwd, boolean uncached, boolean hook) {
    this.uri = uri;
    this.commands = commands;
    this.cwd = cwd;
    this.uncached = uncached;
    this.hook = hook;
  }

  /**
   * Runs the load and prints the results on standard output.
   *
   * @param args the options above
   * @throws Exception when the service cannot be reached or the corpus cannot be read
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    String base = o.getOrDefault("url", "http://127.0.0.1:7311");
    int clients = Integer.parseInt(o.getOrDefault("clients", "8"));
    int requests = Integer.parseInt(o.getOrDefault("requests", "20000"));
    int warmup = Integer.parseInt(o.getOrDefault("warmup", "3000"));
    int every = Integer.parseInt(o.getOrDefault("every", "25"));
    String[] sample = Nl2bashSample.load(o.getOrDefault("corpus", ""), every);
    boolean uncached = o.containsKey("uncached");
    String hook = o.getOrDefault("hook", "");
    if (!hook.isEmpty() && !hook.equals("claude-code")) {
      throw new IllegalArgumentException("--hook: only claude-code payloads are generated");
    }
    ServeLoad load =
        new ServeLoad(
            URI.create(base + (hook.isEmpty() ? "/v1/evaluate" : "/v1/hooks/" + hook)),
            sample,
            o.getOrDefault("cwd", "/tmp/project"),
            uncached,
            !hook.isEmpty());
    PrintStream out = System.out;
    out.printf(
        Locale.ROOT,
        "serve load: %s, %d commands (every %dth NL2Bash line), %s%n",
        load.uri,
        sample.length,
        every,
        uncached ? "every text unique (no cache hits)" : "repeated texts (cache hits)");
    load.run(1, warmup);
    load.statuses.clear();
    long[] one = load.run(1, Math.max(1, requests / 4));
    out.println(summary("1 client, one request at a time", one, 0));
    long start = System.nanoTime();
    long[] many = load.run(clients, requests);
    long wall = System.nanoTime() - start;
    out.println(summary(clients + " clients at once", many, wall));
    out.println("statuses: " + new TreeMap<>(load.statuses));
    if (load.statuses.keySet().stream().anyMatch(s -> s != 200)) {
      System.exit(1);
    }
  }

  /** Sends {@code total} requests from {@code clients} threads; the latency of each, in ns. */
  private long[] run(int clients, int total) throws Exception {
    long[] nanos = new long[total];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    nanos[i] = send(i);
                  }
                  return null;
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return nanos;
  }

  private long send(int i) throws IOException, InterruptedException {
    String command = commands[i % commands.length];
    if (uncached) {
      command = command + " # " + counter.incrementAndGet();
    }
    String body =
        hook
            ? "{\"session_id\":\"bench\",\"cwd\":"
                + quote(cwd)
                + ",\"hook_event_name\":\"PreToolUse\",\"tool_name\":\"Bash\","
                + "\"tool_input\":{\"command\":"
                + quote(command)
                + "}}"
            : "{\"script\":" + quote(command) + ",\"cwd\":" + quote(cwd) + "}";
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    long start = System.nanoTime();
    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    long took = System.nanoTime() - start;
    statuses.computeIfAbsent(response.statusCode(), s -> new LongAdder()).increment();
    return took;
  }

  /** A JSON string literal. */
  static String quote(String text) {
    StringBuilder json = new StringBuilder(text.length() + 2).append('"');
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        default -> {
          if (c < 0x20) {
            json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }

  private static String summary(String label, long[] nanos, long wallNanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    String line =
        String.format(
            Locale.ROOT,
            "%-34s %6d requests  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms",
            label + ":",
            sorted.length,
            millis(sorted, 0.50),
            millis(sorted, 0.90),
            millis(sorted, 0.99),
            sorted[sorted.length - 1] / 1e6);
    if (wallNanos > 0) {
      line += String.format(Locale.ROOT, "  %.0f requests/s", sorted.length / (wallNanos / 1e9));
    }
    return line;
  }

  private static double millis(long[] sorted, double quantile) {
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
  }

  /** {@code --name value} pairs; {@code --uncached} alone. */
  private static Map<String, String> options(String[] args) {
    Map<String, String> o = new TreeMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected an option, got " + args[i]);
      }
      String name = args[i].substring(2);
      if (name.equals("uncached")) {
        o.put(name, "");
      } else if (i + 1 < args.length) {
        o.put(name, args[++i]);
      } else {
        throw new IllegalArgumentException("--" + name + " needs a value");
      }
    }
    return o;
  }
}
