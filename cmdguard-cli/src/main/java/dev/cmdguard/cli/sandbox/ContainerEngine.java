package dev.cmdguard.cli.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Docker or Podman ({@code docker-run(1)}, {@code podman-run(1)}): the command runs in a throwaway
 * container of {@code sandbox.image} with a read-only root, its own {@code /tmp}, no network unless
 * the host's, every capability dropped, no new privileges, the engine's default seccomp profile
 * (which refuses the same families of calls as {@link SeccompFilter}), and an init process that
 * passes signals on. Only the workspace is mounted: the writable paths read-write, the protected
 * paths inside them read-only, the working directory read-only when no writable path holds it.
 * Files created belong to the workspace's owner: Docker runs as {@code --user UID:GID}, rootless
 * Podman maps the user with {@code --userns=keep-id}.
 */
final class ContainerEngine implements SandboxRuntime {
  /** Host variables that mean nothing in the image's filesystem and are not passed. */
  private static final Set<String> HOST_ONLY =
      Set.of("PATH", "HOME", "SHELL", "USER", "LOGNAME", "PWD");

  private final String engine;
  private final Optional<Path> program;

  ContainerEngine(String engine, Optional<Path> program) {
    this.engine = engine;
    this.program = program;
  }

  @Override
  public String name() {
    return engine;
  }

  @Override
  public Optional<String> missing() {
    if (program.isEmpty()) {
      return Optional.of(
          engine
              + " is not installed (no "
              + engine
              + " on PATH): install it, or set sandbox.runtime to bubblewrap in the policy");
    }
    return Optional.empty();
  }

  @Override
  public boolean hostFileSystem() {
    return false;
  }

  @Override
  public boolean readsSeccompFile() {
    return false;
  }

  /**
   * @throws IllegalArgumentException for a path with {@code :} or {@code ,}, which the engine's
   *     mount syntax cannot carry
   */
  @Override
  public List<String> argv(SandboxSpec spec) {
    missing()
        .ifPresent(
            why -> {
              throw new IllegalStateException(why);
            });
    List<String> a = new ArrayList<>();
    a.add(program.orElseThrow().toString());
    a.addAll(List.of("run", "--rm", "-i"));
    if (spec.terminal()) {
      a.add("-t");
    }
    a.addAll(List.of("--init", "--network", spec.hostNetwork() ? "host" : "none"));
    a.addAll(List.of("--read-only", "--tmpfs", "/tmp", "--cap-drop", "ALL"));
    a.addAll(List.of("--security-opt", "no-new-privileges"));
    if (engine.equals("podman")) {
      a.add("--userns=keep-id");
    } else {
      a.addAll(List.of("--user", spec.owner()));
    }
    if (spec.writable().stream().noneMatch(w -> spec.cwd().startsWith(w))) {
      a.addAll(List.of("-v", mount(spec.cwd()) + ":" + mount(spec.cwd()) + ":ro"));
    }
    spec.writable().forEach(p -> a.addAll(List.of("-v", mount(p) + ":" + mount(p))));
    spec.readOnly().forEach(p -> a.addAll(List.of("-v", mount(p) + ":" + mount(p) + ":ro")));
    for (Path p : spec.hidden()) {
      if (spec.writable().stream().anyMatch(p::startsWith)) {
        a.addAll(
            Files.isDirectory(p)
                ? List.of("--tmpfs", mount(p))
                : List.of("-v", "/dev/null:" + mount(p) + ":ro"));
      }
    }
    a.addAll(List.of("-w", mount(spec.cwd())));
    spec.environment().keySet().stream()
        .filter(n -> !HOST_ONLY.contains(n))
        .sorted()
        .forEach(n -> a.addAll(List.of("-e", n)));
    a.add(spec.image());
    a.addAll(spec.command());
    return List.copyOf(a);
  }

  /**
   * The host's variables (the client needs {@code DOCKER_HOST}, {@code HOME} for its configuration
   * …) with the spec's on top; {@code -e NAME} gives the container each spec variable's value from
   * here, so no value appears in the argv ({@code ps} shows argv to every user).
   */
  @Override
  public Map<String, String> processEnvironment(SandboxSpec spec, Map<String, String> host) {
    Map<String, String> env = new HashMap<>(host);
    spec.environment()
        .forEach(
            (k, v) -> {
              if (!HOST_ONLY.contains(k)) {
                env.put(k, v);
              }
            });
    return Map.copyOf(env);
  }

  private static String mount(Path p) {
    String s = p.toString();
    if (s.contains(":") || s.contains(",")) {
      throw new IllegalArgumentException(
          "a path with ':' or ',' cannot be mounted into a container: " + s);
    }
    return s;
  }
}
