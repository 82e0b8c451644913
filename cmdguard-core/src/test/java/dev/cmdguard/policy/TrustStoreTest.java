package dev.cmdguard.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The trust store (SPEC section 6): exact argv only, expiry with an injected clock, never trusting
 * on a broken file and never overwriting it, re-reading a changed file, and no lost entry with
 * concurrent threads or processes.
 */
class TrustStoreTest {
  static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
  static final Duration WEEK = Duration.ofDays(7);
  static final List<List<String>> DEPLOY = List.of(List.of("npm", "run", "deploy"));

  @TempDir Path dir;

  private TrustStore store() {
    return TrustStore.at(dir.resolve("state/trust.json"));
  }

  @Test
  void anAddedEntryIsFoundListedAndReadBackByAnotherInstance() throws IOException {
    TrustEntry added = store().add("npm run deploy", DEPLOY, WEEK, "release", NOW);

    assertThat(added.id()).matches("[0-9a-f]{8}");
    assertThat(added.created()).isEqualTo(NOW);
    assertThat(added.expires()).isEqualTo(NOW.plus(WEEK));
    TrustStore other = store();
    assertThat(other.find(DEPLOY, NOW.plusSeconds(60))).contains(added);
    assertThat(other.list(NOW)).containsExactly(added);
    assertThat(other.all()).containsExactly(added);
    assertThat(other.problem()).isEmpty();
  }

  @Test
  void aMissingFileIsAnEmptyStore() throws IOException {
    TrustStore store = store();
    assertThat(store.find(DEPLOY, NOW)).isEmpty();
    assertThat(store.problem()).isEmpty();
    assertThat(store.list(NOW)).isEmpty();
    assertThat(store.remove("0badc0de")).isFalse();
    assertThat(store.prune(NOW)).isZero();
    assertThat(dir.resolve("state/trust.json")).doesNotExist();
  }

  @Test
  void anEntryAppliesUntilItExpiresAndPruneRemovesIt() throws IOException {
    TrustStore store = store();
    TrustEntry week = store.add("npm run deploy", DEPLOY, WEEK, "", NOW);
    TrustEntry hour = store.add("make", List.of(List.of("make")), Duration.ofHours(1), "", NOW);
    Instant end = NOW.plus(WEEK);

    assertThat(store.find(DEPLOY, end.minusNanos(1))).contains(week);
    assertThat(store.find(DEPLOY, end)).isEmpty();
    assertThat(store.list(NOW.plus(Duration.ofHours(2)))).containsExactly(week);
    assertThat(store.all()).containsExactly(week, hour);
    assertThat(store.prune(NOW.plus(Duration.ofHours(2)))).isEqualTo(1);
    assertThat(store.all()).containsExactly(week);
  }

  @Test
  void theLongestLastingOfSeveralMatchingEntriesIsFound() throws IOException {
    TrustStore store = store();
    store.add("npm run deploy", DEPLOY, Duration.ofHours(1), "", NOW);
    TrustEntry longer = store.add("npm run deploy", DEPLOY, WEEK, "", NOW);
    store.add("npm run deploy", DEPLOY, Duration.ofDays(2), "", NOW);
    assertThat(store.find(DEPLOY, NOW)).contains(longer);
  }

