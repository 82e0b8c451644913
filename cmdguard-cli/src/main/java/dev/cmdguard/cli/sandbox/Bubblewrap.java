package dev.cmdguard.cli.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * bubblewrap ({@code bwrap(1)}), the default runtime on Linux: no daemon, a few milliseconds to
 * start. The host's root is bound read-only; {@code /dev}, {@code /proc}, {@code /tmp} and {@code
 * /run} are the sandbox's own (so the host's sockets under {@code /run}, such as Docker's, cannot
 * be reached); the writable paths are bound read-write, then the protected paths inside them
 * read-only again and the credential paths hidden; every namespace is new (the network too unless
 * it is the host's); capabilities are dropped; the sandbox dies with cmdguard; the command runs in
 * a new session (no {@code TIOCSTI} into the terminal) under the seccomp filter.
 *
 * <p>The filter reaches bubblewrap on a file descriptor ({@code --seccomp 3}). Java cannot hand a
 * child extra descriptors, so the process started is {@code /bin/sh -c 'exec 3<"$1" || exit 126;
 * shift; exec "$@"' cmdguard-sandbox FILTER bwrap …}: the shell opens the file on descriptor 3 and
 * replaces itself with bubblewrap, which inherits it. Every word of the command reaches bubblewrap
 * as its own argument through {@code "$@"}; nothing is pasted into shell text.
 */
final class Bubblewrap implements SandboxRuntime {
  /** The descriptor the filter is read from. */
  static final int SECCOMP_FD = 3;

  /** Opens {@code $1} on descriptor 3, drops it from the arguments, and runs the rest. */
  static final String TRAMPOLINE = "exec 3<\"$1\" || exit 126; shift; exec \"$@\"";

  private final Optional<Path> program;
  private final boolean linux;
  private final String os;

  Bubblewrap(Optional<Path> program, boolean linux, String os) {
    this.program = program;
    this.linux = linux;
    this.os = os;
  }

  @Override
  public String name() {
    return "bubblewrap";
  }

  @Override
  public Optional<String> missing() {
    if (!linux) {
      return Optional.of(
          "bubblewrap runs only on Linux, not on "
              + os
              + ": set sandbox.runtime to docker or podman in the policy");
    }
    if (program.isEmpty()) {
      return Optional.of(
          "bubblewrap is not installed (no bwrap on PATH): apt-get install bubblewrap"
              + " (Debian, Ubuntu), dnf install bubblewrap (Fedora), pacman -S bubblewrap (Arch)");
    }
    return Optional.empty();
  }

  @Override
  public boolean hostFileSystem() {
    return true;
  }

  @Override
  public boolean readsSeccompFile() {
    return true;
  }

  @Override
  public List<String> argv(SandboxSpec spec) {
    missing().ifPresent(why -> fail(why));
    List<String> a = new ArrayList<>();
    spec.seccompFilter()
        .ifPresent(
            f -> a.addAll(List.of("/bin/sh", "-c", TRAMPOLINE, "cmdguard-sandbox", f.toString())));
    a.add(program.orElseThrow().toString());
    a.addAll(List.of("--die-with-parent", "--new-session", "--unshare-all"));
    if (spec.hostNetwork()) {
      a.add("--share-net");
    }
    a.addAll(List.of("--unshare-pid", "--cap-drop", "ALL"));
    a.addAll(List.of("--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc"));
    a.addAll(List.of("--tmpfs", "/tmp", "--tmpfs", "/run"));
    if (Files.isDirectory(Path.of("/var/run")) && !Files.isSymbolicLink(Path.of("/var/run"))) {
      a.addAll(List.of("--tmpfs", "/var/run"));
    }
    if (spec.hostNetwork()) {
      resolverUnderRun().ifPresent(r -> a.addAll(List.of("--ro-bind", r, r)));
    }
    spec.writable().forEach(p -> a.addAll(List.of("--bind", p.toString(), p.toString())));
    spec.readOnly().forEach(p -> a.addAll(List.of("--ro-bind", p.toString(), p.toString())));
    for (Path p : spec.hidden()) {
      if (Files.isDirectory(p)) {
        a.addAll(List.of("--tmpfs", p.toString()));
      } else {
        a.addAll(List.of("--ro-bind", "/dev/null", p.toString()));
      }
    }
    if (spec.seccompFilter().isPresent()) {
      a.addAll(List.of("--seccomp", Integer.toString(SECCOMP_FD)));
    }
    a.addAll(List.of("--chdir", spec.cwd().toString(), "--"));
    a.addAll(spec.command());
    return List.copyOf(a);
  }

  @Override
  public Map<String, String> processEnvironment(SandboxSpec spec, Map<String, String> host) {
    return spec.environment();
  }

  /**
   * Where {@code /etc/resolv.conf} really is when that is under {@code /run} (systemd-resolved's
   * stub), so that name resolution still works with the host's network once {@code /run} is the
   * sandbox's own.
   */
  private static Optional<String> resolverUnderRun() {
    try {
      Path real = Path.of("/etc/resolv.conf").toRealPath();
      return real.startsWith("/run") ? Optional.of(real.toString()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static void fail(String why) {
    throw new IllegalStateException(why);
  }
}
