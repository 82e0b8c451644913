package dev.cmdguard;

import static dev.cmdguard.Risk.CRITICAL;
import static dev.cmdguard.Risk.HIGH;
import static dev.cmdguard.Risk.MEDIUM;

/**
 * The stable finding codes of SPEC section 4. Policies refer to them by name, so names never
 * change. Each code has a family (a rule unit and a page in {@code docs/rules/}), a default
 * severity, and whether it is locked: locked codes are critical and denied in every profile,
 * whatever a policy, trust entry or approval says.
 */
public enum FindingCode {
  // filesystem
  DANGEROUS_DELETE_ROOT(
      Family.FILESYSTEM,
      CRITICAL,
      true,
      "delete, move away, truncate or recursively chmod/chown / or a system directory"),
  DANGEROUS_DELETE_HOME(
      Family.FILESYSTEM, CRITICAL, true, "delete the home directory or all of it"),
  DELETE_OUTSIDE_WORKSPACE(Family.FILESYSTEM, HIGH, false, "delete files outside the workspace"),
  WORKSPACE_WIPE(Family.FILESYSTEM, HIGH, false, "delete the whole workspace"),
  DELETE_IN_WORKSPACE(Family.FILESYSTEM, MEDIUM, false, "delete files inside the workspace"),
  DANGEROUS_PERMISSIONS(
      Family.FILESYSTEM,
      HIGH,
      false,
      "world-writable or recursive permission and ownership changes"),
  SYSTEM_FILE_WRITE(Family.FILESYSTEM, HIGH, false, "write a file under a system directory"),
  SHELL_CONFIG_WRITE(
      Family.FILESYSTEM, HIGH, false, "write shell start-up files, authorized_keys or git hooks"),
  // disk
  DISK_WIPE(Family.DISK, CRITICAL, true, "format, overwrite or repartition a disk"),
  // system
  FORK_BOMB(Family.SYSTEM, CRITICAL, true, "a function that endlessly spawns copies of itself"),
  KERNEL_CRASH(Family.SYSTEM, CRITICAL, true, "crash the kernel or kill every process"),
  SYSTEM_POWER(Family.SYSTEM, HIGH, false, "shut down, reboot or suspend the machine"),
  SECURITY_DISABLE(
      Family.SYSTEM, HIGH, false, "turn off a firewall, SELinux, AppArmor or antivirus"),
  CRONTAB_REMOVE(Family.SYSTEM, HIGH, false, "remove every scheduled job"),
  PRIVILEGE_ESCALATION(Family.SYSTEM, MEDIUM, false, "run as root or another user"),
  HISTORY_TAMPERING(Family.SYSTEM, MEDIUM, false, "erase or disable the shell history"),
  // git
  GIT_FORCE_PUSH(Family.GIT, HIGH, false, "overwrite remote history"),
  GIT_DISCARD_CHANGES(Family.GIT, HIGH, false, "throw away uncommitted work"),
  GIT_HISTORY_REWRITE(Family.GIT, HIGH, false, "rewrite published history"),
  GIT_REMOTE_DELETE(Family.GIT, HIGH, false, "delete a branch or tag on the remote"),
  GIT_BRANCH_DELETE(Family.GIT, HIGH, false, "delete a local branch"),
  // execution
  PIPE_TO_SHELL(
      Family.EXECUTION,
      HIGH,
      false,
      "run code downloaded or decoded on the fly, unseen by the guard"),
  DYNAMIC_COMMAND(
      Family.EXECUTION, HIGH, false, "a command whose name or code is only known at run time"),
  REVERSE_SHELL(Family.EXECUTION, CRITICAL, true, "hand a shell to a remote machine"),
  INTERPRETER_INLINE_CODE(
      Family.EXECUTION, MEDIUM, false, "inline interpreter code not fully understood"),
  UNKNOWN_COMMAND(Family.EXECUTION, MEDIUM, false, "a program the guard does not know"),
  // secrets
  DOTENV_FILE_READ(Family.SECRETS, CRITICAL, false, "read a .env file"),
  SENSITIVE_ENV_ACCESS(
      Family.SECRETS, CRITICAL, false, "print or send secret environment variables"),
  PRIVATE_KEY_ACCESS(Family.SECRETS, HIGH, false, "read a private key"),
  CREDENTIAL_FILE_ACCESS(Family.SECRETS, HIGH, false, "read a credential or token file"),
  SECRET_EXFILTRATION(Family.SECRETS, CRITICAL, false, "send a secret over the network"),
  // data and infrastructure
  DESTRUCTIVE_SQL(Family.DATA_INFRA, HIGH, false, "drop, truncate or mass-delete database data"),
  DESTRUCTIVE_CONTAINER_OP(Family.DATA_INFRA, HIGH, false, "remove containers, images or volumes"),
  DESTRUCTIVE_K8S_OP(Family.DATA_INFRA, HIGH, false, "delete Kubernetes resources"),
  DESTRUCTIVE_CLOUD_OP(Family.DATA_INFRA, HIGH, false, "delete cloud resources"),
  DESTRUCTIVE_INFRA(Family.DATA_INFRA, HIGH, false, "destroy infrastructure managed as code"),
  PACKAGE_REMOVAL(Family.DATA_INFRA, MEDIUM, false, "uninstall system packages"),
  // context
  PRODUCTION_ENVIRONMENT(
      Family.CONTEXT, HIGH, false, "a mutating command aimed at production (raises it one level)"),
  PROTECTED_BRANCH(
      Family.CONTEXT, HIGH, false, "a git write to a protected branch (raises it one level)"),
  // windows
  ENCODED_COMMAND(Family.WINDOWS, HIGH, false, "a base64-encoded PowerShell command"),
  REGISTRY_MODIFY(Family.WINDOWS, HIGH, false, "change the Windows registry"),
  SHADOW_COPY_DELETE(
      Family.WINDOWS, CRITICAL, false, "delete the shadow copies or backups that restore files"),
  BOOT_CONFIG_CHANGE(Family.WINDOWS, HIGH, false, "change how Windows boots (bcdedit)"),
  // guard
  GUARD_SELF_MODIFY(
      Family.GUARD, HIGH, false, "change cmdguard's own policy, trust store or audit log"),
  PARSE_ERROR(Family.GUARD, MEDIUM, false, "the command could not be fully parsed"),
  POLICY_INVALID(
      Family.GUARD, CRITICAL, true, "a policy file is broken, so nothing is allowed until fixed"),
  ANALYSIS_LIMIT(Family.GUARD, MEDIUM, false, "the analysis hit a size, depth or time limit");

  /** The rule families of SPEC section 4, one rule unit and one documentation page each. */
  public enum Family {
    FILESYSTEM,
    DISK,
    SYSTEM,
    GIT,
    EXECUTION,
    SECRETS,
    DATA_INFRA,
    CONTEXT,
    WINDOWS,
    GUARD;

    /** The documentation page name: {@code filesystem}, {@code data-infra}, … */
    public String page() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  private final Family family;
  private final Risk severity;
  private final boolean locked;
  private final String summary;

  FindingCode(Family family, Risk severity, boolean locked, String summary) {
    this.family = family;
    this.severity = severity;
    this.locked = locked;
    this.summary = summary;
  }

  /** The family whose rule reports this code. */
  public Family family() {
    return family;
  }

  /**
   * The default severity (SPEC section 4); a finding may be reported higher where the spec says.
   */
  public Risk severity() {
    return severity;
  }

  /** True for codes that are always critical and denied, in every profile and policy. */
  public boolean locked() {
    return locked;
  }

  /** What the code stands for, in a few words. */
  public String summary() {
    return summary;
  }
}
