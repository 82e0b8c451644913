package dev.cmdguard.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock, read and atomic replace that the trust store, trusted policies and audit log share. */
class LockedFileTest {
  @TempDir Path dir;

  @Test
  void aMissingFileReadsAsEmptyAndReplaceCreatesIt() throws IOException {
    LockedFile file = LockedFile.at(dir.resolve("a/b/state.json"));
    assertThat(file.read()).isEmpty();
    file.replace("one".getBytes(StandardCharsets.UTF_8));
    assertThat(file.read()).hasValueSatisfying(b -> assertThat(b).asString().isEqualTo("one"));
    assertThat(TrustStoreTest.mode(dir.resolve("a/b"))).isEqualTo("rwx------");
    assertThat(TrustStoreTest.mode(dir.resolve("a/b/state.json"))).isEqualTo("rw-------");
  }

  @Test
  void theLockIsReentrantWithinAThread() throws IOException {
    LockedFile file = LockedFile.at(dir.resolve("state.json"));
    String inner = file.locked(() -> file.locked(() -> file.locked(() -> "three levels deep")));
    assertThat(inner).isEqualTo("three levels deep");
    assertThat(file.locked(() -> "and again afterwards")).isEqualTo("and again afterwards");
  }

  @Test
  void twoSpellingsOfOneFileShareTheLock() throws Exception {
    Path real = Files.createDirectories(dir.resolve("real"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), real);
    List<LockedFile> spellings =
        List.of(
            LockedFile.at(real.resolve("counter")),
            LockedFile.at(link.resolve("counter")),
            LockedFile.at(dir.resolve("real/../link/./counter")));
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 6; t++) {
        LockedFile file = spellings.get(t % spellings.size());
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 30; i++) {
                    increment(file);
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
    assertThat(Files.readString(real.resolve("counter"))).isEqualTo("180");
  }

  private static void increment(LockedFile file) throws IOException {
    file.locked(
        () -> {
          int n =
              file.read()
                  .map(b -> Integer.parseInt(new String(b, StandardCharsets.UTF_8)))
                  .orElse(0);
          file.replace(Integer.toString(n + 1).getBytes(StandardCharsets.UTF_8));
          return null;
        });
  }

  @Test
  void aRelativePathIsRefused() {
    assertThatThrownBy(() -> LockedFile.at(Path.of("trust.json")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a state file needs an absolute path: trust.json");
  }
}
