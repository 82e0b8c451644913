package dev.cmdguard.rules.windows;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.Rule;
import dev.cmdguard.rules.RuleContext;
import java.util.Set;

/**
 * The windows family of SPEC section 4 (docs/rules/windows.md): cmd.exe and PowerShell commands, as
 * the unwrap stage reads them ({@code cmd /c}, {@code powershell -Command}, {@code pwsh
 * -EncodedCommand}, inside {@code bash -c} or {@code ssh}, or bare from a hook), judged with the
 * same codes as on Unix for Windows targets: deleting, moving or writing the drive's root, system
 * folders and profiles ({@link Deletions}, {@link Writes}), erasing disks ({@link Disks}),
 * switching protections off and the power ({@link Protections}), the registry ({@link Registry}),
 * shadow copies and the boot configuration ({@link Recovery}), encoded and remote code ({@link
 * Execution}), secrets ({@link Secrets}). Its own codes are {@code ENCODED_COMMAND}, {@code
 * REGISTRY_MODIFY}, {@code SHADOW_COPY_DELETE} and {@code BOOT_CONFIG_CHANGE}.
 */
public final class WindowsRule implements Rule {
  private static final Set<String> WRITES =
      Set.of(
          "set-content",
          "add-content",
          "out-file",
          "tee-object",
          "new-item",
          "copy-item",
          "move-item");

  @Override
  public FindingCode.Family family() {
    return FindingCode.Family.WINDOWS;
  }

  @Override
  public void check(RuleContext context, Findings findings) {
    Places places = new Places(context);
    for (int i = 0; i < context.invocations().size(); i++) {
      if (context.invocation(i).argv().isEmpty()) {
        continue;
      }
      Command c = Command.of(i, context.invocation(i));
      switch (c.name()) {
        case "remove-item" -> Deletions.remove(c, context, places, findings);
        case "clear-content" -> Deletions.clear(c, places, findings);
        case "move-item", "rename-item" -> Deletions.moveAway(c, places, findings);
        case "robocopy" -> Deletions.mirror(c, places, findings);
        case "icacls", "cacls", "takeown", "set-acl" -> Writes.permissions(c, places, findings);
        default -> {}
      }
      if (WRITES.contains(c.name())) {
        Writes.write(c, places, findings);
      }
      Disks.check(c, findings);
      Registry.check(c, findings);
      Protections.check(c, findings);
      Recovery.check(c, context, findings);
      Execution.check(c, findings);
      Secrets.check(c, places, findings);
    }
  }
}
