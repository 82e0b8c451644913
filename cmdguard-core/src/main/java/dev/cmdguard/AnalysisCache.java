package dev.cmdguard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.cmdguard.policy.Policy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The decision cache of SPEC section 7 (Caffeine): analyses keyed by everything that can change
 * them — the exact command text or the argv as a list (never a joined string, so {@code ["rm", "-rf
 * /"]} and {@code ["rm", "-rf", "/"]} never share an entry), cwd, HOME, user, the known
 * environment, the policy's fingerprint and the profile. Expiry runs on the guard's clock.
 */
final class AnalysisCache {
  private final Cache<Key, Analysed> cache;

  AnalysisCache(long entries, Duration expiry, LongSupplier nanos) {
    this.cache =
        entries == 0
            ? null
            : Caffeine.newBuilder()
                .maximumSize(entries)
                .expireAfterWrite(expiry)
                .ticker(nanos::getAsLong)
                .executor(Runnable::run)
                .recordStats()
                .build();
  }

  /** The cached analysis for {@code key}, if there is one. */
  Optional<Analysed> get(Key key) {
    return cache == null ? Optional.empty() : Optional.ofNullable(cache.getIfPresent(key));
  }

  /** Keeps {@code value} unless the analysis was cut short by a limit. */
  void put(Key key, Analysed value) {
    if (cache != null && value.cacheable()) {
      cache.put(key, value);
    }
  }

  dev.cmdguard.CacheStats stats() {
    if (cache == null) {
      return new dev.cmdguard.CacheStats(0, 0, 0, 0);
    }
    CacheStats s = cache.stats();
    return new dev.cmdguard.CacheStats(
        s.hitCount(), s.missCount(), s.evictionCount(), cache.estimatedSize());
  }

  /**
   * Everything an analysis depends on.
   *
   * @param script the exact text, or null
   * @param argv the argv as a list, or null
   */
  record Key(
      String script,
      List<String> argv,
      String cwd,
      String home,
      String user,
      Map<String, String> environment,
      String policy,
      Profile profile) {
    // equals and hashCode written out: the generated ones cost a fresh JVM's first call about
    // 20 ms of invokedynamic linking, and `check` builds a guard for one command.

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(script, k.script)
          && Objects.equals(argv, k.argv)
          && Objects.equals(cwd, k.cwd)
          && Objects.equals(home, k.home)
          && Objects.equals(user, k.user)
          && Objects.equals(environment, k.environment)
          && Objects.equals(policy, k.policy)
          && profile == k.profile;
    }

    @Override
    public int hashCode() {
      return Objects.hash(script, argv, cwd, home, user, environment, policy, profile);
    }

    static Key of(EvaluationRequest r, Policy policy, Profile profile) {
      return new Key(
          r.script().orElse(null),
          r.argv().orElse(null),
          r.cwd(),
          r.home(),
          r.user(),
          r.environment(),
          policy.fingerprint(),
          profile);
    }
  }
}
