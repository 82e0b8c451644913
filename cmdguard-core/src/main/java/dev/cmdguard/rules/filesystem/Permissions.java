package dev.cmdguard.rules.filesystem;

import static dev.cmdguard.FindingCode.DANGEROUS_DELETE_ROOT;
import static dev.cmdguard.FindingCode.DANGEROUS_PERMISSIONS;
import static dev.cmdguard.FindingCode.SYSTEM_FILE_WRITE;

import dev.cmdguard.Risk;
import dev.cmdguard.paths.FileKind;
import dev.cmdguard.paths.PathClass;
import dev.cmdguard.paths.PosixPaths;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code chmod}, {@code chown} and {@code chgrp} (GNU coreutils). A recursive change of {@code /}
 * or a system directory ({@code chmod -R 755 /}, {@code chown -R user /usr}) breaks the system:
 * set-user-ID programs such as sudo lose their bit or owner, daemons refuse keys that others can
 * read. It is {@code DANGEROUS_DELETE_ROOT} (SPEC section 4), except in the directories that hold
 * services' data, where {@code chown -R mysql /var/lib/mysql} or {@code chown -R www-data /var/www}
 * is routine: there it is {@code SYSTEM_FILE_WRITE}. A mode that lets everyone write, or sets the
 * set-user-ID bit (set-group-ID on a shell or interpreter), is {@code DANGEROUS_PERMISSIONS}:
 * critical in system directories, high elsewhere.
 */
final class Permissions {
  private static final Set<PathClass> IN_SYSTEM =
      EnumSet.of(PathClass.ROOT, PathClass.SYSTEM_DIRECTORY, PathClass.INSIDE_SYSTEM_DIRECTORY);

  /** Programs that a set-group-ID bit turns into a way to act as that group. */
  private static final Set<String> SHELLS =
      Set.of(
          "sh", "bash", "dash", "zsh", "ksh", "fish", "csh", "tcsh", "busybox", "env", "python",
          "python3", "perl", "ruby", "node", "php", "lua", "find", "vi", "vim", "awk", "gawk");

  private final Targets targets;
  private final Verdict.Reporter reporter;

  Permissions(Targets targets, Verdict.Reporter reporter) {
    this.targets = targets;
    this.reporter = reporter;
  }

  void check(int index, Invocation inv) {
    String p = inv.program();
    if (!p.equals("chmod") && !p.equals("chown") && !p.equals("chgrp")) {
      return;
    }
    Parsed c = parse(inv);
    String label = Deletions.written(inv);
    for (Arg arg : c.files()) {
      for (Target t : targets.of(index, inv, arg)) {
        judge(label, t, c).ifPresent(v -> reporter.report(index, arg, v));
      }
    }
  }

  /** A change: what it grants, whether it recurses, and the files it applies to. */
  private record Parsed(Mode mode, boolean recursive, List<Arg> files) {}

  /**
   * Options are {@code -R}, {@code -c}, {@code -f}, {@code -v} and the {@code -H -L -P} traversal
   * ones; {@code -w}, {@code -rwx} and the like are chmod modes. The first operand is the mode or
   * owner unless {@code --reference} gives it; one containing {@code /} cannot be either, so it is
   * taken as a file ({@code chown -R /usr}: malformed, but it names what it would change).
   */
  private static Parsed parse(Invocation inv) {
    boolean recursive = false;
    boolean reference = false;
    boolean ended = false;
    List<Arg> operands = new ArrayList<>();
    for (Arg arg : inv.args()) {
      String v = arg.value();
      if (!ended && v.equals("--")) {
        ended = true;
      } else if (!ended && v.startsWith("--")) {
        recursive |= v.length() > 4 && "--recursive".startsWith(v);
        reference |= v.startsWith("--reference");
      } else if (!ended && v.matches("-[cfvRHLPh]+")) {
        recursive |= v.contains("R");
      } else {
        operands.add(arg);
      }
    }
    if (reference || operands.isEmpty() || operands.get(0).value().contains("/")) {
      return new Parsed(Mode.NONE, recursive, operands);
    }
    String first = operands.get(0).value();
    Mode mode = inv.program().equals("chmod") ? Mode.parse(first) : Mode.NONE;
    return new Parsed(mode, recursive, operands.subList(1, operands.size()));
  }

  private static Optional<Verdict> judge(String label, Target t, Parsed c) {
    if (t.reach() == Target.Reach.IF_UNSET) {
      return Optional.empty();
    }
    String head = label + " changes " + DeleteJudge.describe(t);
    if ((c.recursive() || t.whole()) && t.isAny(DeleteJudge.SYSTEM)) {
      Optional<Verdict> tree = systemTree(head, t, c.mode());
      if (tree.isPresent()) {
        return tree;
      }
    }
    Optional<Verdict> mode = mode(head, t, c.mode());
    if (mode.isPresent() || t.reach() != Target.Reach.STATIC) {
      return mode;
    }
    return t.where().has(FileKind.SYSTEM_CRITICAL_FILE)
        ? Optional.of(
            Verdict.of(
                    SYSTEM_FILE_WRITE, head + ", a user or privilege database", DeleteJudge.INSTALL)
                .at(Risk.CRITICAL))
        : Optional.empty();
  }

  /**
   * A whole system directory: locked, except the services' data directories, where it is a system
   * change (or, world-writable, {@link #mode}'s finding).
   */
  private static Optional<Verdict> systemTree(String head, Target t, Mode mode) {
    if (!Places.isServiceData(t)) {
      return Optional.of(
          Verdict.of(
              DANGEROUS_DELETE_ROOT,
              head + " and everything in it, a system directory",
              "change only the files that need it, inside the workspace"));
    }
    return mode.worldWritable()
        ? Optional.empty()
        : Optional.of(
            Verdict.of(SYSTEM_FILE_WRITE, head + " and everything in it", DeleteJudge.INSTALL));
  }

  private static Optional<Verdict> mode(String head, Target t, Mode mode) {
    String what;
    if (mode.worldWritable() && !(mode.sticky() && t.where().has(PathClass.TEMP))) {
      what = " so that every user can write it";
    } else if (mode.setuid()) {
      what = " to run with its owner's rights (set-user-ID)";
    } else if (mode.setgid() && SHELLS.contains(PosixPaths.fileName(t.shown()))) {
      what = " to run with its group's rights (set-group-ID)";
    } else {
      return Optional.empty();
    }
    Risk severity = t.isAny(IN_SYSTEM) ? Risk.CRITICAL : Risk.HIGH;
    return Optional.of(
        Verdict.of(
                DANGEROUS_PERMISSIONS,
                head + what,
                "grant only what is needed: chmod u+x FILE, 755 for directories, 644 for files")
            .at(severity));
  }
}
