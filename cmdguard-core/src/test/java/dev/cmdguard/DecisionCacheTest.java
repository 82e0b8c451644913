package dev.cmdguard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.policy.Layer;
import dev.cmdguard.policy.Policies;
import dev.cmdguard.policy.PolicyKey;
import dev.cmdguard.policy.PolicyLayer;
import dev.cmdguard.policy.PolicyLocations;
import dev.cmdguard.policy.PolicySource;
import dev.cmdguard.policy.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decision cache of SPEC section 7 (issue 5). */
class DecisionCacheTest {
  private static final String CWD = "/home/dev/project";
  private static final String HOME = "/home/dev";

  private static EvaluationRequest script(String text, String cwd) {
    return EvaluationRequest.script(text, cwd, HOME, "dev");
  }

  @Test
  void argvIsKeyedAsAListNeverAsJoinedText() {
    CommandGuard g = CommandGuard.builder().build();
    Decision split =
        g.evaluate(EvaluationRequest.argv(List.of("rm", "-rf", "/"), CWD, HOME, "dev"));
    Decision joined = g.evaluate(EvaluationRequest.argv(List.of("rm", "-rf /"), CWD, HOME, "dev"));
    assertThat(split.cacheHit()).isFalse();
    assertThat(joined.cacheHit()).isFalse();
    assertThat(split.risk()).isEqualTo(Risk.CRITICAL);
    assertThat(joined.risk()).isNotEqualTo(Risk.CRITICAL);
    assertThat(g.cacheStats().misses()).isEqualTo(2);
  }

  @Test
  void aRepeatIsAHitIdenticalToAFreshDecision() {
    CommandGuard g = CommandGuard.builder().build();
    Decision fresh = g.evaluate(script("git push --force origin main && rm -rf build", CWD));
    Decision cached = g.evaluate(script("git push --force origin main && rm -rf build", CWD));
    assertThat(cached.cacheHit()).isTrue();
    assertThat(cached).isEqualTo(fresh.fromCache(cached.durationMicros()));
    Decision other =
        CommandGuard.builder()
            .build()
            .evaluate(script("git push --force origin main && rm -rf build", CWD));
    assertThat(other).isEqualTo(fresh);
    assertThat(g.cacheStats()).isEqualTo(new CacheStats(1, 1, 0, 1));
  }

  @Test
  void anotherCwdOrHomeOrScriptTextMisses() {
    CommandGuard g = CommandGuard.builder().build();
    g.evaluate(script("rm -rf build", CWD));
    assertThat(g.evaluate(script("rm -rf build", "/tmp")).cacheHit()).isFalse();
    assertThat(
            g.evaluate(EvaluationRequest.script("rm -rf build", CWD, "/home/other", "dev"))
                .cacheHit())
        .isFalse();
    assertThat(g.evaluate(script("rm -rf build ", CWD)).cacheHit()).isFalse();
    assertThat(g.evaluate(script("rm -rf build", CWD).withProfile(Profile.HIGH)).cacheHit())
        .isFalse();
  }

  @Test
  void aPolicyChangeMisses(@TempDir Path tmp) throws IOException {
    Path user = tmp.resolve("policy.yaml");
    Map<String, PolicyLayer> byContent = new HashMap<>();
    byContent.put("a", layer(List.of("main")));
    byContent.put("bb", layer(List.of("trunk")));
    Policies policies =
        new Policies(
            new PolicyLocations(tmp.resolve("none.yaml"), user, tmp),
            (f, l) -> byContent.get(read(f)),
            f -> Optional.empty(),
            new PolicyLayer(Layer.FLAGS, "", "", List.of(), List.of()));
    CommandGuard g = CommandGuard.builder().policies(policies).build();
    Files.writeString(user, "a");
    g.evaluate(script("git push origin trunk", CWD));
    assertThat(g.evaluate(script("git push origin trunk", CWD)).cacheHit()).isTrue();
    Files.writeString(user, "bb");
    Decision changed = g.evaluate(script("git push origin trunk", CWD));
    assertThat(changed.cacheHit()).isFalse();
    assertThat(changed.findings()).anyMatch(f -> f.code() == FindingCode.PROTECTED_BRANCH);
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static PolicyLayer layer(List<String> branches) {
    return new PolicyLayer(
        Layer.USER,
        "policy.yaml",
        "",
        List.of(
            Setting.of(
                PolicyKey.GIT_PROTECTED_BRANCHES,
                branches,
                PolicySource.at(Layer.USER, "policy.yaml", 1, 1))),
        List.of());
  }

  @Test
  void entriesExpireOnTheGuardsClockAndSizeIsBounded() {
    AtomicLong now = new AtomicLong();
    CommandGuard g =
        CommandGuard.builder().clock(now::get).cache(2, Duration.ofSeconds(10)).build();
    g.evaluate(script("ls", CWD));
    assertThat(g.evaluate(script("ls", CWD)).cacheHit()).isTrue();
    now.addAndGet(Duration.ofSeconds(11).toNanos());
    assertThat(g.evaluate(script("ls", CWD)).cacheHit()).isFalse();
    g.evaluate(script("ls -a", CWD));
    g.evaluate(script("ls -l", CWD));
    g.evaluate(script("ls -1", CWD));
    assertThat(g.cacheStats().size()).isLessThanOrEqualTo(2);
    assertThat(g.cacheStats().evictions()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void aZeroSizeTurnsTheCacheOff() {
    CommandGuard g = CommandGuard.builder().cache(0, Duration.ofMinutes(1)).build();
    g.evaluate(script("ls", CWD));
    assertThat(g.evaluate(script("ls", CWD)).cacheHit()).isFalse();
  }
}
