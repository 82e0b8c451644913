package dev.cmdguard.policy;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The project policy files the user trusted (SPEC section 6): an untrusted {@code .cmdguard.yaml}
 * can only tighten the policy; a trusted one applies in full, but only while its bytes have the
 * SHA-256 recorded by {@code cmdguard policy trust}. Any change to the file drops the trust. Kept
 * in a JSON file ({@link PolicyLocations#trustedPolicies()}); format in {@code docs/trust.md}.
 *
 * <p>Files are identified by their absolute, normalised path ({@code Path.normalize}: {@code .} and
 * {@code ..} removed, symbolic links not followed), so the loader and {@code policy trust} must
 * name a file the same way. Relative paths are refused rather than resolved against the process's
 * directory: the core does not read the environment.
 *
 * <p>Reads are cached and re-done when the file changes; an unreadable or corrupt file trusts no
 * project policy ({@link #problem()} says why) and is never overwritten. Writes hold the file's
 * lock and replace it atomically ({@link LockedFile}). Thread-safe.
 */
public final class ProjectTrust {
  private final LockedFile file;
  private final CachedFile<Map<String, TrustedPoliciesFile.Policy>> policies;

  private ProjectTrust(LockedFile file) {
    this.file = file;
    this.policies = new CachedFile<>(file, TrustedPoliciesFile::parse, Map.of());
  }

  /**
   * The trusted policies recorded in {@code file}, which need not exist yet.
   *
   * @param file an absolute path, usually {@link PolicyLocations#trustedPolicies()}
   * @throws IllegalArgumentException when {@code file} is relative
   */
  public static ProjectTrust at(Path file) {
    return new ProjectTrust(LockedFile.at(file));
  }

  /** The file the trust is recorded in. */
  public Path path() {
    return file.path();
  }

  /**
   * The SHA-256 the user trusted for {@code policyFile}: 64 lower-case hex digits. Empty when the
   * file was never trusted, and when the record cannot be read or parsed (see {@link #problem()}).
   *
   * @param policyFile an absolute path; normalised here
   * @throws IllegalArgumentException when {@code policyFile} is relative
   */
  public Optional<String> trustedHash(Path policyFile) {
    return Optional.ofNullable(policies.current().content().get(key(policyFile)))
        .map(TrustedPoliciesFile.Policy::sha256);
  }

  /**
   * True when {@code policyFile} is trusted with exactly this content hash.
   *
   * @param sha256 the SHA-256 of the bytes about to be used, hex in either case ({@link #sha256})
   * @throws IllegalArgumentException when {@code policyFile} is relative
   */
  public boolean isTrusted(Path policyFile, String sha256) {
    return trustedHash(policyFile)
        .filter(h -> h.equals(sha256.toLowerCase(Locale.ROOT)))
        .isPresent();
  }

  /** Why the record cannot be used, naming its file; empty when it can (or does not exist). */
  public Optional<String> problem() {
    return policies.current().problem();
  }

  /**
   * Trusts {@code policyFile} with the content whose SHA-256 is {@code sha256}, replacing an
   * earlier trust of the same path.
   *
   * @param sha256 64 hex digits, either case
   * @throws IllegalArgumentException when the path is relative or the hash is not 64 hex digits
   * @throws IOException when the record cannot be locked, read, parsed or written; a corrupt record
   *     is left as it is
   */
  public void trust(Path policyFile, String sha256, Instant now) throws IOException {
    TrustedPoliciesFile.Policy policy =
        new TrustedPoliciesFile.Policy(key(policyFile), sha256.toLowerCase(Locale.ROOT), now);
    file.locked(
        () -> {
          Map<String, TrustedPoliciesFile.Policy> current = new LinkedHashMap<>(policies.readNow());
          current.put(policy.path(), policy);
          file.replace(TrustedPoliciesFile.write(current.values()));
          return null;
        });
  }

  /**
   * Drops the trust of {@code policyFile}.
   *
   * @return true when it was trusted
   * @throws IllegalArgumentException when {@code policyFile} is relative
   * @throws IOException when the record cannot be locked, read, parsed or written
   */
  public boolean untrust(Path policyFile) throws IOException {
    String key = key(policyFile);
    return file.locked(
        () -> {
          Map<String, TrustedPoliciesFile.Policy> current = new LinkedHashMap<>(policies.readNow());
          if (current.remove(key) == null) {
            return false;
          }
          file.replace(TrustedPoliciesFile.write(current.values()));
          return true;
        });
  }

  /** True when {@code path} is absolute and already normalised. */
  static boolean isNormalisedAbsolute(String path) {
    try {
      Path p = Path.of(path);
      return p.isAbsolute() && p.normalize().toString().equals(path);
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private static String key(Path policyFile) {
    if (!policyFile.isAbsolute()) {
      throw new IllegalArgumentException("a policy file needs an absolute path: " + policyFile);
    }
    return policyFile.normalize().toString();
  }
}
