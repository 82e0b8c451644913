package dev.cmdguard.cli.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which host paths the sandbox may write, which stay read-only inside them, and which are hidden
 * (SPEC section 8). All are real paths (symbolic links resolved), so a link cannot widen a bind.
 *
 * <ul>
 *   <li>Writable: each {@code sandbox.writable} entry, relative to the workspace ({@code ~} and
 *       {@code ~/…} are the home directory, absolute paths are themselves); entries that do not
 *       exist are left out (their parent is read-only, so nothing can create them).
 *   <li>Read-only again, when they exist inside a writable path: {@code .git/hooks} and {@code
 *       .git/config} of each writable path (a hook or {@code core.hooksPath}, {@code
 *       core.fsmonitor} would run code on the host later), its {@code .cmdguard.yaml}, the shell's
 *       and git's start-up files in the home directory, and cmdguard's own files: the policy files,
 *       the state directory (trust store, trusted policies, audit log), a moved audit log.
 *   <li>Hidden, when they exist: credential directories and files in the home directory ({@code
 *       ~/.ssh}, {@code ~/.aws}, {@code ~/.gnupg}, {@code ~/.kube}, {@code ~/.docker} …); a
 *       directory becomes an empty scratch directory, a file an empty one.
 * </ul>
 *
 * @param writable the writable paths
 * @param readOnly the protected paths inside them
 * @param hidden the credential paths
 */
public record SandboxPaths(List<Path> writable, List<Path> readOnly, List<Path> hidden) {
  /** Start-up files in the home directory: they run code the next time a shell or git starts. */
  static final List<String> HOME_STARTUP =
      List.of(
          ".bashrc",
          ".bash_profile",
          ".bash_login",
          ".bash_logout",
          ".bash_aliases",
          ".profile",
          ".zshrc",
          ".zshenv",
          ".zprofile",
          ".zlogin",
          ".zlogout",
          ".kshrc",
          ".mkshrc",
          ".cshrc",
          ".tcshrc",
          ".config/fish",
          ".gitconfig",
          ".config/git",
          ".config/autostart",
          ".config/systemd",
          ".config/environment.d",
          ".pam_environment");

  /** Credentials in the home directory. */
  static final List<String> CREDENTIALS =
      List.of(
          ".ssh",
          ".aws",
          ".azure",
          ".gnupg",
          ".kube",
          ".docker",
          ".config/gcloud",
          ".config/gh",
          ".config/hub",
          ".git-credentials",
          ".netrc",
          ".pgpass",
          ".pypirc",
          ".vault-token",
          ".cargo/credentials",
          ".cargo/credentials.toml",
          ".terraform.d/credentials.tfrc.json");

  /** Directories that must never be writable in the sandbox ({@link #tooWide}). */
  private static final Set<String> SYSTEM =
      Set.of(
          "/bin",
          "/boot",
          "/dev",
          "/etc",
          "/lib",
          "/lib32",
          "/lib64",
          "/libx32",
          "/opt",
          "/proc",
          "/run",
          "/sbin",
          "/srv",
          "/sys",
          "/usr",
          "/var",
          "/usr/local",
          "/usr/bin",
          "/usr/lib",
          "/var/lib");

  /** Inside each writable path. */
  private static final List<String> IN_WORKSPACE =
      List.of(".git/hooks", ".git/config", ".cmdguard.yaml");

  public SandboxPaths {
    writable = List.copyOf(writable);
    readOnly = List.copyOf(readOnly);
    hidden = List.copyOf(hidden);
  }

  /**
   * The paths for a workspace.
   *
   * @param workspace the workspace root (the command's working directory), absolute
   * @param writableSetting {@code sandbox.writable}
   * @param home the home directory, absolute
   * @param guardFiles cmdguard's own files and directories (policy files, state directory, audit
   *     log), absolute
   */
  public static SandboxPaths of(
      Path workspace, List<String> writableSetting, Path home, List<Path> guardFiles) {
    Set<Path> writable = new LinkedHashSet<>();
    for (String entry : writableSetting) {
      resolve(workspace, home, entry).flatMap(SandboxPaths::real).ifPresent(writable::add);
    }
    List<Path> candidates = new ArrayList<>();
    for (Path w : writable) {
      IN_WORKSPACE.forEach(name -> candidates.add(w.resolve(name)));
    }
    HOME_STARTUP.forEach(name -> candidates.add(home.resolve(name)));
    candidates.addAll(guardFiles);
    Set<Path> readOnly = new LinkedHashSet<>();
    for (Path c : candidates) {
      real(c).filter(r -> writable.stream().anyMatch(r::startsWith)).ifPresent(readOnly::add);
    }
    Set<Path> hidden = new LinkedHashSet<>();
    CREDENTIALS.forEach(name -> real(home.resolve(name)).ifPresent(hidden::add));
    return new SandboxPaths(List.copyOf(writable), List.copyOf(readOnly), List.copyOf(hidden));
  }

  /**
   * Why these writable paths would defeat the read-only host, if they would: one is {@code /}, a
   * system directory ({@code /usr}, {@code /etc}, {@code /var} …) or a directory above the home
   * directory ({@code /home}). A workspace ({@code --cwd}) of {@code /} would otherwise make the
   * whole file system writable.
   *
   * @param home the home directory, absolute
   */
  public Optional<String> tooWide(Path home) {
    Path realHome = real(home).orElse(home);
    for (Path w : writable) {
      if (w.getNameCount() == 0
          || SYSTEM.contains(w.toString())
          || (realHome.startsWith(w) && !realHome.equals(w))) {
        return Optional.of(
            "the sandbox would make "
                + w
                + " writable (the workspace, or sandbox.writable), and it holds the system's or"
                + " other users' files: run it from a project directory");
      }
    }
    return Optional.empty();
  }

  /** {@code UID:GID} of the owner of {@code dir}, for a container's {@code --user}. */
  public static String owner(Path dir) throws IOException {
    return Files.getAttribute(dir, "unix:uid") + ":" + Files.getAttribute(dir, "unix:gid");
  }

  private static Optional<Path> resolve(Path workspace, Path home, String entry) {
    try {
      if (entry.equals("~")) {
        return Optional.of(home);
      }
      if (entry.startsWith("~/")) {
        return Optional.of(home.resolve(entry.substring(2)).normalize());
      }
      return Optional.of(workspace.resolve(entry).normalize());
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static Optional<Path> real(Path p) {
    try {
      return Optional.of(p.toRealPath());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
