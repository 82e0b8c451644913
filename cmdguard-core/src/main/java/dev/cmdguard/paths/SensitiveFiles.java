package dev.cmdguard.paths;

import static dev.cmdguard.paths.FileKind.CREDENTIAL_FILE;
import static dev.cmdguard.paths.FileKind.DOTENV;
import static dev.cmdguard.paths.FileKind.PRIVATE_KEY;
import static dev.cmdguard.paths.FileKind.SHELL_CONFIG;
import static dev.cmdguard.paths.FileKind.SYSTEM_CRITICAL_FILE;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The sensitive files, by name and place. A rule's pattern starting with {@code /} is absolute, one
 * starting with {@code ~/} is relative to a home directory (the context's, {@code /root}, {@code
 * /home/*}, {@code /Users/*}), any other applies in every directory. Names are compared in lower
 * case, since macOS's default file system ignores case ({@code .ENV} opens {@code .env}).
 */
final class SensitiveFiles {
  private static final List<String> TEMPLATES =
      List.of(
          "*example*",
          "*sample*",
          "*template*",
          "*.dist",
          "*.tmpl",
          "*.tpl",
          "*.defaults",
          "*.schema");

  /** PEM files named as certificates or public keys, which are meant to be shared. */
  private static final List<String> CERTIFICATES =
      List.of(
          "*cert*",
          "*crt*",
          "*chain*",
          "*bundle*",
          "ca.pem",
          "ca-*",
          "ca_*",
          "*-ca.pem",
          "*_ca.pem",
          "*.ca.pem",
          "*pub*");

  /** Public halves of key pairs ({@code id_rsa.pub}, {@code public.key}). */
  private static final List<String> PUBLIC = List.of("*pub*");

  /** Public halves, and source and config files named after a key ({@code id_rsa_test.go}). */
  private static final List<String> PUBLIC_OR_SOURCE =
      List.of(
          "*pub*", "*.go", "*.py", "*.rb", "*.js", "*.ts", "*.java", "*.kt", "*.rs", "*.c", "*.h",
          "*.cc", "*.cpp", "*.cs", "*.md", "*.json", "*.yml", "*.yaml", "*.toml", "*.sh");

  static final List<Rule> RULES =
      List.of(
          // dotenv convention (motdotla/dotenv, Docker Compose env_file, Vite, Next.js)
          rule(DOTENV, ".env", TEMPLATES),
          rule(DOTENV, ".env.*", TEMPLATES),
          rule(DOTENV, "*.env", TEMPLATES),
          rule(DOTENV, ".dev.vars", TEMPLATES),
          // ssh(1) FILES, gpg(1), sshd(8) host keys, Debian's /etc/ssl/private
          rule(PRIVATE_KEY, "~/.ssh"),
          rule(PRIVATE_KEY, ".ssh/id_*", PUBLIC),
          rule(PRIVATE_KEY, ".ssh/identity"),
          rule(PRIVATE_KEY, "id_rsa*", PUBLIC_OR_SOURCE),
          rule(PRIVATE_KEY, "id_dsa*", PUBLIC_OR_SOURCE),
          rule(PRIVATE_KEY, "id_ecdsa*", PUBLIC_OR_SOURCE),
          rule(PRIVATE_KEY, "id_ed25519*", PUBLIC_OR_SOURCE),
          rule(PRIVATE_KEY, "*.pem", CERTIFICATES),
          rule(PRIVATE_KEY, "*.key", PUBLIC),
          rule(PRIVATE_KEY, "*.p12"),
          rule(PRIVATE_KEY, "*.pfx"),
          rule(PRIVATE_KEY, "*.p8"),
          rule(PRIVATE_KEY, "*.jks"),
          rule(PRIVATE_KEY, "*.keystore"),
          rule(PRIVATE_KEY, "*.ppk"),
          rule(PRIVATE_KEY, "~/.gnupg"),
          rule(PRIVATE_KEY, "~/.gnupg/private-keys-v1.d/**"),
          rule(PRIVATE_KEY, "~/.gnupg/secring.gpg"),
          rule(PRIVATE_KEY, "/etc/ssh/ssh_host_*_key"),
          rule(PRIVATE_KEY, "/etc/ssl/private/**"),
          // tokens and passwords of cloud CLIs, registries, package managers and databases
          rule(CREDENTIAL_FILE, "~/.aws/**"),
          rule(CREDENTIAL_FILE, "~/.config/gcloud/**"),
          rule(CREDENTIAL_FILE, "~/.azure/**"),
          rule(CREDENTIAL_FILE, "~/.kube/**"),
          rule(CREDENTIAL_FILE, "~/.docker/config.json"),
          rule(CREDENTIAL_FILE, "~/.netrc"),
          rule(CREDENTIAL_FILE, "~/.npmrc"),
          rule(CREDENTIAL_FILE, "~/.yarnrc.yml"),
          rule(CREDENTIAL_FILE, "~/.pypirc"),
          rule(CREDENTIAL_FILE, "~/.config/git/credentials"),
          rule(CREDENTIAL_FILE, "~/.config/gh/hosts.yml"),
          rule(CREDENTIAL_FILE, "~/.config/hub"),
          rule(CREDENTIAL_FILE, "~/.password-store/**"),
          rule(CREDENTIAL_FILE, "~/.local/share/keyrings/**"),
          rule(CREDENTIAL_FILE, "~/.vault-token"),
          rule(CREDENTIAL_FILE, "~/.terraform.d/credentials.tfrc.json"),
          rule(CREDENTIAL_FILE, "~/.terraformrc"),
          rule(CREDENTIAL_FILE, "~/.cargo/credentials"),
          rule(CREDENTIAL_FILE, "~/.cargo/credentials.toml"),
          rule(CREDENTIAL_FILE, "~/.gem/credentials"),
          rule(CREDENTIAL_FILE, "~/.m2/settings-security.xml"),
          rule(CREDENTIAL_FILE, "~/.gradle/gradle.properties"),
          rule(CREDENTIAL_FILE, "~/.pgpass"),
          rule(CREDENTIAL_FILE, "~/.my.cnf"),
          rule(CREDENTIAL_FILE, "~/.boto"),
          rule(CREDENTIAL_FILE, "~/.s3cfg"),
          rule(CREDENTIAL_FILE, "~/.config/rclone/rclone.conf"),
          rule(CREDENTIAL_FILE, "/etc/shadow"),
          rule(CREDENTIAL_FILE, "/etc/gshadow"),
          rule(CREDENTIAL_FILE, "/etc/shadow-"),
          rule(CREDENTIAL_FILE, "/etc/gshadow-"),
          rule(CREDENTIAL_FILE, ".git-credentials"),
          rule(CREDENTIAL_FILE, "*.tfstate"),
          rule(CREDENTIAL_FILE, "*.tfstate.backup"),
          rule(CREDENTIAL_FILE, "*.tfvars", TEMPLATES),
          rule(CREDENTIAL_FILE, "*.tfvars.json", TEMPLATES),
          rule(CREDENTIAL_FILE, "credentials.json"),
          rule(CREDENTIAL_FILE, "client_secret*.json"),
          rule(CREDENTIAL_FILE, "*service-account*.json"),
          rule(CREDENTIAL_FILE, "*service_account*.json"),
          rule(CREDENTIAL_FILE, "serviceaccountkey.json"),
          rule(CREDENTIAL_FILE, ".htpasswd"),
          rule(CREDENTIAL_FILE, "*.kdbx"),
          rule(CREDENTIAL_FILE, "kubeconfig"),
          rule(CREDENTIAL_FILE, "*.kubeconfig"),
          rule(CREDENTIAL_FILE, "secrets.yml", TEMPLATES),
          rule(CREDENTIAL_FILE, "secrets.yaml", TEMPLATES),
          rule(CREDENTIAL_FILE, "secrets.json", TEMPLATES),
          // run by shells (bash(1) INVOCATION, zsh(1) STARTUP FILES), sshd(8), git, direnv,
          // desktops
          rule(SHELL_CONFIG, "~/.bashrc"),
          rule(SHELL_CONFIG, "~/.bash_profile"),
          rule(SHELL_CONFIG, "~/.bash_login"),
          rule(SHELL_CONFIG, "~/.bash_logout"),
          rule(SHELL_CONFIG, "~/.bash_aliases"),
          rule(SHELL_CONFIG, "~/.profile"),
          rule(SHELL_CONFIG, "~/.zshrc"),
          rule(SHELL_CONFIG, "~/.zprofile"),
          rule(SHELL_CONFIG, "~/.zshenv"),
          rule(SHELL_CONFIG, "~/.zlogin"),
          rule(SHELL_CONFIG, "~/.zlogout"),
          rule(SHELL_CONFIG, "~/.kshrc"),
          rule(SHELL_CONFIG, "~/.cshrc"),
          rule(SHELL_CONFIG, "~/.tcshrc"),
          rule(SHELL_CONFIG, "~/.login"),
          rule(SHELL_CONFIG, "~/.xprofile"),
          rule(SHELL_CONFIG, "~/.xinitrc"),
          rule(SHELL_CONFIG, "~/.xsessionrc"),
          rule(SHELL_CONFIG, "~/.config/fish/config.fish"),
          rule(SHELL_CONFIG, "~/.config/fish/conf.d/**"),
          rule(SHELL_CONFIG, "~/.ssh/authorized_keys"),
          rule(SHELL_CONFIG, "~/.ssh/authorized_keys2"),
          rule(SHELL_CONFIG, "~/.ssh/config"),
          rule(SHELL_CONFIG, "~/.ssh/rc"),
          rule(SHELL_CONFIG, "~/.ssh/environment"),
          rule(SHELL_CONFIG, "~/.gitconfig"),
          rule(SHELL_CONFIG, "~/.config/git/config"),
          rule(SHELL_CONFIG, "~/.config/autostart/**"),
          rule(SHELL_CONFIG, "~/.config/systemd/user/**"),
          rule(SHELL_CONFIG, "/etc/profile"),
          rule(SHELL_CONFIG, "/etc/profile.d/**"),
          rule(SHELL_CONFIG, "/etc/bash.bashrc"),
          rule(SHELL_CONFIG, "/etc/bashrc"),
          rule(SHELL_CONFIG, "/etc/zshrc"),
          rule(SHELL_CONFIG, "/etc/zprofile"),
          rule(SHELL_CONFIG, "/etc/zshenv"),
          rule(SHELL_CONFIG, "/etc/zlogin"),
          rule(SHELL_CONFIG, "/etc/zsh/**"),
          rule(SHELL_CONFIG, "/etc/environment"),
          rule(SHELL_CONFIG, ".git/hooks/**", List.of("*.sample")),
          rule(SHELL_CONFIG, ".git/config"),
          rule(SHELL_CONFIG, ".envrc"),
          // the user and privilege databases (passwd(5), shadow(5), group(5), sudoers(5))
          rule(SYSTEM_CRITICAL_FILE, "/etc/passwd"),
          rule(SYSTEM_CRITICAL_FILE, "/etc/shadow"),
          rule(SYSTEM_CRITICAL_FILE, "/etc/gshadow"),
          rule(SYSTEM_CRITICAL_FILE, "/etc/group"),
          rule(SYSTEM_CRITICAL_FILE, "/etc/sudoers"),
          rule(SYSTEM_CRITICAL_FILE, "/etc/sudoers.d/**"));

  /**
   * Concrete paths for the rules whose pattern has wildcards (literal rules name themselves), in
   * the rules' notation. Globs are judged by matching them against these: {@code ~/.ssh/*} matches
   * {@code ~/.ssh/id_rsa}.
   */
  static final List<String> EXAMPLES =
      List.of(
          ".env.local",
          ".env.production",
          ".env.development",
          ".env.test",
          ".env.bak",
          "prod.env",
          ".ssh/id_rsa",
          "id_rsa",
          "id_dsa",
          "id_ecdsa",
          "id_ed25519",
          "id_ed25519_sk",
          "server.pem",
          "private.key",
          "keystore.p12",
          "cert.pfx",
          "AuthKey_ABC123.p8",
          "release.jks",
          "release.keystore",
          "putty.ppk",
          "~/.ssh/id_rsa",
          "~/.ssh/id_ed25519",
          "~/.ssh/id_ecdsa",
          "~/.ssh/id_dsa",
          "~/.gnupg/private-keys-v1.d/key.key",
          "/etc/ssh/ssh_host_rsa_key",
          "/etc/ssh/ssh_host_ed25519_key",
          "/etc/ssl/private/server.key",
          "~/.aws/credentials",
          "~/.aws/config",
          "~/.config/gcloud/credentials.db",
          "~/.config/gcloud/application_default_credentials.json",
          "~/.azure/accessTokens.json",
          "~/.kube/config",
          "~/.password-store/email.gpg",
          "~/.local/share/keyrings/login.keyring",
          "terraform.tfstate",
          "terraform.tfstate.backup",
          "terraform.tfvars",
          "prod.tfvars.json",
          "client_secret_123.json",
          "gcp-service-account.json",
          "ci_service_account.json",
          "serviceAccountKey.json",
          "passwords.kdbx",
          "prod.kubeconfig",
          "~/.config/fish/conf.d/env.fish",
          "~/.config/autostart/app.desktop",
          "~/.config/systemd/user/agent.service",
          "/etc/profile.d/env.sh",
          "/etc/zsh/zshrc",
          ".git/hooks/pre-commit",
          ".git/hooks/pre-push",
          "/etc/sudoers.d/90-users");

  private SensitiveFiles() {}

  /** The kinds of the normalized path; relative paths (unknown base) meet only anywhere-rules. */
  static EnumSet<FileKind> kindsOf(String path, PathContext context) {
    Subject subject = Subject.of(path, context);
    EnumSet<FileKind> kinds = EnumSet.noneOf(FileKind.class);
    for (Rule rule : RULES) {
      if (rule.applies(subject)) {
        kinds.add(rule.kind());
      }
    }
    return kinds;
  }

  /** Every rule example and literal rule, in the rules' notation ({@code ~/}, {@code /}, none). */
  static List<String> examples() {
    Stream<String> literals = RULES.stream().flatMap(r -> r.pattern().literal().stream());
    return Stream.concat(literals, EXAMPLES.stream()).distinct().toList();
  }

  private static List<String> lower(List<String> names) {
    return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
  }

  private static Rule rule(FileKind kind, String pattern) {
    return rule(kind, pattern, List.of());
  }

  private static Rule rule(FileKind kind, String pattern, List<String> except) {
    return new Rule(
        kind,
        PathPattern.of(pattern.toLowerCase(Locale.ROOT)),
        except.stream().map(Glob::of).toList());
  }

  /**
   * A path as the rules see it, names in lower case.
   *
   * @param names all its names
   * @param inHomes its names below each home directory that contains it
   * @param absolute false for a path relative to an unknown directory
   */
  record Subject(List<String> names, List<List<String>> inHomes, boolean absolute) {
    Subject {
      names = List.copyOf(names);
      inHomes = List.copyOf(inHomes);
    }

    static Subject of(String path, PathContext context) {
      return new Subject(
          lower(PosixPaths.names(path)), homeRelative(path, context), PosixPaths.isAbsolute(path));
    }
  }

  /** The path's names below each home directory that contains it (lower case). */
  private static List<List<String>> homeRelative(String path, PathContext context) {
    List<List<String>> result = new ArrayList<>();
    if (!PosixPaths.isAbsolute(path)) {
      return result;
    }
    List<String> names = PosixPaths.names(path);
    for (String home : List.of(context.home(), "/root")) {
      int depth = PosixPaths.names(home).size();
      if (PosixPaths.isWithin(path, home) && names.size() > depth) {
        result.add(lower(names.subList(depth, names.size())));
      }
    }
    if (names.size() > 2 && (names.get(0).equals("home") || names.get(0).equals("Users"))) {
      result.add(lower(names.subList(2, names.size())));
    }
    return result;
  }

  /**
   * One entry of the lists.
   *
   * @param pattern where it applies; see the class comment for its three scopes
   * @param except last names that are not sensitive although the pattern matches
   */
  record Rule(FileKind kind, PathPattern pattern, List<Glob> except) {
    Rule {
      except = List.copyOf(except);
    }

    boolean applies(Subject path) {
      String text = pattern.text();
      List<String> names = path.names();
      boolean matched;
      if (text.startsWith("/")) {
        matched = path.absolute() && pattern.matches(names);
      } else if (text.startsWith("~/")) {
        matched = path.inHomes().stream().anyMatch(pattern::matches);
      } else {
        matched = pattern.matchesAnywhere(names);
      }
      return matched && !names.isEmpty() && !excepted(names.get(names.size() - 1));
    }

    private boolean excepted(String name) {
      return except.stream().anyMatch(g -> g.matchesText(name));
    }
  }
}
