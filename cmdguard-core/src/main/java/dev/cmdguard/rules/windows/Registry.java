package dev.cmdguard.rules.windows;

import dev.cmdguard.FindingCode;
import dev.cmdguard.Risk;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.unwrap.Arg;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code REGISTRY_MODIFY} (high, SPEC section 4): {@code reg add|delete|import|copy|restore|load|
 * unload} (reg /?), {@code regedit /s FILE}, the item cmdlets on a registry path ({@code
 * Set-ItemProperty HKLM:\…}, {@code Remove-Item Registry::…}, {@code New-Item HKCU:\…}), and {@code
 * assoc}/{@code ftype} with a value (file associations live in HKCR). Deleting a hive or one of its
 * top keys ({@code reg delete HKLM\SYSTEM}) leaves Windows unable to start: critical. Messages name
 * the autostart and service keys malware writes (Run, RunOnce, Winlogon, Services, Image File
 * Execution Options). {@code reg save} of the SAM, SECURITY or SYSTEM hive copies the password
 * hashes: {@code CREDENTIAL_FILE_ACCESS}. Reading ({@code reg query}, {@code Get-ItemProperty}) is
 * not reported.
 */
final class Registry {
  private static final Set<String> WRITES =
      Set.of("add", "delete", "import", "copy", "restore", "load", "unload");

  private static final Set<String> CMDLETS =
      Set.of(
          "set-itemproperty",
          "new-itemproperty",
          "remove-itemproperty",
          "rename-itemproperty",
          "clear-itemproperty",
          "set-item",
          "new-item",
          "remove-item",
          "copy-item",
          "move-item",
          "rename-item",
          "clear-item");

  private static final Pattern KEY =
      Pattern.compile(
          "(?i)(registry::|microsoft\\.powershell\\.core\\\\registry::)?(hk(lm|cu|cr|u|cc)|hkey_[a-z_]+)(:|\\\\|$).*");

  private static final Set<String> VITAL =
      Set.of(
          "hklm",
          "hkcr",
          "hku",
          "hklm\\system",
          "hklm\\software",
          "hklm\\sam",
          "hklm\\security",
          "hklm\\system\\currentcontrolset",
          "hklm\\system\\currentcontrolset\\services",
          "hkey_local_machine",
          "hkey_classes_root",
          "hkey_users",
          "hkey_local_machine\\system",
          "hkey_local_machine\\software");

  private static final Pattern AUTOSTART =
      Pattern.compile(
          "(?i).*\\\\(run|runonce|runservices|winlogon|services|image file execution options|appinit_dlls|policies\\\\system)(\\\\.*)?");

  private Registry() {}

  static void check(Command c, Findings findings) {
    switch (c.name()) {
      case "reg" -> reg(c, findings);
      case "regedit" -> {
        if (c.flag("/s").isPresent()
            || c.args().stream()
                .anyMatch(a -> a.value().toLowerCase(Locale.ROOT).endsWith(".reg"))) {
          report(findings, c, "regedit imports a .reg file into the registry", null, null);
        }
      }
      case "assoc", "ftype" -> {
        if (c.args().stream().anyMatch(a -> a.value().contains("="))) {
          report(
              findings,
              c,
              c.name() + " changes which program opens a file type (HKEY_CLASSES_ROOT)",
              null,
              null);
        }
      }
      default -> {
        if (CMDLETS.contains(c.name())) {
          cmdlet(c, findings);
        }
      }
    }
  }

  /** True for a registry path ({@code HKLM:\x}, {@code Registry::HKEY_…}, {@code HKCU\x}). */
  static boolean isKey(String value) {
    return KEY.matcher(value).matches();
  }

  private static void reg(Command c, Findings findings) {
    List<String> lower = c.lower();
    if (lower.isEmpty()) {
      return;
    }
    String verb = lower.get(0);
    String key = lower.size() > 1 ? lower.get(1) : "";
    Optional<Arg> keyArg = c.args().size() > 1 ? Optional.of(c.args().get(1)) : Optional.empty();
    if (verb.equals("save")
        && key.replace("\\", "").matches("(hklm|hkey_local_machine)(sam|security|system)")) {
      findings
          .report(FindingCode.CREDENTIAL_FILE_ACCESS, c.index())
          .message(
              "reg save copies the registry hive "
                  + keyArg.orElseThrow().value()
                  + ", which holds the password hashes")
          .at(keyArg.orElseThrow())
          .add();
      return;
    }
    if (!WRITES.contains(verb)) {
      return;
    }
    String normalized = key.replaceAll("\\\\+$", "");
    Risk severity = verb.equals("delete") && vital(normalized) ? Risk.CRITICAL : null;
    String what =
        "reg "
            + verb
            + " changes the registry"
            + (key.isEmpty() ? "" : " key " + c.args().get(1).value())
            + autostart(key)
            + (severity == null ? "" : "; Windows cannot start without it");
    report(findings, c, what, keyArg.orElse(null), severity);
  }

  private static void cmdlet(Command c, Findings findings) {
    for (Arg a : Deletions.paths(c)) {
      String v = a.dynamic() ? a.knownPrefix() : a.value();
      if (!isKey(v)) {
        continue;
      }
      String key =
          v.replaceFirst("(?i)^(microsoft\\.powershell\\.core\\\\)?registry::", "")
              .replace(":", "")
              .toLowerCase(Locale.ROOT)
              .replaceAll("\\\\+$", "");
      boolean delete = c.name().equals("remove-item");
      Risk severity = delete && vital(key) ? Risk.CRITICAL : null;
      report(
          findings,
          c,
          c.shown()
              + " changes the registry key "
              + a.value()
              + autostart(key)
              + (severity == null ? "" : "; Windows cannot start without it"),
          a,
          severity);
      return;
    }
  }

  /** True for a hive or a top key, with or without the backslashes bash removes. */
  private static boolean vital(String key) {
    String flat = key.replace("\\", "");
    return VITAL.contains(key) || VITAL.stream().anyMatch(v -> v.replace("\\", "").equals(flat));
  }

  private static String autostart(String key) {
    return AUTOSTART.matcher(key).matches()
        ? ", a key Windows reads to start programs or services"
        : "";
  }

  private static void report(Findings findings, Command c, String message, Arg at, Risk severity) {
    Deletions.report(
        findings,
        c,
        FindingCode.REGISTRY_MODIFY,
        message,
        at,
        "export the key first (reg export KEY backup.reg) and let a human make the change",
        severity);
  }
}
