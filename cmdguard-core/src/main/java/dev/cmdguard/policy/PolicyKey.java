package dev.cmdguard.policy;

import dev.cmdguard.Profile;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every policy setting of SPEC sections 6–8 except the {@code rules} lists: its YAML key path,
 * value type, built-in default and what an untrusted project layer may do with it ({@link
 * Tightening}). The loader validates against this table and {@code policy show} lists it; adding a
 * key here is how the policy grows.
 */
public enum PolicyKey {
  /** The guard level (SPEC section 5). */
  PROFILE("profile", Type.PROFILE, Profile.MEDIUM, Tightening.STRICTER, List.of()),
  /** Per-code severity overrides, {@code severity.CODE: high}; never for locked codes. */
  SEVERITY("severity", Type.RISK, "", Tightening.STRICTER, List.of()),
  /** Branches whose writes are raised a level ({@code PROTECTED_BRANCH}); {@code *} globs. */
  GIT_PROTECTED_BRANCHES(
      "git.protected_branches",
      Type.STRING_LIST,
      List.of("main", "master", "release/*"),
      Tightening.UNION,
      List.of()),
  /** When true, every force push (not {@code --force-with-lease}) is denied. */
  GIT_BLOCK_FORCE_PUSH(
      "git.block_force_push", Type.BOOLEAN, Boolean.FALSE, Tightening.STRICTER, List.of()),
  /** Names that mark production contexts, hosts and namespaces ({@code PRODUCTION_ENVIRONMENT}). */
  PRODUCTION_PATTERNS(
      "production.patterns",
      Type.STRING_LIST,
      List.of("prod", "production", "prd", "live"),
      Tightening.UNION,
      List.of()),
  /** Whether a mutating command aimed at production is raised one level. */
  PRODUCTION_RAISE("production.raise", Type.BOOLEAN, Boolean.TRUE, Tightening.STRICTER, List.of()),
  /**
   * True: only destructive SQL (DROP, TRUNCATE, DELETE/UPDATE without WHERE) is a finding; false:
   * every writing statement is reported as {@code DESTRUCTIVE_SQL}.
   */
  SQL_DESTRUCTIVE_ONLY(
      "sql.destructive_only", Type.BOOLEAN, Boolean.TRUE, Tightening.STRICTER, List.of()),
  /** When commands run sandboxed (SPEC section 8). */
  SANDBOX_MODE(
      "sandbox.mode", Type.CHOICE, "auto", Tightening.STRICTER, List.of("never", "auto", "always")),
  /** Which sandbox runtime runs them. */
  SANDBOX_RUNTIME(
      "sandbox.runtime",
      Type.CHOICE,
      "auto",
      Tightening.TRUSTED_ONLY,
      List.of("auto", "bubblewrap", "docker", "podman")),
  /** The sandbox's network: none, or the host's. */
  SANDBOX_NETWORK(
      "sandbox.network", Type.CHOICE, "none", Tightening.STRICTER, List.of("host", "none")),
  /** Paths writable inside the sandbox, relative to the workspace root. */
  SANDBOX_WRITABLE(
      "sandbox.writable", Type.STRING_LIST, List.of("."), Tightening.TRUSTED_ONLY, List.of()),
  /** The container image (Docker and Podman only). */
  SANDBOX_IMAGE("sandbox.image", Type.STRING, "ubuntu:24.04", Tightening.TRUSTED_ONLY, List.of()),
  /** The seccomp filter: cmdguard's default, or off. */
  SANDBOX_SECCOMP(
      "sandbox.seccomp", Type.CHOICE, "default", Tightening.STRICTER, List.of("off", "default")),
  /**
   * Environment variables passed into the sandbox besides its allowlist: names, or prefixes ending
   * in {@code *}; a secret-like name passes only when listed exactly.
   */
  SANDBOX_ENV("sandbox.env", Type.STRING_LIST, List.of(), Tightening.TRUSTED_ONLY, List.of()),
  /** The audit log's path, or {@code default} for {@code $XDG_STATE_HOME/cmdguard/audit.jsonl}. */
  AUDIT_PATH("audit.path", Type.STRING, "default", Tightening.TRUSTED_ONLY, List.of()),
  /** When true, a decision whose audit record cannot be written becomes deny. */
  AUDIT_REQUIRED("audit.required", Type.BOOLEAN, Boolean.FALSE, Tightening.STRICTER, List.of()),
  /** Size in bytes at which the audit log rotates. */
  AUDIT_MAX_BYTES(
      "audit.max_bytes", Type.SIZE, 10L * 1024 * 1024, Tightening.TRUSTED_ONLY, List.of()),
  /** Extra regular expressions whose matches are masked in audit records. */
  AUDIT_MASK("audit.mask", Type.STRING_LIST, List.of(), Tightening.UNION, List.of()),
  /** Decision cache capacity in entries (0 turns the cache off). */
  CACHE_SIZE("cache.size", Type.SIZE, 1000L, Tightening.TRUSTED_ONLY, List.of()),
  /** How long a cached decision lives. */
  CACHE_EXPIRY(
      "cache.expiry", Type.DURATION, Duration.ofMinutes(10), Tightening.TRUSTED_ONLY, List.of()),
  /** How long {@code trust add} remembers an approval unless {@code --ttl} says otherwise. */
  TRUST_TTL("trust.ttl", Type.DURATION, Duration.ofDays(7), Tightening.TRUSTED_ONLY, List.of());

