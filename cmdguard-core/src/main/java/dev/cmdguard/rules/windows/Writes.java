package dev.cmdguard.rules.windows;

import dev.cmdguard.FindingCode;
import dev.cmdguard.Risk;
import dev.cmdguard.paths.FileKind;
import dev.cmdguard.paths.PathClass;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.unwrap.Arg;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writing on Windows (SPEC section 4, filesystem codes for Windows targets): {@code Set-Content},
 * {@code Add-Content}, {@code Out-File}, {@code Tee-Object}, {@code New-Item}, and the destination
 * of {@code Copy-Item}/{@code Move-Item}, into a system folder is {@code SYSTEM_FILE_WRITE}; into a
 * PowerShell profile or the Startup folder, which run at every start, {@code SHELL_CONFIG_WRITE}.
 * Permissions: {@code icacls}, {@code cacls}, {@code takeown} and {@code Set-Acl} on the drive's
 * root or a system folder are {@code DANGEROUS_PERMISSIONS} (critical); granting everyone full
 * control recursively elsewhere is too (high).
 */
final class Writes {
  static final String INSTALL = "write the file inside the workspace and let a human install it";
  private static final Set<PathClass> IN_SYSTEM =
      EnumSet.of(PathClass.ROOT, PathClass.SYSTEM_DIRECTORY, PathClass.INSIDE_SYSTEM_DIRECTORY);

  private Writes() {}

  static void write(Command c, Places places, Findings findings) {
    for (Arg a : targets(c)) {
      if (Places.notAFile(a.value()) || Places.notAFile(a.knownPrefix())) {
        continue;
      }
      Target t = places.of(c.inv(), a);
      if (t.isAny(IN_SYSTEM)) {
        Deletions.report(
            findings,
            c,
            FindingCode.SYSTEM_FILE_WRITE,
            c.shown() + " writes " + t.shown() + ", in a system folder",
            a,
            INSTALL,
            null);
      } else if (t.where().has(FileKind.SHELL_CONFIG) || isProfile(a.value())) {
        Deletions.report(
            findings,
            c,
            FindingCode.SHELL_CONFIG_WRITE,
            c.shown()
                + " writes "
                + t.shown()
                + ", which PowerShell or Windows runs at every start",
            a,
            "show the change and let a human make it",
            null);
      }
    }
  }

  /** {@code $PROFILE} and its siblings, when they reach a rule by name. */
  private static boolean isProfile(String value) {
    String v = value.toLowerCase(java.util.Locale.ROOT).replace('\\', '/');
    return v.startsWith("$profile") || v.matches(".*/(windows)?powershell/[a-z_.]*profile\\.ps1");
  }

  private static List<Arg> targets(Command c) {
    List<Arg> out = new ArrayList<>();
    switch (c.name()) {
      case "copy-item", "move-item" -> {
        Optional<Arg> dest = c.value("Destination");
        if (dest.isPresent()) {
          out.add(dest.get());
        } else {
          List<Arg> paths = Deletions.paths(c);
          if (paths.size() > 1) {
            out.add(paths.get(paths.size() - 1));
          }
        }
      }
      case "new-item" -> {
        Optional<Arg> name = c.value("Name");
        for (Arg p : c.bound().values("Path")) {
          out.add(
              name.filter(n -> !n.dynamic() && !p.dynamic())
                  .map(n -> Arg.of(p.value() + "\\" + n.value(), p.span()))
                  .orElse(p));
        }
      }
      default -> out.addAll(Deletions.paths(c));
    }
    return out;
  }

  static void permissions(Command c, Places places, Findings findings) {
    List<String> lower = c.lower();
    boolean recursive = lower.contains("/t") || lower.contains("/r") || c.has("Recurse");
    boolean everyone =
        lower.stream()
            .anyMatch(
                x ->
                    x.matches(
                        "(everyone|\\*s-1-1-0|users|\\*s-1-5-32-545|authenticated users):\\(?(oi\\)\\(ci\\))?\\(?[fm]\\)?.*"));
    boolean changes =
        c.name().equals("set-acl")
            || c.name().equals("takeown")
            || lower.stream()
                .anyMatch(
                    x ->
                        x.matches(
                            "/(grant|setowner|reset|inheritance:[rd]|deny|remove|setintegritylevel).*"))
            || c.name().equals("cacls") && lower.stream().anyMatch(x -> x.matches("/[gpre]"));
    if (!changes) {
      return;
    }
    List<Arg> paths = new ArrayList<>();
    if (c.name().equals("takeown")) {
      for (int i = 0; i + 1 < c.args().size(); i++) {
        if (c.args().get(i).value().equalsIgnoreCase("/f")) {
          paths.add(c.args().get(i + 1));
        }
      }
    } else if (c.name().equals("set-acl")) {
      paths.addAll(Deletions.paths(c));
    } else if (!c.args().isEmpty()) {
      paths.add(c.args().get(0));
    }
    for (Arg a : paths) {
      Target t = places.of(c.inv(), a);
      boolean system =
          t.has(PathClass.ROOT)
              || t.has(PathClass.SYSTEM_DIRECTORY)
              || (t.has(PathClass.INSIDE_SYSTEM_DIRECTORY) && recursive);
      if (system) {
        Deletions.report(
            findings,
            c,
            FindingCode.DANGEROUS_PERMISSIONS,
            c.shown() + " changes the owner or permissions of " + t.shown() + ", a system folder",
            a,
            "change permissions only on files inside the workspace",
            Risk.CRITICAL);
      } else if (everyone && recursive) {
        Deletions.report(
            findings,
            c,
            FindingCode.DANGEROUS_PERMISSIONS,
            c.shown() + " gives everyone control of everything in " + t.shown(),
            a,
            "grant only the user or group that needs it, on the files that need it",
            null);
      }
    }
  }
}
