package dev.cmdguard.rules.filesystem;

import static dev.cmdguard.FindingCode.DANGEROUS_DELETE_HOME;
import static dev.cmdguard.FindingCode.DANGEROUS_DELETE_ROOT;
import static dev.cmdguard.FindingCode.DELETE_IN_WORKSPACE;
import static dev.cmdguard.FindingCode.DELETE_OUTSIDE_WORKSPACE;
import static dev.cmdguard.FindingCode.SHELL_CONFIG_WRITE;
import static dev.cmdguard.FindingCode.SYSTEM_FILE_WRITE;
import static dev.cmdguard.FindingCode.WORKSPACE_WIPE;

import dev.cmdguard.Risk;
import dev.cmdguard.paths.FileKind;
import dev.cmdguard.paths.PathClass;
import dev.cmdguard.paths.PosixPaths;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Judges what destroying a {@link Target} means (SPEC sections 3 and 4): the root or a system
 * directory, the home, the whole workspace, something outside it, or inside it; a temp directory is
 * scratch space and gives no finding. A recursive deletion, or one of a glob covering a whole
 * directory, takes the directory; one without {@code -r} cannot remove a directory, so naming
 * {@code /} or {@code ~} itself is only "outside the workspace".
 */
final class DeleteJudge {
  /** How the content goes. */
  enum Verb {
    /** {@code rm}, {@code unlink}, {@code shred}, {@code find -delete}. */
    DELETE("deletes"),
    /** {@code mv SOURCE …}: gone from where the system or user expects it. */
    MOVE("moves away"),
    /** {@code truncate -s 0}, {@code : > FILE}. */
    TRUNCATE("empties"),
    /** {@code rsync --delete} onto a destination: what the source lacks is deleted there. */
    PRUNE("deletes what the source lacks from");

    final String phrase;

    Verb(String phrase) {
      this.phrase = phrase;
    }
  }

  static final Set<PathClass> SYSTEM = EnumSet.of(PathClass.ROOT, PathClass.SYSTEM_DIRECTORY);
  private static final Set<PathClass> IN_SYSTEM =
      EnumSet.of(PathClass.ROOT, PathClass.SYSTEM_DIRECTORY, PathClass.INSIDE_SYSTEM_DIRECTORY);
  private static final Set<PathClass> SCRATCH =
      EnumSet.of(PathClass.WORKSPACE, PathClass.WORKSPACE_ROOT, PathClass.TEMP);
  private static final Set<PathClass> QUALIFIERS =
      EnumSet.of(PathClass.BLOCK_DEVICE, PathClass.KERNEL_INTERFACE, PathClass.SECRET_FILE);
  private static final Set<PathClass> DEVICES =
      EnumSet.of(PathClass.HARMLESS_DEVICE, PathClass.NETWORK_SOCKET);

  private static final String NAME_IT =
      "name the directory to delete, inside the workspace: rm -rf ./build";
  private static final String LITERAL =
      "use a literal path inside the workspace (rm -rf ./build), or make an empty variable stop"
          + " the command: rm -rf \"${DIR:?}\"";
  private static final String TRASH =
      "delete only inside the workspace, or move it to the trash (gio trash PATH) so it can be"
          + " restored";
  static final String INSTALL = "write the file inside the workspace and let a human install it";

  private DeleteJudge() {}

  /**
   * @param label the program as messages name it ({@code rm -rf}, {@code find -delete})
   * @param recursive true when directories go with their content
   */
  static Optional<Verdict> judge(String label, Target t, boolean recursive, Verb verb) {
    boolean whole = recursive || t.whole();
    String head = label + " " + verb.phrase + " " + describe(t);
    if (t.reach() == Target.Reach.IF_UNSET) {
      return whole && (t.isAny(SYSTEM) || t.where().has(PathClass.HOME))
          ? Optional.of(Verdict.of(DELETE_OUTSIDE_WORKSPACE, head, LITERAL))
          : Optional.empty();
    }
    Optional<Verdict> locked = locked(t, whole, verb, head);
    if (locked.isPresent()) {
      return locked;
    }
    return switch (verb) {
      case MOVE ->
          t.isAny(IN_SYSTEM) && !Places.isUserData(t)
              ? Optional.of(system(head))
              : Optional.empty();
      case TRUNCATE -> truncation(t, head);
      case DELETE, PRUNE -> deletion(t, recursive, whole, head);
    };
  }

