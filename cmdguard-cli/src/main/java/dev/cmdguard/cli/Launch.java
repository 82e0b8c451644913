package dev.cmdguard.cli;

import dev.cmdguard.cli.sandbox.SandboxRuntime;
import dev.cmdguard.cli.sandbox.SandboxSpec;
import dev.cmdguard.cli.sandbox.SeccompFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The process {@code exec} starts: the command itself on the host, or a sandbox runtime with the
 * command at the end of its argv. Closing it deletes the seccomp filter's temporary file.
 *
 * @param argv what is started
 * @param environment its whole environment
 * @param directory where it starts
 * @param runtime {@code host}, {@code bubblewrap}, {@code docker} or {@code podman}
 * @param filterFile the temporary file holding the seccomp filter, if one was written
 */
record Launch(
    List<String> argv,
    Map<String, String> environment,
    Path directory,
    String runtime,
    Optional<Path> filterFile)
    implements AutoCloseable {

  /** Shown in a dry run where the filter's temporary file would be. */
  static final Path FILTER_PLACEHOLDER = Path.of("/tmp/cmdguard-seccomp-XXXX.bpf");

  Launch {
    argv = List.copyOf(argv);
    environment = Map.copyOf(environment);
  }

  /** The command on the host, with the host's environment unchanged. */
  static Launch host(List<String> command, Map<String, String> environment, Path cwd) {
    return new Launch(command, environment, cwd, "host", Optional.empty());
  }

  /**
   * The command in {@code runtime}. When the runtime reads a seccomp filter and {@code arch} is
   * given, the filter is written to a new temporary file (mode 0600), or in a dry run only named
   * ({@link #FILTER_PLACEHOLDER}).
   *
   * @throws IOException when the filter's file cannot be written
   */
  static Launch sandbox(
      SandboxRuntime runtime,
      SandboxSpec spec,
      Optional<SeccompFilter.Arch> arch,
      Map<String, String> host,
      boolean dryRun)
      throws IOException {
    Optional<Path> file = Optional.empty();
    SandboxSpec filtered = spec;
    if (runtime.readsSeccompFile() && arch.isPresent()) {
      Path f = dryRun ? FILTER_PLACEHOLDER : writeFilter(arch.get());
      file = dryRun ? Optional.empty() : Optional.of(f);
      filtered = spec.withSeccompFilter(f);
    }
    try {
      return new Launch(
          runtime.argv(filtered),
          runtime.processEnvironment(filtered, host),
          spec.cwd(),
          runtime.name(),
          file);
    } catch (RuntimeException e) {
      if (file.isPresent()) {
        Files.deleteIfExists(file.get());
      }
      throw e;
    }
  }

  /** True when the command runs in a sandbox. */
  boolean sandboxed() {
    return !runtime.equals("host");
  }

  /**
   * The process a forwarded signal goes to, given the one started: below bubblewrap's own
   * processes, else the process itself ({@link SignalForwarding}).
   */
  Function<ProcessHandle, ProcessHandle> signalTarget() {
    return runtime.equals("bubblewrap")
        ? started -> SignalForwarding.below(started, "bwrap")
        : Function.identity();
  }

  /** Deletes the filter's temporary file. */
  @Override
  public void close() throws IOException {
    if (filterFile.isPresent()) {
      Files.deleteIfExists(filterFile.get());
    }
  }

  private static Path writeFilter(SeccompFilter.Arch arch) throws IOException {
    Path f = Files.createTempFile("cmdguard-seccomp-", ".bpf");
    try {
      Files.write(f, SeccompFilter.program(arch));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(f);
      throw e;
    }
    f.toFile().deleteOnExit();
    return f;
  }
}
