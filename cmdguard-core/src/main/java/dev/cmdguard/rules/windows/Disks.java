package dev.cmdguard.rules.windows;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Stdin;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code DISK_WIPE} on Windows (SPEC section 4): {@code format X:} (format /?), {@code
 * Format-Volume}, {@code Clear-Disk}, {@code Remove-Partition}, a {@code diskpart} script that runs
 * {@code clean}, {@code format}, or deletes a partition or volume (given on standard input or as
 * known text), and {@code cipher /w}, which overwrites a drive's free space. Listing and querying
 * ({@code diskpart} {@code list disk}, {@code Get-Disk}, {@code format /?}) are not reported. A
 * {@code diskpart /s FILE} script cannot be read; it is reported as unseen code.
 */
final class Disks {
  private static final Pattern DRIVE = Pattern.compile("[a-z]:\\\\?");
  private static final Pattern DISKPART =
      Pattern.compile(
          "(?im)^\\s*(clean|format|delete\\s+(partition|volume|disk)|convert\\s+(gpt|mbr|dynamic)|create\\s+partition)\\b.*");

  private static final String BACKUP =
      "format or repartition only from the Disk Management console, after a backup";

  private Disks() {}

  static void check(Command c, Findings findings) {
    switch (c.name()) {
      case "format" -> {
        Optional<Arg> drive =
            c.args().stream()
                .filter(a -> DRIVE.matcher(a.value().toLowerCase(Locale.ROOT)).matches())
                .findFirst();
        if (drive.isPresent() && c.flag("/?").isEmpty()) {
          report(findings, c, "format " + drive.get().value() + " erases the drive", drive.get());
        }
      }
      case "format-volume", "clear-disk", "remove-partition" ->
          report(findings, c, c.shown() + " erases " + target(c), null);
      case "cipher" -> {
        Optional<Arg> wipe =
            c.args().stream()
                .filter(a -> a.value().toLowerCase(Locale.ROOT).startsWith("/w"))
                .findFirst();
        wipe.ifPresent(
            w ->
                report(
                    findings,
                    c,
                    "cipher /w overwrites every free block of "
                        + w.value().substring(Math.min(3, w.value().length())),
                    w));
      }
      case "diskpart" -> diskpart(c, findings);
      default -> {}
    }
  }

  private static void diskpart(Command c, Findings findings) {
    String script = c.inv().stdin() instanceof Stdin.HereString h ? h.word().value() : "";
    if (c.inv().stdin() instanceof Stdin.Heredoc h) {
      script = h.body();
    }
    var m = DISKPART.matcher(script);
    if (m.find()) {
      report(
          findings,
          c,
          "diskpart runs '" + m.group().strip() + "', which erases a disk or partition",
          null);
    }
  }

  private static String target(Command c) {
    Optional<Arg> t =
        c.value(
            "DriveLetter",
            "Number",
            "FriendlyName",
            "Path",
            "PartitionNumber",
            "DiskNumber",
            "InputObject");
    return t.map(a -> a.value()).orElse("a disk");
  }

  private static void report(Findings findings, Command c, String message, Arg at) {
    Findings.Report r =
        findings.report(FindingCode.DISK_WIPE, c.index()).message(message).safer(BACKUP);
    if (at != null) {
      r.at(at);
    }
    r.add();
  }
}
