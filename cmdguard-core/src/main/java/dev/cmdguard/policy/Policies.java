package dev.cmdguard.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Finds and merges the policy layers in force for a workspace (SPEC section 6): built-in → system →
 * user → project ({@code .cmdguard.yaml} in the workspace root or its nearest ancestor) → flags.
 * Each file is read once and read again only when its size or modification time changes, so a
 * long-running process sees edits. Thread-safe.
 *
 * <p>A missing file is simply an absent layer. A file that exists but cannot be used makes {@link
 * #resolve} throw: the caller must deny, never fall back to a weaker policy.
 */
public final class Policies {
  private final PolicyLocations locations;
  private final LayerReader reader;
  private final Function<Path, Optional<String>> trustedHash;
  private final PolicyLayer flags;
  private final boolean files;
  private volatile Merged last;
  private final Map<Path, Cached> cache = new ConcurrentHashMap<>();

  /**
   * @param locations where the system and user files are
   * @param reader reads a file into a layer ({@code PolicyLoader::load})
   * @param trustedHash the SHA-256 the user trusted for a project policy file (by absolute path),
   *     if any ({@code ProjectTrust::trustedHash})
   * @param flags the command-line flags as a layer (may have no settings)
   */
  public Policies(
      PolicyLocations locations,
      LayerReader reader,
      Function<Path, Optional<String>> trustedHash,
      PolicyLayer flags) {
    this.locations = Objects.requireNonNull(locations, "locations");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.trustedHash = Objects.requireNonNull(trustedHash, "trustedHash");
    this.flags = Objects.requireNonNull(flags, "flags");
    this.files = true;
  }

  /** Only the built-in layer and the flags: for tests and embedding without policy files. */
  public static Policies builtIn(PolicyLayer flags) {
    return new Policies(null, (f, l) -> null, f -> Optional.empty(), flags, false);
  }

  private Policies(
      PolicyLocations locations,
      LayerReader reader,
      Function<Path, Optional<String>> trustedHash,
      PolicyLayer flags,
      boolean files) {
    this.locations = locations;
    this.reader = reader;
    this.trustedHash = trustedHash;
    this.flags = Objects.requireNonNull(flags, "flags");
    this.files = files;
  }

  /**
   * The effective policy for commands starting in {@code workspace}.
   *
   * @param workspace absolute path of the workspace root (the request's cwd)
   * @throws PolicyException when a policy file in force cannot be used
   */
  public Policy resolve(String workspace) throws PolicyException {
    if (!files) {
      return merged(List.of(flags), PolicyMerge.ProjectTrustState.UNTRUSTED, List.of());
    }
    List<PolicyLayer> layers = new ArrayList<>();
    read(locations.systemPolicy(), Layer.SYSTEM).ifPresent(layers::add);
    read(locations.userPolicy(), Layer.USER).ifPresent(layers::add);
    Optional<Path> project = projectFile(Path.of(workspace));
    PolicyMerge.ProjectTrustState trusted = PolicyMerge.ProjectTrustState.UNTRUSTED;
    List<String> notices = new ArrayList<>();
    if (project.isPresent()) {
      Optional<PolicyLayer> layer = read(project.get(), Layer.PROJECT);
      if (layer.isPresent()) {
        layers.add(layer.get());
        trusted = trusted(project.get(), layer.get(), notices);
      }
    }
    layers.add(flags);
    return merged(layers, trusted, notices);
  }

  /**
   * The merge of these layers, reused while the same layer objects (read files are cached) come
   * back, so that an evaluation does not merge and hash the policy again.
   */
  private Policy merged(
      List<PolicyLayer> layers, PolicyMerge.ProjectTrustState trusted, List<String> notices) {
    Merged last = this.last;
    if (last != null && last.same(layers, trusted, notices)) {
      return last.policy();
    }
    Policy merged = PolicyMerge.merge(layers, trusted);
    Policy policy = notices.isEmpty() ? merged : merged.withNotices(notices);
    this.last = new Merged(List.copyOf(layers), trusted, List.copyOf(notices), policy);
    return policy;
  }

  /** The last merge and what it was made of. */
  private record Merged(
      List<PolicyLayer> layers,
      PolicyMerge.ProjectTrustState trusted,
      List<String> notices,
      Policy policy) {
    boolean same(
        List<PolicyLayer> other,
        PolicyMerge.ProjectTrustState otherTrusted,
        List<String> otherNotices) {
      if (trusted != otherTrusted
          || layers.size() != other.size()
          || !notices.equals(otherNotices)) {
        return false;
      }
      for (int i = 0; i < layers.size(); i++) {
        if (layers.get(i) != other.get(i)) {
          return false;
        }
      }
      return true;
    }
  }

  /** The project policy file for a workspace: in it or its nearest ancestor that has one. */
  public static Optional<Path> projectFile(Path workspace) {
    for (Path dir = workspace.normalize(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(PolicyLocations.PROJECT_FILE);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private PolicyMerge.ProjectTrustState trusted(
      Path file, PolicyLayer layer, List<String> notices) {
    Optional<String> hash = trustedHash.apply(file.toAbsolutePath().normalize());
    if (hash.isEmpty()) {
      return PolicyMerge.ProjectTrustState.UNTRUSTED;
    }
    if (hash.get().equals(layer.sha256())) {
      return PolicyMerge.ProjectTrustState.TRUSTED;
    }
    notices.add(
        "project policy "
            + file
            + " changed since it was trusted, so it can only tighten until you run 'cmdguard"
            + " policy trust' again");
    return PolicyMerge.ProjectTrustState.CHANGED;
  }

  private Optional<PolicyLayer> read(Path file, Layer layer) throws PolicyException {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (java.nio.file.NoSuchFileException e) {
      cache.remove(file);
      return Optional.empty();
    } catch (IOException | SecurityException e) {
      throw unreadable(file, e);
    }
    if (!attrs.isRegularFile()) {
      throw new PolicyException(
          List.of(new PolicyProblem(file.toString(), 0, 0, "", "is not a regular file", "")));
    }
    Stamp stamp = new Stamp(attrs.size(), attrs.lastModifiedTime().toMillis());
    Cached hit = cache.get(file);
    if (hit == null || !hit.stamp().equals(stamp) || hit.layer() != layer) {
      hit = load(file, layer, stamp);
      cache.put(file, hit);
    }
    if (hit.failure() != null) {
      throw hit.failure();
    }
    return Optional.of(hit.value());
  }

  private Cached load(Path file, Layer layer, Stamp stamp) {
    try {
      return new Cached(stamp, layer, reader.read(file, layer), null);
    } catch (PolicyException e) {
      return new Cached(stamp, layer, null, e);
    } catch (RuntimeException e) {
      return new Cached(stamp, layer, null, unreadable(file, e));
    }
  }

  private static PolicyException unreadable(Path file, Exception e) {
    return new PolicyException(
        List.of(
            new PolicyProblem(
                file.toString(),
                0,
                0,
                "",
                "cannot be read: " + e.getClass().getSimpleName() + " " + e.getMessage(),
                "fix its permissions or remove it")));
  }

  /** Enough to notice that a file changed: its size and modification time. */
  private record Stamp(long size, long modified) {}

  private record Cached(Stamp stamp, Layer layer, PolicyLayer value, PolicyException failure) {}
}
