package dev.cmdguard.cli.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The environment a sandboxed command sees: an allowlist of the host's variables, never one that
 * looks like a secret unless the policy names it exactly. {@code PWD} is the working directory and
 * {@code TMPDIR} the sandbox's private {@code /tmp}.
 *
 * <p>Passed: {@link #ALLOWED}, every {@code LC_*}, and the policy's {@code sandbox.env} entries
 * (exact names, or prefixes ending in {@code *}). Secret-like ({@link #secretLike}): names with
 * TOKEN, SECRET, PASSWORD, PASSWD, PASSPHRASE, CREDENTIAL, PRIVATE, KEY, AUTH, COOKIE, SESSION or
 * PWD in them, or starting with a cloud or forge prefix (AWS_, GITHUB_, GH_, GITLAB_, AZURE_,
 * GOOGLE_, GCP_, OPENAI_, ANTHROPIC_, DOCKER_, SSH_, GPG_, VAULT_, KUBE…), and connection URLs
 * (DATABASE_URL, *_DSN); a {@code *} entry never lets one through.
 */
public final class SandboxEnvironment {
  /** Variables passed when the host has them. */
  public static final Set<String> ALLOWED =
      Set.of(
          "PATH",
          "HOME",
          "USER",
          "LOGNAME",
          "SHELL",
          "LANG",
          "LANGUAGE",
          "TERM",
          "COLORTERM",
          "TZ",
          "NO_COLOR",
          "CLICOLOR",
          "FORCE_COLOR",
          "EDITOR",
          "VISUAL",
          "PAGER",
          "CI",
          "DEBIAN_FRONTEND",
          "JAVA_HOME",
          "GOPATH",
          "GOROOT",
          "GOFLAGS",
          "CARGO_HOME",
          "RUSTUP_HOME",
          "NVM_DIR",
          "VIRTUAL_ENV",
          "CONDA_PREFIX",
          "XDG_CONFIG_HOME",
          "XDG_CACHE_HOME",
          "XDG_DATA_HOME",
          "XDG_STATE_HOME");

  private static final List<String> SECRET_WORDS =
      List.of(
          "TOKEN",
          "SECRET",
          "PASSWORD",
          "PASSWD",
          "PASSPHRASE",
          "CREDENTIAL",
          "PRIVATE",
          "KEY",
          "AUTH",
          "COOKIE",
          "SESSION",
          "PWD",
          "DSN");

  private static final List<String> SECRET_PREFIXES =
      List.of(
          "AWS_",
          "GITHUB_",
          "GH_",
          "GITLAB_",
          "AZURE_",
          "GOOGLE_",
          "GCP_",
          "GCLOUD_",
          "OPENAI_",
          "ANTHROPIC_",
          "DOCKER_",
          "SSH_",
          "GPG_",
          "VAULT_",
          "KUBE",
          "DATABASE_URL",
          "NPM_TOKEN",
          "HF_",
          "HUGGING");

  private SandboxEnvironment() {}

  /**
   * The sandbox's variables.
   *
   * @param host the host's variables
   * @param extra the policy's {@code sandbox.env}: names, or prefixes ending in {@code *}
   * @param cwd the working directory inside, for {@code PWD}
   * @return a new map, sorted by name
   */
  public static Map<String, String> of(Map<String, String> host, List<String> extra, Path cwd) {
    Map<String, String> env = new TreeMap<>();
    host.forEach(
        (name, value) -> {
          if (passes(name, extra)) {
            env.put(name, value);
          }
        });
    env.put("PWD", cwd.toString());
    env.put("TMPDIR", "/tmp");
    return env;
  }

  /** True when {@code name} reaches the sandbox. */
  static boolean passes(String name, List<String> extra) {
    if (extra.contains(name)) {
      return true;
    }
    if (secretLike(name)) {
      return false;
    }
    return ALLOWED.contains(name)
        || name.startsWith("LC_")
        || extra.stream()
            .anyMatch(e -> e.endsWith("*") && name.startsWith(e.substring(0, e.length() - 1)));
  }

  /** True when the name suggests the value is a secret (see the class comment). */
  public static boolean secretLike(String name) {
    if (name.equals("PWD") || name.equals("OLDPWD")) {
      return false;
    }
    String upper = name.toUpperCase(Locale.ROOT);
    return SECRET_WORDS.stream().anyMatch(upper::contains)
        || SECRET_PREFIXES.stream().anyMatch(upper::startsWith);
  }
}