  @ParameterizedTest(name = "trusted {0} vs analysed {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          rm,-rf,/tmp/x         | rm,-rf,/tmp/x            | true
          rm,-rf /              | rm,-rf,/                 | false
          rm,-rf,/              | rm,-rf /                 | false
          rm,-rf,/tmp/x         | rm,-fr,/tmp/x            | false
          rm,-rf,/tmp/x         | rm,-rf,/tmp/x/           | false
          rm,-rf,/tmp/x         | rm,-rf,/tmp/x,/          | false
          rm,-rf,/tmp/x         | rm,-rf                   | false
          rm,-rf,/tmp/x         | RM,-rf,/tmp/x            | false
          rm,-rf,/tmp/x         | rm,-rf,/tmp/x;echo,hi    | false
          git,push;npm,publish  | git,push;npm,publish     | true
          git,push;npm,publish  | npm,publish;git,push     | false
          git,push;npm,publish  | git,push                 | false
          git,push              | git,push;npm,publish     | false
          """)
  void onlyTheExactInvocationsMatch(String trusted, String analysed, boolean match)
      throws IOException {
    TrustStore store = store();
    store.add(trusted, argvs(trusted), WEEK, "", NOW);
    assertThat(store.find(argvs(analysed), NOW).isPresent()).isEqualTo(match);
  }

  /** {@code a,b;c} is {@code [[a, b], [c]]}. */
  static List<List<String>> argvs(String text) {
    List<List<String>> out = new ArrayList<>();
    for (String argv : text.split(";")) {
      out.add(List.of(argv.split(",")));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          not JSON               | {                                      | line 1, column 2
          an array               | []                                     | expected an object, found an array
          another version        | {"version":2,"entries":[]}             | expected "version": 1, found 2
          no entries             | {"version":1}                          | missing "entries"
          an unknown field       | {"version":1,"entries":[],"x":1}       | unknown field 'x' in the trust store
          a duplicate key        | {"version":1,"version":1,"entries":[]} | Duplicate field 'version'
          trailing data          | {"version":1,"entries":[]} []          | expected the end of the document
          an entry without note  | {"version":1,"entries":[{"id":"0badc0de","command":"ls","invocations":[["ls"]],"created":"2025-06-01T12:00:00Z","expires":"2025-06-08T12:00:00Z"}]} | needs id, command
          a bad id               | {"version":1,"entries":[{"id":"x","command":"ls","invocations":[["ls"]],"created":"2025-06-01T12:00:00Z","expires":"2025-06-08T12:00:00Z","note":""}]} | a trust id is eight hex digits
          no invocations         | {"version":1,"entries":[{"id":"0badc0de","command":"ls","invocations":[],"created":"2025-06-01T12:00:00Z","expires":"2025-06-08T12:00:00Z","note":""}]} | nothing to trust
          an empty argv          | {"version":1,"entries":[{"id":"0badc0de","command":"ls","invocations":[[]],"created":"2025-06-01T12:00:00Z","expires":"2025-06-08T12:00:00Z","note":""}]} | an invocation has no argv
          a number in an argv    | {"version":1,"entries":[{"id":"0badc0de","command":"ls","invocations":[["ls",1]],"created":"2025-06-01T12:00:00Z","expires":"2025-06-08T12:00:00Z","note":""}]} | expected a string, found a number
          a bad time             | {"version":1,"entries":[{"id":"0badc0de","command":"ls","invocations":[["ls"]],"created":"yesterday","expires":"2025-06-08T12:00:00Z","note":""}]} | 'yesterday' is not an ISO-8601
          expiry before creation | {"version":1,"entries":[{"id":"0badc0de","command":"ls","invocations":[["ls"]],"created":"2025-06-08T12:00:00Z","expires":"2025-06-01T12:00:00Z","note":""}]} | must expire after it is created
          two entries, one id    | {"version":1,"entries":[{"id":"0badc0de","command":"ls","invocations":[["ls"]],"created":"2025-06-01T12:00:00Z","expires":"2025-06-08T12:00:00Z","note":""},{"id":"0badc0de","command":"ls","invocations":[["ls"]],"created":"2025-06-01T12:00:00Z","expires":"2025-06-08T12:00:00Z","note":""}]} | two entries have the id '0badc0de'
          """)
  void aBrokenFileTrustsNothingAndIsNeverOverwritten(String what, String content, String error)
      throws IOException {
    Path file = dir.resolve("state/trust.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    TrustStore store = TrustStore.at(file);

    assertThat(store.find(List.of(List.of("ls")), NOW)).isEmpty();
    assertThat(store.problem()).hasValueSatisfying(p -> assertThat(p).startsWith(file + ": "));
    assertThat(store.problem().orElseThrow()).contains(error);
    assertThatThrownBy(() -> store.add("ls", List.of(List.of("ls")), WEEK, "", NOW))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(file + ": ")
        .hasMessageContaining(error);
    assertThatThrownBy(() -> store.remove("0badc0de")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> store.prune(NOW)).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> store.list(NOW)).isInstanceOf(IOException.class);
    assertThat(Files.readString(file)).isEqualTo(content);
  }

  @Test
  void aFileChangedByAnotherWriterIsReadAgain() throws IOException {
    TrustStore reader = store();
    assertThat(reader.find(DEPLOY, NOW)).isEmpty();

    TrustEntry added = store().add("npm run deploy", DEPLOY, WEEK, "", NOW);
    assertThat(reader.find(DEPLOY, NOW)).contains(added);

    Path file = dir.resolve("state/trust.json");
    Files.writeString(file, "{ broken");
    assertThat(reader.find(DEPLOY, NOW)).isEmpty();
    assertThat(reader.problem()).isPresent();

    Files.writeString(file, "{\"version\": 1, \"entries\": []}");
    assertThat(reader.find(DEPLOY, NOW)).isEmpty();
    assertThat(reader.problem()).isEmpty();

    Files.delete(file);
    assertThat(reader.find(DEPLOY, NOW)).isEmpty();
    assertThat(reader.problem()).isEmpty();
  }

  @Test
  void removeForgetsOneEntryById() throws IOException {
    TrustStore store = store();
    TrustEntry a = store.add("npm run deploy", DEPLOY, WEEK, "", NOW);
    TrustEntry b = store.add("make", List.of(List.of("make")), WEEK, "", NOW);

    assertThat(store.remove(a.id())).isTrue();
    assertThat(store.remove(a.id())).isFalse();
    assertThat(store.all()).containsExactly(b);
    assertThat(store.find(DEPLOY, NOW)).isEmpty();
  }

