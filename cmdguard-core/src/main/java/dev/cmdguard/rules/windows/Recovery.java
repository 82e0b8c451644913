package dev.cmdguard.rules.windows;

import dev.cmdguard.FindingCode;
import dev.cmdguard.Risk;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Invocation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The means of recovery (SPEC section 4, family windows). {@code SHADOW_COPY_DELETE} (critical):
 * deleting the Volume Shadow Copies and backups that let files be restored, the step ransomware
 * takes before it encrypts (MITRE ATT&CK T1490, "Inhibit System Recovery"): {@code vssadmin delete
 * shadows}, {@code vssadmin resize shadowstorage}, {@code wmic shadowcopy delete}, {@code
 * Win32_ShadowCopy} objects removed ({@code Get-WmiObject Win32_ShadowCopy | Remove-WmiObject}),
 * {@code wbadmin delete catalog|backup|systemstatebackup}. {@code BOOT_CONFIG_CHANGE} (high): any
 * {@code bcdedit} that changes the boot configuration ({@code /set}, {@code /deletevalue}, {@code
 * /delete}, {@code /import}, {@code /default} …), critical when it deletes the entry Windows boots
 * from; listing ({@code bcdedit /enum}) is not reported.
 */
final class Recovery {
  private static final Set<String> BCD_READS = Set.of("/enum", "/v", "/?", "/export", "/help");
  private static final String KEEP =
      "keep the shadow copies and backups; free space with a cleanup tool a human runs";

  private Recovery() {}

  static void check(Command c, RuleContext context, Findings findings) {
    String j = c.joined();
    switch (c.name()) {
      case "vssadmin" -> {
        if (j.startsWith("delete shadows") || j.startsWith("resize shadowstorage")) {
          shadow(
              findings,
              c,
              "vssadmin "
                  + (j.startsWith("delete")
                      ? "deletes the shadow copies"
                      : "shrinks the shadow copy storage, which deletes shadow copies")
                  + ", the restore points of every file");
        }
      }
      case "wmic" -> {
        if (j.contains("shadowcopy") && j.matches(".*\\bdelete\\b.*")) {
          shadow(
              findings,
              c,
              "wmic shadowcopy delete deletes the shadow copies, the restore points of every file");
        }
      }
      case "wbadmin" -> {
        if (j.startsWith("delete ")) {
          shadow(
              findings,
              c,
              "wbadmin "
                  + j.split(" ")[0]
                  + " "
                  + (j.split(" ").length > 1 ? j.split(" ")[1] : "")
                  + " deletes Windows backups");
        }
      }
      case "remove-wmiobject", "remove-ciminstance" -> {
        Optional<Invocation> producer = context.producer(c.inv());
        boolean shadow =
            j.contains("shadowcopy")
                || producer
                    .map(
                        p ->
                            String.join(
                                    " ",
                                    p.argv().stream()
                                        .map(a -> a.value().toLowerCase(java.util.Locale.ROOT))
                                        .toList())
                                .contains("shadowcopy"))
                    .orElse(false);
        if (shadow) {
          shadow(
              findings,
              c,
              c.shown() + " deletes Win32_ShadowCopy objects, the restore points of every file");
        }
      }
      case "bcdedit" -> bcdedit(c, findings);
      default -> {}
    }
  }

  private static void bcdedit(Command c, Findings findings) {
    List<String> a = c.lower();
    if (a.isEmpty()
        || a.stream().anyMatch(BCD_READS::contains)
            && a.stream().noneMatch(x -> x.startsWith("/set") || x.startsWith("/delete"))) {
      return;
    }
    String verb = a.stream().filter(x -> x.startsWith("/")).findFirst().orElse(a.get(0));
    String j = c.joined();
    boolean deletesBoot =
        verb.equals("/delete")
            && (j.contains("{current}") || j.contains("{default}") || j.contains("{bootmgr}"));
    String why =
        j.contains("recoveryenabled") && j.contains("no") || j.contains("ignoreallfailures")
            ? ", which turns Windows recovery off (a ransomware step)"
            : j.contains("testsigning") || j.contains("nointegritychecks")
                ? ", which lets unsigned drivers load"
                : deletesBoot ? ", the entry Windows starts from" : "";
    Deletions.report(
        findings,
        c,
        FindingCode.BOOT_CONFIG_CHANGE,
        "bcdedit " + verb + " changes the boot configuration" + why,
        null,
        "export it first (bcdedit /export backup.bcd) and let a human make the change",
        deletesBoot ? Risk.CRITICAL : null);
  }

  private static void shadow(Findings findings, Command c, String message) {
    Deletions.report(findings, c, FindingCode.SHADOW_COPY_DELETE, message, null, KEEP, null);
  }
}
