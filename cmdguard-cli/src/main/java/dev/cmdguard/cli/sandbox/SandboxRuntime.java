package dev.cmdguard.cli.sandbox;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A way to run a command in a sandbox (SPEC section 8): bubblewrap on Linux, or a container engine
 * (Docker, Podman). It only builds the argv and environment of the process to start; {@code
 * cmdguard exec} starts it, and never falls back to the host when {@link #missing()} says the
 * runtime cannot run.
 */
public sealed interface SandboxRuntime permits Bubblewrap, ContainerEngine {
  /** {@code bubblewrap}, {@code docker} or {@code podman}, as in {@code sandbox.runtime}. */
  String name();

  /**
   * Why this runtime cannot run here, naming what is missing and how to get it ("bubblewrap is not
   * installed: apt-get install bubblewrap"); empty when it can.
   */
  Optional<String> missing();

  /** True when {@link #argv} needs {@link SandboxSpec#seccompFilter()} written to a file. */
  boolean readsSeccompFile();

  /**
   * True when the command sees the host's file system (read-only), so a host path such as the
   * host's {@code bash} means the same inside; false for a container image's own.
   */
  boolean hostFileSystem();

  /**
   * The argv of the process to start: the runtime, its options, then the command.
   *
   * @throws IllegalStateException when the runtime is {@link #missing()}
   */
  List<String> argv(SandboxSpec spec);

  /**
   * The environment of the process to start. bubblewrap passes its own to the command, so it is the
   * spec's; a container engine's client needs the host's (to reach its daemon) and passes the
   * spec's variables by name.
   */
  Map<String, String> processEnvironment(SandboxSpec spec, Map<String, String> host);

  /**
   * The runtime for {@code sandbox.runtime}.
   *
   * @param configured {@code auto} (bubblewrap, the only runtime that needs no daemon; it exists
   *     only on Linux), {@code bubblewrap}, {@code docker} or {@code podman}
   * @param path the {@code PATH} the runtime's program is looked up in
   * @param osName the {@code os.name} system property
   * @throws IllegalArgumentException for another name
   */
  static SandboxRuntime of(String configured, String path, String osName) {
    boolean linux = osName.toLowerCase(Locale.ROOT).startsWith("linux");
    return switch (configured) {
      case "auto", "bubblewrap" -> new Bubblewrap(Programs.find("bwrap", path), linux, osName);
      case "docker", "podman" -> new ContainerEngine(configured, Programs.find(configured, path));
      default -> throw new IllegalArgumentException("unknown sandbox runtime: " + configured);
    };
  }
}
