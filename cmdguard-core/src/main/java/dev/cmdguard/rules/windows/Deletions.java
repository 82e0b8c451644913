package dev.cmdguard.rules.windows;

import dev.cmdguard.FindingCode;
import dev.cmdguard.Risk;
import dev.cmdguard.paths.FileKind;
import dev.cmdguard.paths.PathClass;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Deleting on Windows, judged like {@code rm} (SPEC sections 3 and 4): {@code Remove-Item} (and
 * cmd's {@code del}, {@code rd}, read as it), {@code Clear-Content}, {@code Move-Item} of a system
 * folder, {@code robocopy /mir} and {@code /purge} onto a folder. A recursive deletion, or one of a
 * glob covering a folder ({@code C:\*}), takes the folder: the drive's root or a system folder is
 * {@code DANGEROUS_DELETE_ROOT}, a user's profile {@code DANGEROUS_DELETE_HOME}; anywhere outside
 * the workspace and the temp folders is {@code DELETE_OUTSIDE_WORKSPACE}; the whole workspace
 * {@code WORKSPACE_WIPE}; inside it {@code DELETE_IN_WORKSPACE} (medium, ordinary work). Without
 * {@code -Recurse} a folder with content is not removed (PowerShell asks, and fails when it
 * cannot), so naming {@code C:\} itself is only outside the workspace.
 */
final class Deletions {
  private static final Set<PathClass> SYSTEM =
      EnumSet.of(PathClass.ROOT, PathClass.SYSTEM_DIRECTORY);
  private static final Set<PathClass> IN_SYSTEM =
      EnumSet.of(PathClass.ROOT, PathClass.SYSTEM_DIRECTORY, PathClass.INSIDE_SYSTEM_DIRECTORY);
  private static final Set<PathClass> SCRATCH =
      EnumSet.of(
          PathClass.WORKSPACE,
          PathClass.WORKSPACE_ROOT,
          PathClass.TEMP,
          PathClass.SECRET_FILE,
          PathClass.BLOCK_DEVICE,
          PathClass.KERNEL_INTERFACE,
          PathClass.HARMLESS_DEVICE);

  private static final String NAME_IT =
      "name the folder to delete, inside the workspace: Remove-Item -Recurse .\\build";
  private static final String TRASH =
      "delete only inside the workspace, or move it to the Recycle Bin so it can be restored";

  private Deletions() {}

  /** {@code Remove-Item}: every path it is given. */
  static void remove(Command c, RuleContext context, Places places, Findings findings) {
    boolean recursive = c.has("Recurse") || !c.bound().unresolved().isEmpty();
    String label = c.shown() + (recursive ? " -Recurse" : "");
    List<Arg> paths = paths(c);
    if (paths.isEmpty()) {
      piped(c, context, places, label, recursive, findings);
      return;
    }
    for (Arg a : paths) {
      if (!Places.notAFile(a.value()) && !Places.notAFile(a.knownPrefix())) {
        judge(c, label, places.of(c.inv(), a), recursive, "deletes", findings);
      }
    }
  }

  /**
   * {@code Get-ChildItem X | … | Remove-Item}: the items listed, followed back through {@code
   * Where-Object}, {@code Sort-Object} and {@code Select-Object}, are what is deleted; a listing of
   * a folder (or a recursive one) takes all of it.
   */
  private static void piped(
      Command c,
      RuleContext context,
      Places places,
      String label,
      boolean recursive,
      Findings findings) {
    Optional<Invocation> producer = context.producer(c.inv());
    for (int hops = 0; producer.isPresent() && hops < 8; hops++) {
      Invocation p = producer.get();
      String name = p.program();
      if (Set.of("where-object", "sort-object", "select-object").contains(name)) {
        producer = context.producer(p);
        continue;
      }
      if (!name.equals("get-childitem") && !name.equals("get-item")) {
        return;
      }
      Command listing = Command.of(-1, p);
      List<Arg> listed = paths(listing);
      if (listed.isEmpty()) {
        listed = List.of(Arg.of(".", p.span()));
      }
      boolean all =
          name.equals("get-childitem")
              && (listing.has("Recurse") || listed.stream().noneMatch(Arg::glob));
      for (Arg a : listed) {
        Target t = places.of(p, a);
        Target items = new Target(t.arg(), t.shown(), t.where(), all || t.whole(), t.known());
        judge(c, label, items, recursive || all, "deletes the items listed from", findings);
      }
      return;
    }
  }

  /** {@code Clear-Content}: empties files; a system file is {@code SYSTEM_FILE_WRITE}. */
  static void clear(Command c, Places places, Findings findings) {
    for (Arg a : paths(c)) {
      if (Places.notAFile(a.value())) {
        continue;
      }
      Target t = places.of(c.inv(), a);
      if (t.isAny(IN_SYSTEM)) {
        report(
            findings,
            c,
            FindingCode.SYSTEM_FILE_WRITE,
            c.shown() + " empties " + t.shown() + ", in a system folder",
            a,
            Writes.INSTALL,
            null);
      } else if (t.has(PathClass.HOME)
          || t.has(PathClass.INSIDE_HOME)
          || t.has(PathClass.OTHER)
          || t.has(PathClass.UNKNOWN)) {
        report(
            findings,
            c,
            FindingCode.DELETE_OUTSIDE_WORKSPACE,
            c.shown() + " empties " + t.shown() + ", outside the workspace",
            a,
            TRASH,
            null);
      }
    }
  }

  /** {@code Move-Item}/{@code Rename-Item} of the root or a system folder moves it away. */
  static void moveAway(Command c, Places places, Findings findings) {
    List<Arg> sources = new ArrayList<>(paths(c));
    if (c.name().equals("move-item") && c.value("Destination").isEmpty() && sources.size() > 1) {
      sources.remove(sources.size() - 1);
    }
    for (Arg a : sources) {
      if (Places.notAFile(a.value())) {
        continue;
      }
      Target t = places.of(c.inv(), a);
      if (t.isAny(SYSTEM) || t.has(PathClass.HOME)) {
        String what =
            t.has(PathClass.HOME)
                ? ", a home folder"
                : t.has(PathClass.ROOT) ? ", the root of the drive" : ", a system folder";
        report(
            findings,
            c,
            t.has(PathClass.HOME)
                ? FindingCode.DANGEROUS_DELETE_HOME
                : FindingCode.DANGEROUS_DELETE_ROOT,
            c.shown() + " moves away " + t.shown() + what,
            a,
            NAME_IT,
            null);
      }
    }
  }

  /**
   * {@code robocopy SRC DEST /mir} (or {@code /purge}) deletes from DEST whatever SRC lacks:
   * mirroring an empty folder onto {@code C:\Windows} empties it.
   */
  static void mirror(Command c, Places places, Findings findings) {
    List<String> lower = c.lower();
    if (!lower.contains("/mir") && !lower.contains("/purge")) {
      return;
    }
    List<Arg> operands = c.args().stream().filter(a -> !a.value().startsWith("/")).toList();
    if (operands.size() >= 2) {
      judge(
          c,
          "robocopy /mir",
          places.of(c.inv(), operands.get(1)),
          true,
          "deletes what the source lacks from",
          findings);
    }
  }

  /** The paths a cmdlet names: {@code -Path}, {@code -LiteralPath}, and unbound operands. */
  static List<Arg> paths(Command c) {
    List<Arg> out = new ArrayList<>(c.bound().values("Path"));
    out.addAll(c.bound().values("LiteralPath"));
    out.addAll(c.bound().values("FilePath"));
    out.addAll(c.bound().positional().stream().filter(a -> !a.value().equals(",")).toList());
    return out;
  }

  static void judge(
      Command c, String label, Target t, boolean recursive, String verb, Findings findings) {
    boolean whole = recursive || t.whole();
    String head =
        label
            + " "
            + verb
            + " "
            + (t.whole() ? "everything in " : "")
            + t.shown()
            + (t.known() ? "" : " (only known at run time)");
    Arg at = t.arg();
    if (whole && t.isAny(SYSTEM)) {
      String what = t.has(PathClass.ROOT) ? ", the root of the drive" : ", a system folder";
      report(findings, c, FindingCode.DANGEROUS_DELETE_ROOT, head + what, at, NAME_IT, null);
    } else if (whole && t.has(PathClass.HOME)) {
      report(
          findings,
          c,
          FindingCode.DANGEROUS_DELETE_HOME,
          head + ", a home folder",
          at,
          NAME_IT,
          null);
    } else if (t.where().has(FileKind.SYSTEM_CRITICAL_FILE)) {
      report(
          findings,
          c,
          FindingCode.SYSTEM_FILE_WRITE,
          head + ", a user or privilege database",
          at,
          Writes.INSTALL,
          Risk.CRITICAL);
    } else if (outside(t)) {
      String where =
          t.has(PathClass.UNKNOWN)
              ? ", which may be outside the workspace"
              : ", outside the workspace";
      report(findings, c, FindingCode.DELETE_OUTSIDE_WORKSPACE, head + where, at, TRASH, null);
    } else if (recursive && t.has(PathClass.WORKSPACE_ROOT)) {
      report(
          findings,
          c,
          FindingCode.WORKSPACE_WIPE,
          head + ", the whole workspace",
          at,
          "delete only what the build makes (Remove-Item -Recurse .\\build)",
          null);
    } else if (t.has(PathClass.WORKSPACE) || t.has(PathClass.WORKSPACE_ROOT)) {
      boolean history = whole && t.shown().replace('\\', '/').matches("(.*/)?\\.git/?");
      report(
          findings,
          c,
          FindingCode.DELETE_IN_WORKSPACE,
          head + (history ? ", the repository's history" : " in the workspace"),
          at,
          history
              ? "keep .git; if the history must go, back it up first (git bundle create)"
              : null,
          history ? Risk.HIGH : null);
    }
  }

  private static boolean outside(Target t) {
    return t.where().classes().stream().anyMatch(x -> !SCRATCH.contains(x));
  }

  static void report(
      Findings findings,
      Command c,
      FindingCode code,
      String message,
      Arg at,
      String safer,
      Risk severity) {
    Findings.Report r = findings.report(code, c.index()).message(message);
    if (at != null) {
      r.at(at);
    }
    if (safer != null) {
      r.safer(safer);
    }
    if (severity != null) {
      r.severity(severity);
    }
    r.add();
  }
}
