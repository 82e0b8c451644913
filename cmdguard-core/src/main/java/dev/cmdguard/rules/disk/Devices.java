package dev.cmdguard.rules.disk;

import dev.cmdguard.paths.PathClass;
import dev.cmdguard.paths.PathClassification;
import dev.cmdguard.paths.PathResolver;
import dev.cmdguard.paths.ResolvedPath;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;

/**
 * Which operands are disks, as far as the command shows (the device list is the paths package's
 * {@link PathClass#BLOCK_DEVICE}). Two strengths: a write by a general tool ({@code cat x >},
 * {@code tee}, {@code cp}) destroys a disk only when the operand is one; a tool that exists to work
 * on devices ({@code mkfs}, {@code wipefs}, {@code dd of=/dev/…}) is taken at its word for anything
 * under {@code /dev} except the harmless devices, and for an operand only known at run time unless
 * its known start places it elsewhere ({@code ./$IMG}).
 */
final class Devices {
  private final RuleContext context;
  private final PathResolver resolver;

  Devices(RuleContext context) {
    this.context = context;
    this.resolver = new PathResolver(context.paths());
  }

  /** True when the operand is a disk, partition or volume ({@code /dev/sda}, {@code /dev/sd$X}). */
  boolean isDisk(Invocation inv, Arg arg) {
    PathClassification where = classify(inv, arg);
    return where.has(PathClass.BLOCK_DEVICE)
        && (!arg.dynamic() || !where.has(PathClass.HARMLESS_DEVICE));
  }

  /**
   * True when a device tool's operand may be a device: a disk, another path under {@code /dev} that
   * is not harmless ({@code /dev/vg0/lv0}), or a run-time value not placed elsewhere.
   */
  boolean mayBeDevice(Invocation inv, Arg arg) {
    String known = arg.dynamic() ? arg.knownPrefix() : arg.value();
    if (arg.dynamic() && (known.isEmpty() || "/dev/".startsWith(known))) {
      return true;
    }
    PathClassification where = classify(inv, arg);
    if (where.has(PathClass.BLOCK_DEVICE)) {
      return true;
    }
    String path = resolver.resolve(known, false, inv.cwd()).absolute().orElse(known);
    return path.startsWith("/dev/")
        && !where.has(PathClass.HARMLESS_DEVICE)
        && !where.has(PathClass.NETWORK_SOCKET)
        && !where.has(PathClass.TEMP);
  }

  private PathClassification classify(Invocation inv, Arg arg) {
    if (!arg.dynamic()) {
      return context.classify(inv, arg);
    }
    ResolvedPath pattern = resolver.resolve(arg.knownPrefix() + "*", true, inv.cwd());
    return context.classify(pattern);
  }
}