  @Test
  void idsAreUniqueEvenForTheSameCommandAtTheSameTime() throws IOException {
    TrustStore store = store();
    for (int i = 0; i < 40; i++) {
      store.add("npm run deploy", DEPLOY, WEEK, "", NOW);
    }
    assertThat(store.all().stream().map(TrustEntry::id).distinct()).hasSize(40);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          PT0S      | more than 0 and at most 365 days, not PT0S
          PT-1S     | more than 0 and at most 365 days, not PT-1S
          PT8761H   | more than 0 and at most 365 days, not PT8761H
          """)
  void aTtlOutOfRangeIsRefused(Duration ttl, String message) {
    assertThatThrownBy(() -> store().add("ls", List.of(List.of("ls")), ttl, "", NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
    assertThat(dir.resolve("state")).doesNotExist();
  }

  @Test
  void ayearIsTheLongestTtl() throws IOException {
    TrustEntry e = store().add("ls", List.of(List.of("ls")), Duration.ofDays(365), "", NOW);
    assertThat(e.expires()).isEqualTo(NOW.plus(Duration.ofDays(365)));
  }

  @Test
  void nothingToTrustIsRefused() {
    assertThatThrownBy(() -> store().add("", List.of(), WEEK, "", NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nothing to trust: no invocation");
    assertThatThrownBy(() -> store().add("", List.of(List.of()), WEEK, "", NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nothing to trust: an invocation has no argv");
  }

  @Test
  void theFileIsTheUsersAloneAndNoTemporaryFileIsLeft() throws IOException {
    store().add("npm run deploy", DEPLOY, WEEK, "", NOW);
    Path state = dir.resolve("state");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state)))
        .isEqualTo("rwx------");
    assertThat(mode(state.resolve("trust.json"))).isEqualTo("rw-------");
    assertThat(mode(state.resolve("trust.json.lock"))).isEqualTo("rw-------");
    try (var files = Files.list(state)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("trust.json", "trust.json.lock");
    }
  }

  @Test
  void theFileIsReadableJsonWithEveryField() throws IOException {
    store().add("rm -rf 'a b'", List.of(List.of("rm", "-rf", "a b")), WEEK, "why \"not\"", NOW);
    String text = Files.readString(dir.resolve("state/trust.json"), StandardCharsets.UTF_8);
    assertThat(text)
        .contains("\"version\" : 1")
        .contains("\"command\" : \"rm -rf 'a b'\"")
        .contains("[ \"rm\", \"-rf\", \"a b\" ]")
        .contains("\"created\" : \"2025-06-01T12:00:00Z\"")
        .contains("\"expires\" : \"2025-06-08T12:00:00Z\"")
        .contains("\"note\" : \"why \\\"not\\\"\"")
        .endsWith("}\n");
  }

  @Test
  void eightThreadsAddingFiftyEntriesEachLoseNothing() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  TrustStore own = store();
                  for (int i = 0; i < 50; i++) {
                    List<List<String>> argv = List.of(List.of("t" + thread, "n" + i));
                    own.add("t" + thread + " n" + i, argv, WEEK, "", NOW);
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    List<TrustEntry> all = store().all();
    assertThat(all).hasSize(400);
    assertThat(all.stream().map(TrustEntry::command).distinct()).hasSize(400);
    assertThat(all.stream().map(TrustEntry::id).distinct()).hasSize(400);
  }

  @Test
  void fourProcessesAddingAtOnceLoseNothing() throws Exception {
    Path file = dir.resolve("state/trust.json");
    String java = ProcessHandle.current().info().command().orElse("java");
    List<Process> processes = new ArrayList<>();
    try {
      for (int p = 0; p < 4; p++) {
        processes.add(
            new ProcessBuilder(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    TrustStoreWriter.class.getName(),
                    file.toString(),
                    "p" + p,
                    "50")
                .redirectError(dir.resolve("p" + p + ".err").toFile())
                .start());
      }
      for (Process process : processes) {
        BufferedReader out = process.inputReader(StandardCharsets.UTF_8);
        assertThat(out.readLine()).isEqualTo("ready");
      }
      for (Process process : processes) {
        process.getOutputStream().write('\n');
        process.getOutputStream().flush();
      }
      for (int p = 0; p < 4; p++) {
        Process process = processes.get(p);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("process %d finished", p).isTrue();
        assertThat(process.exitValue())
            .as(Files.readString(dir.resolve("p" + p + ".err")))
            .isZero();
      }
    } finally {
      processes.forEach(Process::destroy);
    }
    List<TrustEntry> all = TrustStore.at(file).all();
    assertThat(all).hasSize(200);
    assertThat(all.stream().map(TrustEntry::command).distinct()).hasSize(200);
  }

  static String mode(Path file) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
  }
}
