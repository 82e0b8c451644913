package dev.cmdguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cmdguard.policy.TrustEntry;
import dev.cmdguard.policy.TrustStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code cmdguard trust add|list|remove} through picocli, with the state directory in a temporary
 * directory ({@code CMDGUARD_STATE_DIR}).
 */
class TrustCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path state;
  private Path storeFile;

  @BeforeEach
  void paths() {
    storeFile = state.resolve("trust.json");
  }

  private Cli.Result run(String... args) {
    return Cli.cli().env("CMDGUARD_STATE_DIR", state.toString()).run(args);
  }

  private List<TrustEntry> stored() throws Exception {
    return TrustStore.at(storeFile).all();
  }

  @Test
  void addStoresTheAnalysedArgvForSevenDays() throws Exception {
    Cli.Result r = run("trust", "add", "--", "npm", "run", "deploy");

    assertThat(r.exit()).as(r.err()).isZero();
    TrustEntry e = stored().getFirst();
    assertThat(e.invocations()).containsExactly(List.of("npm", "run", "deploy"));
    assertThat(e.command()).isEqualTo("npm run deploy");
    assertThat(Duration.between(e.created(), e.expires())).isEqualTo(Duration.ofDays(7));
    assertThat(r.out())
        .isEqualTo(
            "Trusted for 7d, until "
                + e.expires()
                + ": "
                + e.id()
                + "\n  npm run deploy\nas 1 invocation:\n  npm run deploy\n"
                + "Remove it with: cmdguard trust remove "
                + e.id()
                + "\n");
  }

  @Test
  void addWithAScriptTtlNoteAndJson() throws Exception {
    Cli.Result r =
        run(
            "trust",
            "add",
            "--json",
            "--ttl",
            "12h",
            "--note",
            "hotfix",
            "-c",
            "git add -A && git commit -m 'fix: x'");

    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode doc = JSON.readTree(r.out());
    assertThat(CheckCommandTest.names(doc))
        .containsExactly("id", "command", "invocations", "created", "expires", "expired", "note");
    assertThat(doc.get("command").asText()).isEqualTo("git add -A && git commit -m 'fix: x'");
    assertThat(doc.get("invocations").toString())
        .isEqualTo("[[\"git\",\"add\",\"-A\"],[\"git\",\"commit\",\"-m\",\"fix: x\"]]");
    assertThat(doc.get("note").asText()).isEqualTo("hotfix");
    assertThat(doc.get("expired").asBoolean()).isFalse();
    Instant created = Instant.parse(doc.get("created").asText());
    assertThat(Instant.parse(doc.get("expires").asText())).isEqualTo(created.plusSeconds(43_200));
    assertThat(stored()).extracting(TrustEntry::id).containsExactly(doc.get("id").asText());
  }

  @Test
  void theArgvAreThoseOfEveryProgramThatRuns() throws Exception {
    Cli.Result r = run("trust", "add", "-c", "sudo bash -c 'make install'");
    assertThat(r.exit()).as(r.err()).isZero();
    List<List<String>> invocations = stored().getFirst().invocations();
    assertThat(invocations).contains(List.of("make", "install")).hasSizeGreaterThan(1);
    assertThat(r.out()).contains("invocations, in this order:");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          rm -rf /           | not trusted: a critical command is never trusted (DANGEROUS_DELETE_ROOT:
          mkfs.ext4 /dev/sda | not trusted: a critical command is never trusted (DISK_WIPE:
          rm -rf $X          | not trusted: the command is not fully known: the argument $X is only known at run time, in rm -rf $X
          $CMD build         | not trusted: the command is not fully known: the program $CMD is only known at run time, in $CMD build
          ls $(cat list)     | not trusted: the command is not fully known
          if then fi (       | not trusted: the command could not be fully analysed (PARSE_ERROR:
          X=1                | not trusted: nothing to trust: the command runs no program
          """)
  void whatMustNeverBeTrustedIsRefused(String script, String message) {
    Cli.Result r = run("trust", "add", "-c", script);
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("cmdguard: " + message);
    assertThat(r.out()).isEmpty();
    assertThat(storeFile).doesNotExist();
  }

  @ParameterizedTest(name = "--ttl {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          7x   | '7x' is not a duration; write a number and a unit: 30m, 12h or 7d
          0d   | '0d' is no time at all; give more than 0
          366d | not trusted: a trust must last more than 0 and at most 365 days, not PT8784H
          """)
  void aBadTtlIsAUsageError(String ttl, String message) {
    Cli.Result r = run("trust", "add", "--ttl", ttl, "--", "make");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains(message);
    assertThat(storeFile).doesNotExist();
  }

  @Test
  void addWithoutACommandIsAUsageError() {
    Cli.Result r = run("trust", "add");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("nothing to add: give -c SCRIPT, -f PATH or -- ARGV…");
  }

  @Test
  void listShowsUnexpiredEntriesAndAllShowsTheExpiredToo() throws Exception {
    TrustStore store = TrustStore.at(storeFile);
    Instant longAgo = Instant.parse("2020-01-01T00:00:00Z");
    TrustEntry old = store.add("make", List.of(List.of("make")), Duration.ofDays(1), "", longAgo);
    Instant now = Instant.now();
    TrustEntry live =
        store.add(
            "npm run deploy",
            List.of(List.of("npm", "run", "deploy")),
            Duration.ofDays(2),
            "release",
            now);

    Cli.Result list = run("trust", "list");
    assertThat(list.exit()).isZero();
    assertThat(list.out())
        .isEqualTo(
            live.id()
                + "  until   "
                + live.expires()
                + "  npm run deploy\n          note: release\n"
                + "(1 expired entry not shown; --all lists them)\n");

    Cli.Result all = run("trust", "list", "--all");
    assertThat(all.out())
        .startsWith(old.id() + "  expired 2020-01-02T00:00:00Z  make\n")
        .contains(live.id() + "  until ")
        .doesNotContain("not shown");

    JsonNode doc = JSON.readTree(run("trust", "list", "--all", "--json").out());
    assertThat(doc.size()).isEqualTo(2);
    assertThat(doc.at("/0/expired").asBoolean()).isTrue();
    assertThat(doc.at("/1/expired").asBoolean()).isFalse();
    assertThat(doc.at("/1/invocations/0/2").asText()).isEqualTo("deploy");
  }

  @Test
  void anEmptyStoreListsNothing() throws Exception {
    assertThat(run("trust", "list").out()).isEqualTo("No trusted commands.\n");
    assertThat(run("trust", "list", "--json").out()).isEqualTo("[]\n");
    assertThat(storeFile).doesNotExist();
  }

  @Test
  void removeForgetsAnEntryOnce() throws Exception {
    run("trust", "add", "--", "make");
    String id = stored().getFirst().id();

    Cli.Result removed = run("trust", "remove", id);
    assertThat(removed.exit()).isZero();
    assertThat(removed.out()).isEqualTo("Removed " + id + ".\n");
    assertThat(stored()).isEmpty();

    Cli.Result again = run("trust", "remove", id);
    assertThat(again.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(again.err())
        .isEqualTo(
            "cmdguard: no trusted command has the id " + id + " (cmdguard trust list --all)\n");
  }

  @Test
  void aCorruptStoreIsReportedAndLeftAsItIs() throws Exception {
    Files.writeString(storeFile, "{\"version\": 1, \"entries\": [");
    for (String[] args :
        List.of(
            new String[] {"trust", "list"},
            new String[] {"trust", "add", "--", "make"},
            new String[] {"trust", "remove", "0badc0de"})) {
      Cli.Result r = run(args);
      assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err())
          .startsWith("cmdguard: " + storeFile + ": line 1, column ")
          .endsWith("(the file is left as it is: fix it, or move it away to start afresh)\n");
    }
    assertThat(Files.readString(storeFile)).isEqualTo("{\"version\": 1, \"entries\": [");
  }

  @Test
  void trustWithoutASubVerbShowsUsage() {
    Cli.Result r = run("trust");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("cmdguard trust: add, list or remove?").contains("Sub-verbs:");
  }

  @Test
  void helpListsTheSubVerbsAndTopLevelHelpTheVerb() {
    Cli.Result r = run("trust", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("  add ", "  list ", "  remove ", "Examples:");
    assertThat(run("trust", "add", "--help").out()).contains("--ttl=DURATION", "--note=TEXT");
    assertThat(run("--help").out())
        .contains("  trust ")
        .doesNotContainPattern("Planned verbs:[^\\n]*trust");
  }

  @Test
  void theStoreIsFoundThroughXdgStateHome() throws Exception {
    Cli.Result r =
        Cli.cli()
            .env("CMDGUARD_STATE_DIR", "")
            .env("XDG_STATE_HOME", state.toString())
            .run("trust", "add", "--", "make");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(state.resolve("cmdguard/trust.json")).exists();
  }
}
