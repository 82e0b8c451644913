package dev.cmdguard;

/**
 * Statistics of the decision cache (SPEC section 7) since the guard was built.
 *
 * @param hits evaluations answered from the cache
 * @param misses evaluations analysed afresh
 * @param evictions entries dropped for size or expiry
 * @param size entries held now (approximate while other threads evaluate)
 */
public record CacheStats(long hits, long misses, long evictions, long size) {
  /** Hits over lookups, 0 when there were none. */
  public double hitRate() {
    long lookups = hits + misses;
    return lookups == 0 ? 0 : (double) hits / lookups;
  }
}
