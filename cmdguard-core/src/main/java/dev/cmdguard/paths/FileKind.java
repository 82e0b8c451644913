package dev.cmdguard.paths;

/**
 * What a sensitive file is, by its name and place, each kind feeding one finding code (SPEC section
 * 4). The patterns behind each kind are in {@code SensitiveFiles}; a path can have several kinds
 * ({@code /etc/shadow} is a credential file and system-critical).
 */
public enum FileKind {
  /**
   * A dotenv file: {@code .env}, {@code .env.local}, {@code .env.production}, {@code prod.env},
   * backups such as {@code .env.bak}; not the templates {@code .env.example}, {@code .env.sample},
   * {@code .env.template}, {@code .env.dist}, {@code .env.defaults}, {@code .env.schema}. Feeds
   * {@code DOTENV_FILE_READ}.
   */
  DOTENV(true),
  /**
   * A private key or key store: {@code ~/.ssh} and its {@code id_*} (not {@code *.pub}), {@code
   * id_rsa} and the other ssh default key names anywhere, {@code *.pem} (not certificates by name),
   * {@code *.key}, {@code *.p12}, {@code *.pfx}, {@code *.p8}, {@code *.jks}, {@code *.keystore},
   * {@code *.ppk}, {@code ~/.gnupg}, ssh host keys, {@code /etc/ssl/private}. Feeds {@code
   * PRIVATE_KEY_ACCESS}.
   */
  PRIVATE_KEY(true),
  /**
   * A file or store of tokens and passwords: cloud and cluster configuration ({@code ~/.aws},
   * {@code ~/.config/gcloud}, {@code ~/.azure}, {@code ~/.kube}, {@code ~/.docker/config.json}),
   * {@code ~/.netrc}, {@code ~/.npmrc}, {@code ~/.pypirc}, {@code .git-credentials}, {@code
   * ~/.pgpass}, {@code /etc/shadow}, terraform state, and others. Feeds {@code
   * CREDENTIAL_FILE_ACCESS}.
   */
  CREDENTIAL_FILE(true),
  /**
   * A file whose content a shell, ssh, git or the desktop later runs or trusts: shell rc files,
   * {@code ~/.ssh/authorized_keys}, {@code ~/.ssh/config}, {@code .git/hooks/*}, {@code
   * .git/config}, {@code ~/.gitconfig}, {@code .envrc} (direnv runs it), {@code /etc/profile}.
   * Feeds {@code SHELL_CONFIG_WRITE}.
   */
  SHELL_CONFIG(false),
  /**
   * The user and privilege databases: {@code /etc/passwd}, {@code /etc/shadow}, {@code
   * /etc/gshadow}, {@code /etc/group}, {@code /etc/sudoers}, {@code /etc/sudoers.d/*}. Feeds {@code
   * SYSTEM_FILE_WRITE} at critical.
   */
  SYSTEM_CRITICAL_FILE(false);

  private final boolean secret;

  FileKind(boolean secret) {
    this.secret = secret;
  }

  /** True when reading the file discloses a secret (the secrets family of SPEC section 4). */
  public boolean isSecret() {
    return secret;
  }
}
