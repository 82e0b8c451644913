package dev.cmdguard.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Trusted project policies (SPEC section 6): a file is trusted with one exact content hash, by its
 * normalised absolute path; a broken record trusts nothing and is never overwritten.
 */
class ProjectTrustTest {
  static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
  static final Path POLICY = Path.of("/home/dev/project/.cmdguard.yaml");
  static final String HASH = PolicyLoader.sha256("profile: low\n".getBytes(StandardCharsets.UTF_8));
  static final String OTHER =
      PolicyLoader.sha256("profile: low \n".getBytes(StandardCharsets.UTF_8));

  @TempDir Path dir;

  private ProjectTrust trust() {
    return ProjectTrust.at(dir.resolve("state/trusted-policies.json"));
  }

  @Test
  void sha256IsLowerCaseHex() {
    assertThat(PolicyLoader.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void aTrustedFileIsTrustedWithItsHashOnly() throws IOException {
    trust().trust(POLICY, HASH, NOW);

    ProjectTrust other = trust();
    assertThat(other.trustedHash(POLICY)).contains(HASH);
    assertThat(other.isTrusted(POLICY, HASH)).isTrue();
    assertThat(other.isTrusted(POLICY, HASH.toUpperCase(java.util.Locale.ROOT))).isTrue();
    assertThat(other.isTrusted(POLICY, OTHER)).isFalse();
    assertThat(other.isTrusted(Path.of("/home/dev/other/.cmdguard.yaml"), HASH)).isFalse();
    assertThat(other.problem()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "/home/dev/project/./.cmdguard.yaml",
    "/home/dev/project/sub/../.cmdguard.yaml",
    "/home/dev//project/.cmdguard.yaml",
  })
  void pathsAreNormalised(String spelling) throws IOException {
    trust().trust(Path.of(spelling), HASH, NOW);
    assertThat(trust().trustedHash(POLICY)).contains(HASH);
  }

  @Test
  void aRelativePathIsRefused() {
    assertThatThrownBy(() -> trust().trustedHash(Path.of(".cmdguard.yaml")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a policy file needs an absolute path: .cmdguard.yaml");
  }

  @Test
  void trustingAgainReplacesTheHashAndUntrustDropsIt() throws IOException {
    ProjectTrust trust = trust();
    trust.trust(POLICY, HASH, NOW);
    trust.trust(POLICY, OTHER, NOW.plusSeconds(1));
    assertThat(trust.trustedHash(POLICY)).contains(OTHER);

    assertThat(trust.untrust(POLICY)).isTrue();
    assertThat(trust.untrust(POLICY)).isFalse();
    assertThat(trust.trustedHash(POLICY)).isEmpty();
  }

  @Test
  void aBadHashIsRefused() {
    assertThatThrownBy(() -> trust().trust(POLICY, "abc", NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("64 lower-case hex digits, not 'abc'");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          not JSON          | [1,                                  | line 1
          another version   | {"version":3,"policies":[]}          | expected "version": 1, found 3
          an unknown field  | {"version":1,"policies":[],"all":1}  | unknown field 'all'
          a relative path   | {"version":1,"policies":[{"path":"x/.cmdguard.yaml","sha256":"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad","trusted":"2025-06-01T12:00:00Z"}]} | 'x/.cmdguard.yaml' is not an absolute, normalised path
          a dotted path     | {"version":1,"policies":[{"path":"/a/../.cmdguard.yaml","sha256":"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad","trusted":"2025-06-01T12:00:00Z"}]} | is not an absolute, normalised path
          a short hash      | {"version":1,"policies":[{"path":"/a/.cmdguard.yaml","sha256":"ba78","trusted":"2025-06-01T12:00:00Z"}]} | 64 lower-case hex digits
          a path twice      | {"version":1,"policies":[{"path":"/a/.cmdguard.yaml","sha256":"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad","trusted":"2025-06-01T12:00:00Z"},{"path":"/a/.cmdguard.yaml","sha256":"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad","trusted":"2025-06-01T12:00:00Z"}]} | is listed twice
          """)
  void aBrokenRecordTrustsNothingAndIsNeverOverwritten(String what, String content, String error)
      throws IOException {
    Path file = dir.resolve("state/trusted-policies.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    ProjectTrust trust = ProjectTrust.at(file);
    Path policy = Path.of("/a/.cmdguard.yaml");

    assertThat(trust.trustedHash(policy)).isEmpty();
    assertThat(trust.problem().orElseThrow()).startsWith(file + ": ").contains(error);
    assertThatThrownBy(() -> trust.trust(policy, HASH, NOW))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(file + ": ")
        .hasMessageContaining(error);
    assertThatThrownBy(() -> trust.untrust(policy)).isInstanceOf(IOException.class);
    assertThat(Files.readString(file)).isEqualTo(content);
  }

  @Test
  void aRecordChangedByAnotherWriterIsReadAgain() throws IOException {
    ProjectTrust reader = trust();
    assertThat(reader.trustedHash(POLICY)).isEmpty();
    trust().trust(POLICY, HASH, NOW);
    assertThat(reader.trustedHash(POLICY)).contains(HASH);
    trust().untrust(POLICY);
    assertThat(reader.trustedHash(POLICY)).isEmpty();
  }

  @Test
  void theRecordIsTheUsersAloneAndSortedByPath() throws IOException {
    ProjectTrust trust = trust();
    trust.trust(Path.of("/b/.cmdguard.yaml"), HASH, NOW);
    trust.trust(Path.of("/a/.cmdguard.yaml"), OTHER, NOW);
    Path file = dir.resolve("state/trusted-policies.json");
    assertThat(TrustStoreTest.mode(file)).isEqualTo("rw-------");
    assertThat(TrustStoreTest.mode(file.getParent())).isEqualTo("rwx------");
    String text = Files.readString(file);
    assertThat(text.indexOf("/a/.cmdguard.yaml")).isLessThan(text.indexOf("/b/.cmdguard.yaml"));
    assertThat(text).contains("\"trusted\" : \"2025-06-01T12:00:00Z\"");
  }

  @Test
  void eightThreadsTrustingFilesAtOnceLoseNothing() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  ProjectTrust own = trust();
                  for (int i = 0; i < 25; i++) {
                    own.trust(Path.of("/p" + thread + "/" + i + "/.cmdguard.yaml"), HASH, NOW);
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
    ProjectTrust trust = trust();
    for (int t = 0; t < 8; t++) {
      for (int i = 0; i < 25; i++) {
        assertThat(trust.trustedHash(Path.of("/p" + t + "/" + i + "/.cmdguard.yaml")))
            .contains(HASH);
      }
    }
  }
}
