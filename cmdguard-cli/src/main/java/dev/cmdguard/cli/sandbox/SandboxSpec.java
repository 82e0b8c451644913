package dev.cmdguard.cli.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One command to run in a sandbox, and the sandbox's shape (SPEC section 8). Paths are absolute;
 * {@link SandboxPaths} computes them from the workspace and the policy.
 *
 * @param command the argv to run inside ({@code /bin/bash -c SCRIPT} for a script)
 * @param cwd the directory it starts in
 * @param writable directories and files writable inside, each existing, as real paths; everything
 *     else of the host is read-only
 * @param readOnly existing paths inside {@code writable} that stay read-only ({@code .git/hooks},
 *     {@code .git/config}, shell rc files, cmdguard's policy, trust and audit files)
 * @param hidden existing credential directories and files replaced by an empty one ({@code ~/.ssh},
 *     {@code ~/.aws} …)
 * @param hostNetwork true for the host's network ({@code sandbox.network: host}); false: none
 * @param seccompFilter the file holding {@link SeccompFilter#program}, when the filter is on
 * @param environment the variables the command sees ({@link SandboxEnvironment})
 * @param image the container image (Docker and Podman only)
 * @param owner {@code UID:GID} that files created in the workspace belong to (containers only)
 * @param terminal true when standard input and output are terminals (containers: {@code --tty})
 */
public record SandboxSpec(
    List<String> command,
    Path cwd,
    List<Path> writable,
    List<Path> readOnly,
    List<Path> hidden,
    boolean hostNetwork,
    Optional<Path> seccompFilter,
    Map<String, String> environment,
    String image,
    String owner,
    boolean terminal) {

  /**
   * @throws IllegalArgumentException when the command is empty or a path is not absolute
   */
  public SandboxSpec {
    command = List.copyOf(command);
    if (command.isEmpty()) {
      throw new IllegalArgumentException("nothing to run");
    }
    requireAbsolute(List.of(cwd));
    writable = List.copyOf(writable);
    readOnly = List.copyOf(readOnly);
    hidden = List.copyOf(hidden);
    requireAbsolute(writable);
    requireAbsolute(readOnly);
    requireAbsolute(hidden);
    Objects.requireNonNull(seccompFilter, "seccompFilter");
    environment = Map.copyOf(environment);
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(owner, "owner");
  }

  /** This spec with the seccomp filter in {@code file}. */
  public SandboxSpec withSeccompFilter(Path file) {
    return new SandboxSpec(
        command,
        cwd,
        writable,
        readOnly,
        hidden,
        hostNetwork,
        Optional.of(file),
        environment,
        image,
        owner,
        terminal);
  }

  private static void requireAbsolute(List<Path> paths) {
    for (Path p : paths) {
      if (!p.isAbsolute()) {
        throw new IllegalArgumentException("not an absolute path: " + p);
      }
    }
  }
}