  /** The Java type of a setting's value. */
  public enum Type {
    /** {@link Profile}; YAML {@code low|medium|high|paranoid}. */
    PROFILE(Profile.class),
    /** {@link dev.cmdguard.Risk}; YAML {@code low|medium|high|critical}. */
    RISK(dev.cmdguard.Risk.class),
    /** {@link Boolean}; YAML {@code true|false} only. */
    BOOLEAN(Boolean.class),
    /** {@link String}, any scalar text. */
    STRING(String.class),
    /** {@link String}, one of {@link PolicyKey#choices()}. */
    CHOICE(String.class),
    /** {@code List<String>}; YAML sequence of scalars. */
    STRING_LIST(List.class),
    /** {@link Long}; YAML integer ≥ 0, or a size with a unit ({@code 10MiB}, {@code 512KiB}). */
    SIZE(Long.class),
    /** {@link Duration}; YAML {@code 30s}, {@code 10m}, {@code 24h}, {@code 7d}. */
    DURATION(Duration.class);

    private final Class<?> javaType;

    Type(Class<?> javaType) {
      this.javaType = javaType;
    }

    /** The class every value of this type is an instance of. */
    public Class<?> javaType() {
      return javaType;
    }
  }

  /** What an untrusted project layer may do with a key (SPEC section 6: it can only tighten). */
  public enum Tightening {
    /**
     * Only a stricter value applies: a stricter profile, a higher severity, {@code true} for
     * booleans whose default is false, {@code false} for {@code sql.destructive_only}, a later
     * entry of {@link PolicyKey#choices()} (listed from loosest to strictest).
     */
    STRICTER,
    /** The project's entries are added to the list; nothing is removed. */
    UNION,
    /** Ignored unless the project file is trusted: it could loosen or redirect. */
    TRUSTED_ONLY
  }

  private final String path;
  private final Type type;
  private final Object defaultValue;
  private final Tightening tightening;
  private final List<String> choices;

  PolicyKey(
      String path, Type type, Object defaultValue, Tightening tightening, List<String> choices) {
    this.path = path;
    this.type = type;
    this.defaultValue = defaultValue;
    this.tightening = tightening;
    this.choices = choices;
  }

  /** The dotted YAML path: {@code git.protected_branches}; {@code severity} for the code map. */
  public String path() {
    return path;
  }

  /** The value type. */
  public Type type() {
    return type;
  }

  /** The built-in default ({@code ""} for {@link #SEVERITY}, which has one entry per code). */
  public Object defaultValue() {
    return defaultValue;
  }

  /** What an untrusted project may do with it. */
  public Tightening tightening() {
    return tightening;
  }

  /** For {@link Type#CHOICE}: the accepted values, loosest first; otherwise empty. */
  public List<String> choices() {
    return choices;
  }

  /** The key for a dotted path ({@code severity} for every {@code severity.CODE}). */
  public static Optional<PolicyKey> byPath(String dotted) {
    String p = dotted.startsWith("severity.") ? "severity" : dotted;
    for (PolicyKey k : values()) {
      if (k.path.equals(p)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** The lower-case name of a value for messages: enums by label, others as text. */
  static String show(Object value) {
    return value instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : String.valueOf(value);
  }
}
