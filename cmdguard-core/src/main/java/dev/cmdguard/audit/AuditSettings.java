package dev.cmdguard.audit;

import dev.cmdguard.policy.PolicyKey;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How an {@link AuditLog} writes.
 *
 * @param path the log file ({@code PolicyLocations.auditLog()} or {@code audit.path}); its
 *     directory is created with mode 0700 when missing; beside it live {@code audit.jsonl.lock}
 *     (the inter-process lock), {@code audit.jsonl.head} (the end of the chain) and the rotated
 *     files {@code audit.jsonl.1} (newest) … {@code audit.jsonl.5} (oldest)
 * @param maxBytes the size in bytes a file may reach before it is rotated ({@code audit.max_bytes},
 *     default 10 MiB); a single record larger than this still gets written, alone in its file
 * @param extraMasks regular expressions masked besides the built-in secrets ({@code audit.mask})
 * @param fsync true to force every record (and the head) to the disk before {@code append} returns:
 *     survives a power cut, costs a disk flush per record
 */
public record AuditSettings(Path path, long maxBytes, List<String> extraMasks, boolean fsync) {
  /**
   * @throws IllegalArgumentException when {@code maxBytes} is not positive
   */
  public AuditSettings {
    Objects.requireNonNull(path, "path");
    extraMasks = List.copyOf(extraMasks);
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("audit.max_bytes must be positive, not " + maxBytes);
    }
  }

  /** The policy's defaults for a log at {@code path}: 10 MiB files, no extra masks, no fsync. */
  public static AuditSettings defaults(Path path) {
    return new AuditSettings(
        path, (Long) PolicyKey.AUDIT_MAX_BYTES.defaultValue(), List.of(), false);
  }
}
