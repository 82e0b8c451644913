package dev.cmdguard.rules.disk;

import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The programs that format, erase or repartition what they are given, and how to tell their writing
 * forms from their reading ones, from their manual pages: mkfs(8) and its variants, mkswap(8),
 * wipefs(8) ({@code -a}, {@code -o}; {@code -n} does nothing), sgdisk(8) ({@code -p}, {@code -i},
 * {@code -v}, {@code -b} and {@code -P} only read), fdisk(8), gdisk(8) and cfdisk(8) (interactive
 * editors; {@code -l} lists), sfdisk(8) ({@code -l}, {@code -d}, {@code -J}, {@code -s}, {@code
 * -V}, {@code -F}, {@code -n} read), parted(8) ({@code -l}, {@code print}), blkdiscard(8),
 * hdparm(8) security erase and sector writes, nvme-format(1) and nvme-sanitize(1), badblocks(8)
 * {@code -w}, cryptsetup(8) {@code luksFormat}/{@code erase}, zpool(8) {@code destroy}/{@code
 * labelclear}, zfs(8) {@code destroy} of a dataset, LVM's {@code lvremove}/{@code vgremove}/{@code
 * pvremove}, mdadm(8) {@code --create}/{@code --zero-superblock}, macOS diskutil(8) erase and
 * partition verbs, and sg_format(8).
 */
final class DiskTools {
  private static final Set<String> HDPARM_WRITE =
      words(
          "--security-erase --security-erase-enhanced --security-set-pass --trim-sector-ranges"
              + " --trim-sector-ranges-stdin --write-sector --make-bad-sector --fwdownload"
              + " --fwdownload-mode3 --fwdownload-mode3-max --fwdownload-mode7 --dco-restore -N");
  private static final Set<String> NVME_WRITE =
      words("format sanitize delete-ns write-zeroes write-uncor");
  private static final Set<String> DISKUTIL_WRITE =
      words(
          "eraseDisk eraseVolume partitionDisk zeroDisk randomDisk secureErase reformat"
              + " deleteContainer deleteVolume splitPartition mergePartitions");
  private static final Set<String> MKFS = words("mke2fs mkswap mkdosfs mkntfs mkexfatfs");

  private DiskTools() {}

  /**
   * The operands that the invocation formats, erases or repartitions, each with what happens to it,
   * or none when it only reads (or is not such a program).
   */
  static List<Hit> check(Invocation inv, Devices devices) {
    String p = inv.program();
    List<Arg> args = inv.args();
    if (args.stream().anyMatch(a -> a.value().equals("--help") || a.value().equals("--version"))) {
      return List.of();
    }
    if (p.startsWith("mkfs") || p.startsWith("newfs") || MKFS.contains(p)) {
      return devicesIn(inv, devices, operands(args), "formats");
    }
    return switch (p) {
      case "sgdisk", "fdisk", "gdisk", "cfdisk", "sfdisk", "parted" ->
          PartitionTables.check(inv, devices);
      case "cryptsetup" -> cryptsetup(inv, devices);
      case "zpool", "zfs", "lvremove", "vgremove", "pvremove", "diskutil", "mdadm" -> volumes(inv);
      default -> erasers(inv, devices);
    };
  }

  /** The tools that erase what they are given, when given their erasing options. */
  private static List<Hit> erasers(Invocation inv, Devices devices) {
    List<Arg> args = inv.args();
    String verb =
        switch (inv.program()) {
          case "wipefs" ->
              has(args, "-a", "--all", "-o", "--offset") && !has(args, "-n", "--no-act")
                  ? "erases the signatures of"
                  : "";
          case "blkdiscard", "sg_format" -> "erases";
          case "hdparm" ->
              args.stream().anyMatch(a -> HDPARM_WRITE.contains(a.value().split("=", 2)[0]))
                  ? "erases or overwrites"
                  : "";
          case "nvme" ->
              !args.isEmpty() && NVME_WRITE.contains(args.get(0).value()) ? "erases" : "";
          case "badblocks" ->
              args.stream().anyMatch(a -> a.value().matches("-[^-]*w.*"))
                  ? "overwrites (destructive test)"
                  : "";
          default -> "";
        };
    return verb.isEmpty() ? List.of() : devicesIn(inv, devices, operands(args), verb);
  }

  /** One destroyed operand and how. */
  record Hit(Arg arg, String verb) {}

  static List<Hit> devicesIn(Invocation inv, Devices devices, List<Arg> operands, String verb) {
    List<Hit> out = new ArrayList<>();
    for (Arg arg : operands) {
      if (devices.mayBeDevice(inv, arg)) {
        out.add(new Hit(arg, verb));
      }
    }
    return out;
  }

  private static List<Hit> cryptsetup(Invocation inv, Devices devices) {
    List<Arg> ops = operands(inv.args());
    if (ops.isEmpty()) {
      return List.of();
    }
    String action = ops.get(0).value();
    if (!Set.of("luksFormat", "erase", "luksErase").contains(action)) {
      return List.of();
    }
    return devicesIn(inv, devices, ops.subList(1, ops.size()), "erases the encrypted volume on");
  }

  /** Pools, volume groups and volumes, named rather than given as device paths. */
  private static List<Hit> volumes(Invocation inv) {
    List<Arg> ops = operands(inv.args());
    String p = inv.program();
    Optional<String> verb =
        switch (p) {
          case "zpool" -> first(ops, Set.of("destroy", "labelclear"));
          case "zfs" ->
              first(ops, Set.of("destroy"))
                  .filter(v -> ops.stream().noneMatch(a -> a.value().contains("@")));
          case "diskutil" -> first(ops, DISKUTIL_WRITE);
          case "mdadm" ->
              has(inv.args(), "--zero-superblock", "--create", "-C")
                  ? Optional.of("mdadm")
                  : Optional.empty();
          default -> ops.isEmpty() ? Optional.empty() : Optional.of(p);
        };
    if (verb.isEmpty()) {
      return List.of();
    }
    List<Hit> out = new ArrayList<>();
    for (Arg arg : ops) {
      if (!arg.value().equals(verb.get())) {
        out.add(new Hit(arg, "destroys the storage of"));
      }
    }
    return out.isEmpty()
        ? List.of(new Hit(inv.argv().get(0), "destroys the storage it names"))
        : out;
  }

  private static Optional<String> first(List<Arg> ops, Set<String> verbs) {
    return ops.isEmpty() || !verbs.contains(ops.get(0).value())
        ? Optional.empty()
        : Optional.of(ops.get(0).value());
  }

  /** The arguments that are not options (a value after an option is kept: harmless here). */
  static List<Arg> operands(List<Arg> args) {
    List<Arg> out = new ArrayList<>();
    boolean ended = false;
    for (Arg a : args) {
      if (!ended && a.value().equals("--")) {
        ended = true;
      } else if (ended || !a.value().startsWith("-") || a.dynamic()) {
        out.add(a);
      }
    }
    return out;
  }

  /** The whitespace-separated words of {@code text}. */
  static Set<String> words(String text) {
    return Set.of(text.split(" "));
  }

  static boolean has(List<Arg> args, String... options) {
    for (Arg a : args) {
      for (String o : options) {
        if (a.value().equals(o) || a.value().startsWith(o + "=")) {
          return true;
        }
      }
    }
    return false;
  }
}
