package dev.cmdguard.paths;

import static dev.cmdguard.paths.FileKind.CREDENTIAL_FILE;
import static dev.cmdguard.paths.FileKind.DOTENV;
import static dev.cmdguard.paths.FileKind.PRIVATE_KEY;
import static dev.cmdguard.paths.FileKind.SHELL_CONFIG;
import static dev.cmdguard.paths.FileKind.SYSTEM_CRITICAL_FILE;

import java.util.ArrayList;
import java.util.Arrays;
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
  private static final String TEMPLATES =
      "*example* *sample* *template* *.dist *.tmpl *.tpl *.defaults *.schema";

  /** PEM files named as certificates or public keys, which are meant to be shared. */
  private static final String CERTIFICATES =
      "*cert* *crt* *chain* *bundle* ca.pem ca-* ca_* *-ca.pem *_ca.pem *.ca.pem *pub*";

  /** Public halves, and source and config files named after a key ({@code id_rsa_test.go}). */
  private static final String PUBLIC_OR_SOURCE =
      "*pub* *.go *.py *.rb *.js *.ts *.java *.kt *.rs *.c *.h *.cc *.cpp *.cs *.md *.json *.yml"
          + " *.yaml *.toml *.sh";

  static final List<Rule> RULES =
      Stream.of(
              // the dotenv convention (motdotla/dotenv, Docker Compose env_file, Vite, Next.js)
              rules(DOTENV, TEMPLATES, ".env .env.* *.env .dev.vars"),
              // ssh(1) FILES, gpg(1), sshd(8) host keys, Debian's /etc/ssl/private, key stores
              rules(
                  PRIVATE_KEY,
                  "",
                  """
                  ~/.ssh .ssh/identity ~/.gnupg ~/.gnupg/private-keys-v1.d/** ~/.gnupg/secring.gpg
                  /etc/ssh/ssh_host_*_key /etc/ssl/private/**
                  *.p12 *.pfx *.p8 *.jks *.keystore *.ppk
                  """),
              rules(PRIVATE_KEY, PUBLIC_OR_SOURCE, "id_rsa* id_dsa* id_ecdsa* id_ed25519*"),
              rules(PRIVATE_KEY, "*pub*", ".ssh/id_* *.key"),
              rules(PRIVATE_KEY, CERTIFICATES, "*.pem"),
              // tokens and passwords of cloud CLIs, registries, package managers, databases
              rules(
                  CREDENTIAL_FILE,
                  "",
                  """
                  ~/.aws/** ~/.config/gcloud/** ~/.azure/** ~/.kube/** ~/.docker/config.json
                  ~/.netrc ~/.npmrc ~/.yarnrc.yml ~/.pypirc ~/.config/git/credentials
                  ~/.config/gh/hosts.yml ~/.config/hub ~/.password-store/**
                  ~/.local/share/keyrings/** ~/.vault-token ~/.terraform.d/credentials.tfrc.json
                  ~/.terraformrc ~/.cargo/credentials ~/.cargo/credentials.toml ~/.gem/credentials
                  ~/.m2/settings-security.xml ~/.gradle/gradle.properties ~/.pgpass ~/.my.cnf
                  ~/.boto ~/.s3cfg ~/.config/rclone/rclone.conf
                  /etc/shadow /etc/gshadow /etc/shadow- /etc/gshadow-
                  .git-credentials *.tfstate *.tfstate.backup credentials.json client_secret*.json
                  *service-account*.json *service_account*.json serviceaccountkey.json .htpasswd
                  *.kdbx kubeconfig *.kubeconfig
                  """),
              rules(
                  CREDENTIAL_FILE,
                  TEMPLATES,
                  "*.tfvars *.tfvars.json secrets.yml secrets.yaml secrets.json"),
              // run later: bash(1) INVOCATION, zsh(1) STARTUP FILES, sshd(8), git, direnv
              rules(
                  SHELL_CONFIG,
                  "",
                  """
                  ~/.bashrc ~/.bash_profile ~/.bash_login ~/.bash_logout ~/.bash_aliases ~/.profile
                  ~/.zshrc ~/.zprofile ~/.zshenv ~/.zlogin ~/.zlogout ~/.kshrc ~/.cshrc ~/.tcshrc
                  ~/.login ~/.xprofile ~/.xinitrc ~/.xsessionrc ~/.config/fish/config.fish
                  ~/.config/fish/conf.d/** ~/.ssh/authorized_keys ~/.ssh/authorized_keys2
                  ~/.ssh/config ~/.ssh/rc ~/.ssh/environment ~/.gitconfig ~/.config/git/config
                  ~/.config/autostart/** ~/.config/systemd/user/**
                  /etc/profile /etc/profile.d/** /etc/bash.bashrc /etc/bashrc /etc/zshrc
                  /etc/zprofile /etc/zshenv /etc/zlogin /etc/zsh/** /etc/environment
                  .git/config .envrc
                  """),
              rules(SHELL_CONFIG, "*.sample", ".git/hooks/**"),
              // the user and privilege databases: passwd(5), shadow(5), group(5), sudoers(5)
              rules(
                  SYSTEM_CRITICAL_FILE,
                  "",
                  "/etc/passwd /etc/shadow /etc/gshadow /etc/group /etc/sudoers /etc/sudoers.d/**"))
          .flatMap(List::stream)
          .toList();

  /**
   * Concrete paths for the rules whose pattern has wildcards (literal rules name themselves), in
   * the rules' notation. Globs are judged by matching them against these: {@code ~/.ssh/*} matches
   * {@code ~/.ssh/id_rsa}.
   */
  static final List<String> EXAMPLES =
      words(
          """
          .env.local .env.production .env.development .env.test .env.bak prod.env
          .ssh/id_rsa id_rsa id_dsa id_ecdsa id_ed25519 id_ed25519_sk server.pem private.key
          keystore.p12 cert.pfx AuthKey_ABC123.p8 release.jks release.keystore putty.ppk
          ~/.ssh/id_rsa ~/.ssh/id_ed25519 ~/.ssh/id_ecdsa ~/.ssh/id_dsa
          ~/.gnupg/private-keys-v1.d/key.key /etc/ssh/ssh_host_rsa_key
          /etc/ssh/ssh_host_ed25519_key /etc/ssl/private/server.key
          ~/.aws/credentials ~/.aws/config ~/.config/gcloud/credentials.db
          ~/.config/gcloud/application_default_credentials.json ~/.azure/accessTokens.json
          ~/.kube/config ~/.password-store/email.gpg ~/.local/share/keyrings/login.keyring
          terraform.tfstate terraform.tfstate.backup terraform.tfvars prod.tfvars.json
          client_secret_123.json gcp-service-account.json ci_service_account.json
          serviceAccountKey.json passwords.kdbx prod.kubeconfig
          ~/.config/fish/conf.d/env.fish ~/.config/autostart/app.desktop
          ~/.config/systemd/user/agent.service /etc/profile.d/env.sh /etc/zsh/zshrc
          .git/hooks/pre-commit .git/hooks/pre-push /etc/sudoers.d/90-users
          """);

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
    return AllExamples.LIST;
  }

  /** {@link #examples()}, computed once, at the first glob (not at every start). */
  private static final class AllExamples {
    static final List<String> LIST =
        Stream.concat(
                RULES.stream().flatMap(r -> r.pattern().literal().stream()), EXAMPLES.stream())
            .distinct()
            .toList();
  }

  private static List<String> lower(List<String> names) {
    return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
  }

  /** One rule per pattern in {@code patterns}, each with the last names in {@code except}. */
  private static List<Rule> rules(FileKind kind, String except, String patterns) {
    List<Glob> excepted = words(except).stream().map(Glob::of).toList();
    return words(patterns.toLowerCase(Locale.ROOT)).stream()
        .map(pattern -> new Rule(kind, PathPattern.of(pattern), excepted))
        .toList();
  }

  /** The whitespace-separated words of a text; none for a blank one. */
  private static List<String> words(String text) {
    // Split on single characters, not the regex \s+: these tables are read at every start.
    return Arrays.stream(text.replace('\n', ' ').split(" ")).filter(w -> !w.isEmpty()).toList();
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
