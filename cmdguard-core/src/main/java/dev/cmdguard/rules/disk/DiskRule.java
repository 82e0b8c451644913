package dev.cmdguard.rules.disk;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.Rule;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.ResolvedRedirect;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The disk family of SPEC section 4 (docs/rules/disk.md): {@code DISK_WIPE}, locked critical, for
 * whatever formats, overwrites or repartitions a disk: the device tools of {@link DiskTools}, and
 * any write onto a block device, by {@code dd of=}, a redirection ({@code cat x > /dev/sda}),
 * {@code tee}, {@code cp}, {@code ddrescue} or {@code shred}. Reading a disk ({@code dd if=/dev/sda
 * of=disk.img}, {@code fdisk -l}) is not a finding. A command run on another machine ({@code ssh})
 * is judged the same: that machine's disks are as precious.
 */
public final class DiskRule implements Rule {
  private static final String SAFER =
      "check the device with lsblk first and let a human run it; to try it out, use an image file"
          + " (dd of=disk.img, mkfs.ext4 disk.img)";

  @Override
  public FindingCode.Family family() {
    return FindingCode.Family.DISK;
  }

  @Override
  public void check(RuleContext context, Findings findings) {
    Devices devices = new Devices(context);
    Set<Span> redirects = new HashSet<>();
    List<Invocation> all = context.invocations();
    for (int i = 0; i < all.size(); i++) {
      Invocation inv = all.get(i);
      List<DiskTools.Hit> hits = new ArrayList<>(DiskTools.check(inv, devices));
      hits.addAll(writes(inv, devices));
      for (ResolvedRedirect r : inv.redirects()) {
        if (r.writesFile() && redirects.add(r.span()) && devices.isDisk(inv, r.target())) {
          hits.add(new DiskTools.Hit(r.target(), "overwrites"));
        }
      }
      if (!hits.isEmpty()) {
        report(findings, i, inv, hits.get(0));
      }
    }
  }

  private static void report(Findings findings, int i, Invocation inv, DiskTools.Hit hit) {
    String where = inv.has(Invocation.Trait.REMOTE) ? " on the remote host" : "";
    findings
        .report(FindingCode.DISK_WIPE, i)
        .message(
            label(inv, hit)
                + " "
                + hit.verb()
                + " "
                + hit.arg().value()
                + where
                + "; whatever the device held is lost")
        .at(hit.arg())
        .safer(SAFER)
        .add();
  }

  private static String label(Invocation inv, DiskTools.Hit hit) {
    return hit.verb().equals("overwrites")
            && !inv.program().equals("dd")
            && inv.redirects().stream().anyMatch(r -> r.target() == hit.arg())
        ? "the redirection"
        : inv.program();
  }

  /**
   * General tools writing onto a device: {@code dd of=}, {@code tee}, {@code cp}, {@code shred}.
   */
  private static List<DiskTools.Hit> writes(Invocation inv, Devices devices) {
    List<DiskTools.Hit> out = new ArrayList<>();
    List<Arg> ops = DiskTools.operands(inv.args());
    switch (inv.program()) {
      case "dd", "dcfldd" -> out.addAll(dd(inv, devices));
      case "tee", "shred" ->
          ops.stream()
              .filter(a -> devices.isDisk(inv, a))
              .forEach(a -> out.add(new DiskTools.Hit(a, "overwrites")));
      case "cp", "install" -> {
        if (ops.size() >= 2 && devices.isDisk(inv, ops.get(ops.size() - 1))) {
          out.add(new DiskTools.Hit(ops.get(ops.size() - 1), "overwrites"));
        }
      }
      case "ddrescue" -> {
        if (ops.size() >= 2 && devices.isDisk(inv, ops.get(1))) {
          out.add(new DiskTools.Hit(ops.get(1), "overwrites"));
        }
      }
      default -> {}
    }
    return out;
  }

  /** {@code dd of=DEVICE}: under {@code /dev} and not harmless, or {@code /dev/} + run time. */
  private static List<DiskTools.Hit> dd(Invocation inv, Devices devices) {
    List<DiskTools.Hit> out = new ArrayList<>();
    for (Arg a : inv.args()) {
      if (a.knownPrefix().startsWith("of=")) {
        Arg target = strip(a);
        boolean device =
            target.dynamic()
                ? target.knownPrefix().startsWith("/dev/")
                : devices.mayBeDevice(inv, target);
        if (device) {
          out.add(new DiskTools.Hit(target, "overwrites"));
        }
      }
    }
    return out;
  }

  /** {@code of=PATH} as the argument {@code PATH}. */
  private static Arg strip(Arg a) {
    return new Arg(
        a.value().substring(3),
        a.dynamic(),
        a.knownPrefix().substring(3),
        a.glob(),
        a.producers(),
        a.span());
  }
}
