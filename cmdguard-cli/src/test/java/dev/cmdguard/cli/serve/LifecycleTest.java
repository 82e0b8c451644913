package dev.cmdguard.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.CommandGuard;
import dev.cmdguard.policy.Layer;
import dev.cmdguard.policy.Policies;
import dev.cmdguard.policy.PolicyLayer;
import dev.cmdguard.policy.PolicyLoader;
import dev.cmdguard.policy.PolicyLocations;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Graceful stop with a request in flight, and policy files that change under a running service. */
@Timeout(120)
class LifecycleTest {
  private static final InetSocketAddress ANY_PORT =
      new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

  @TempDir Path dir;

  @Test
  void stopFinishesTheRequestInFlightRefusesNewOnesAndRemovesTheSocket() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Backend blocking =
        Backends.of(
            request -> {
              entered.countDown();
              awaitQuietly(release);
              return Backends.GUARD.evaluate(request);
            });
    Path socket = dir.resolve("s.sock");
    ServeOptions options =
        new ServeOptions(
            Optional.of(ANY_PORT),
            Optional.of(socket),
            false,
            ServeOptions.DEFAULT_MAX_BODY_BYTES,
            ServeOptions.DEFAULT_MAX_THREADS,
            Duration.ofSeconds(30),
            Duration.ofSeconds(60));
    GuardServer server = GuardServer.start(options, blocking);
    InetSocketAddress at = server.tcpAddress().orElseThrow();
    CompletableFuture<HttpResponse<String>> inFlight =
        CompletableFuture.supplyAsync(
            () -> Http.post(server, "/v1/evaluate", "{\"script\":\"rm -rf /\",\"cwd\":\"/\"}"));
    entered.await();

    Thread stopper = new Thread(server::close);
    stopper.start();
    while (accepts(at)) {
      Thread.onSpinWait(); // the listener closes first; the test's timeout bounds this
    }
    assertThat(stopper.isAlive()).as("stop waits for the request in flight").isTrue();
    assertThat(inFlight).isNotDone();

    release.countDown();
    HttpResponse<String> answer = inFlight.get();
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).startsWith("{\"decision\":\"deny\"");
    stopper.join();
    assertThat(socket).doesNotExist();
  }

  private static boolean accepts(InetSocketAddress at) {
    try (Socket s = new Socket(at.getAddress(), at.getPort())) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void policyFilesAreReadAgainWhenTheyChange() throws Exception {
    Path user = dir.resolve("user.yaml");
    PolicyLocations at =
        new PolicyLocations(dir.resolve("system.yaml"), user, dir.resolve("state"));
    Policies policies =
        new Policies(
            at,
            PolicyLoader::load,
            file -> Optional.empty(),
            new PolicyLayer(Layer.FLAGS, "", "", List.of(), List.of()));
    DecisionTally tally = new DecisionTally();
    CommandGuard guard =
        CommandGuard.builder().clock(System::nanoTime).policies(policies).audit(tally).build();
    Backend backend = Backends.of(guard, tally);
    try (GuardServer server =
        GuardServer.start(ServeOptions.of(Optional.of(ANY_PORT), Optional.empty()), backend)) {
      String echo = "{\"script\":\"echo hi\",\"cwd\":\"" + dir + "\"}";
      assertThat(decision(server, echo)).isEqualTo("allow");

      write(user, "rules:\n  deny: [\"echo hi\"]\n", 1);
      assertThat(decision(server, echo)).isEqualTo("deny");

      write(user, "rules:\n  deny: [\"echo something else\"]\n", 2);
      assertThat(decision(server, echo)).isEqualTo("allow");

      write(user, "rules: [not, a, map\n", 3);
      String broken = Http.post(server, "/v1/evaluate", echo).body();
      assertThat(broken).startsWith("{\"decision\":\"deny\"").contains(user.toString());

      Files.delete(user);
      assertThat(decision(server, echo)).isEqualTo("allow");
    }
  }

  /** Writes the file and gives it a distinct modification time, as an editor's save would. */
  private static void write(Path file, String text, int second) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_000_000L + second * 1000L));
  }

  private static String decision(GuardServer server, String body) {
    String json = Http.post(server, "/v1/evaluate", body).body();
    return json.substring("{\"decision\":\"".length(), json.indexOf('"', 13));
  }
}