  /** The locked codes, and the user databases: what no verb may do to them. */
  private static Optional<Verdict> locked(Target t, boolean whole, Verb verb, String head) {
    boolean routine = (verb == Verb.PRUNE || verb == Verb.TRUNCATE) && Places.isServiceData(t);
    if (whole && t.isAny(SYSTEM) && !routine) {
      String what =
          t.where().has(PathClass.ROOT) ? "the root of the file system" : "a system directory";
      return Optional.of(Verdict.of(DANGEROUS_DELETE_ROOT, head + ", " + what, NAME_IT));
    }
    if (whole && t.where().has(PathClass.HOME)) {
      return Optional.of(Verdict.of(DANGEROUS_DELETE_HOME, head + ", the home directory", NAME_IT));
    }
    if (t.where().has(FileKind.SYSTEM_CRITICAL_FILE)) {
      return Optional.of(
          Verdict.of(SYSTEM_FILE_WRITE, head + ", a user or privilege database", INSTALL)
              .at(Risk.CRITICAL));
    }
    return Optional.empty();
  }

  private static Optional<Verdict> truncation(Target t, String head) {
    if (t.isAny(DEVICES)
        || t.where().has(PathClass.BLOCK_DEVICE)
        || WriteJudge.isCharacterDevice(t)) {
      return Optional.empty();
    }
    if (t.isAny(IN_SYSTEM) && !Places.isUserData(t)) {
      return Optional.of(system(head));
    }
    if (t.where().has(FileKind.SHELL_CONFIG)) {
      return Optional.of(
          Verdict.of(SHELL_CONFIG_WRITE, head + ", a file the shell or git runs", WriteJudge.SHOW));
    }
    return outside(t) ? Optional.of(outsideVerdict(t, head)) : Optional.empty();
  }

  private static Optional<Verdict> deletion(
      Target t, boolean recursive, boolean whole, String head) {
    if (outside(t)) {
      return Optional.of(outsideVerdict(t, head));
    }
    boolean wipes = recursive || (t.whole() && t.reach() == Target.Reach.FOUND);
    if (wipes && t.where().has(PathClass.WORKSPACE_ROOT)) {
      return Optional.of(
          Verdict.of(
              WORKSPACE_WIPE,
              head + ", the whole workspace",
              "delete only what the build makes (rm -rf ./build ./dist), or preview with git"
                  + " clean -n"));
    }
    if (t.where().has(PathClass.WORKSPACE) || t.where().has(PathClass.WORKSPACE_ROOT)) {
      if (whole && PosixPaths.fileName(t.shown()).equals(".git")) {
        return Optional.of(
            Verdict.of(
                    DELETE_IN_WORKSPACE,
                    head + ", the repository's history",
                    "keep .git; if the history must go, back it up first (git bundle create)")
                .at(Risk.HIGH));
      }
      return Optional.of(Verdict.of(DELETE_IN_WORKSPACE, head + " in the workspace", ""));
    }
    return Optional.empty();
  }

  /** True when some place the target could be is neither the workspace nor a temp directory. */
  static boolean outside(Target t) {
    for (PathClass c : t.where().classes()) {
      if (!SCRATCH.contains(c) && !QUALIFIERS.contains(c)) {
        return true;
      }
    }
    return false;
  }

  private static Verdict outsideVerdict(Target t, String head) {
    boolean dynamic = t.reach() == Target.Reach.UNKNOWN || t.reach() == Target.Reach.DYNAMIC;
    String where =
        t.where().has(PathClass.UNKNOWN) && t.reach() == Target.Reach.STATIC
            ? ", and the directory it is relative to is not known, so it may be outside the workspace"
            : ", outside the workspace";
    return Verdict.of(DELETE_OUTSIDE_WORKSPACE, head + where, dynamic ? LITERAL : TRASH);
  }

  private static Verdict system(String head) {
    return Verdict.of(SYSTEM_FILE_WRITE, head + ", in a system directory", INSTALL);
  }

  /** How a message names a target. */
  static String describe(Target t) {
    String name = t.named();
    return switch (t.reach()) {
      case UNKNOWN -> name + " (only known at run time)";
      case DYNAMIC ->
          name
              + " (only partly known before it runs"
              + (t.caveat().isEmpty() ? "" : "; " + t.caveat())
              + ")";
      case FOUND -> (t.whole() ? "everything in " : "the listed files below ") + name;
      case IF_UNSET -> name + " (" + t.caveat() + ")";
      case STATIC -> t.whole() ? "everything in " + directory(t.shown()) + hostPart(t) : name;
    };
  }

  /** The directory a covering glob stands for: {@code /usr/bin} for {@code /usr/bin/*}. */
  private static String directory(String glob) {
    return PosixPaths.isAbsolute(glob)
        ? PosixPaths.parent(glob)
        : glob.replaceFirst("[/\\\\]*\\*$", "");
  }

  private static String hostPart(Target t) {
    return t.isRemote() ? " on " + t.host() : "";
  }
}
