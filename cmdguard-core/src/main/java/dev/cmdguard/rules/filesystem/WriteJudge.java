package dev.cmdguard.rules.filesystem;

import static dev.cmdguard.FindingCode.SHELL_CONFIG_WRITE;
import static dev.cmdguard.FindingCode.SYSTEM_FILE_WRITE;

import dev.cmdguard.Risk;
import dev.cmdguard.paths.FileKind;
import dev.cmdguard.paths.PathClass;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Judges a write to a {@link Target} (SPEC section 4): a file of a system directory ({@code
 * SYSTEM_FILE_WRITE}, critical for the user and privilege databases {@code /etc/passwd}, {@code
 * /etc/shadow}, {@code /etc/group}, {@code /etc/sudoers}), or a file a shell, ssh or git later runs
 * or trusts ({@code SHELL_CONFIG_WRITE}: rc files, {@code ~/.ssh/authorized_keys}, {@code
 * .git/hooks/*}). Devices are not files: {@code /dev/null} and terminals are harmless, disks are
 * the disk family's.
 */
final class WriteJudge {
  private static final Set<PathClass> IN_SYSTEM =
      EnumSet.of(PathClass.ROOT, PathClass.SYSTEM_DIRECTORY, PathClass.INSIDE_SYSTEM_DIRECTORY);
  private static final Set<PathClass> NOT_FILES =
      EnumSet.of(PathClass.HARMLESS_DEVICE, PathClass.NETWORK_SOCKET, PathClass.BLOCK_DEVICE);

  static final String SHOW = "show the user the line to add instead of changing the file";

  private WriteJudge() {}

  /**
   * @param label what writes, as messages name it ({@code tee -a}, {@code the redirect >>})
   */
  static Optional<Verdict> judge(String label, Target t) {
    if (t.reach() == Target.Reach.UNKNOWN
        || t.reach() == Target.Reach.IF_UNSET
        || t.isAny(NOT_FILES)
        || isCharacterDevice(t)) {
      return Optional.empty();
    }
    boolean exact = t.reach() == Target.Reach.STATIC;
    String head = label + " writes " + DeleteJudge.describe(t);
    if (exact && t.where().has(FileKind.SYSTEM_CRITICAL_FILE)) {
      return Optional.of(
          Verdict.of(
                  SYSTEM_FILE_WRITE, head + ", a user or privilege database", DeleteJudge.INSTALL)
              .at(Risk.CRITICAL));
    }
    if (exact && t.where().has(FileKind.SHELL_CONFIG)) {
      return Optional.of(
          Verdict.of(
              SHELL_CONFIG_WRITE, head + ", which a shell, ssh or git runs or trusts later", SHOW));
    }
    if (t.isAny(IN_SYSTEM) && !Places.isUserData(t)) {
      return Optional.of(
          Verdict.of(SYSTEM_FILE_WRITE, head + ", in a system directory", DeleteJudge.INSTALL));
    }
    return Optional.empty();
  }

  /** Terminals, serial ports and the like: writing to them is output, not a file change. */
  static boolean isCharacterDevice(Target t) {
    return t.shown().startsWith("/dev/") && !t.where().has(PathClass.KERNEL_INTERFACE);
  }
}
