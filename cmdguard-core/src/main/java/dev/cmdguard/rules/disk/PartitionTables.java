package dev.cmdguard.rules.disk;

import static dev.cmdguard.rules.disk.DiskTools.devicesIn;
import static dev.cmdguard.rules.disk.DiskTools.has;
import static dev.cmdguard.rules.disk.DiskTools.operands;
import static dev.cmdguard.rules.disk.DiskTools.words;

import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The partition editors, told apart from their listing forms by their manual pages: sgdisk(8)
 * ({@code -p}, {@code -i}, {@code -v}, {@code -b}, {@code -O} only read, {@code -P} pretends),
 * fdisk(8), gdisk(8) and cfdisk(8) (interactive editors, which an agent drives through a pipe;
 * {@code -l} lists), sfdisk(8) ({@code -l}, {@code -d}, {@code -J}, {@code -s}, {@code -V}, {@code
 * -F}, {@code -g} read, {@code -n} does nothing) and parted(8) ({@code -l} and the {@code print}
 * command read; with no command it is interactive).
 */
final class PartitionTables {
  private static final Set<String> SGDISK_READ =
      words(
          "-p --print -i --info -v --verify -b --backup -L --list-types -V --version -h --help"
              + " -O --print-mbr -?");
  private static final Set<String> FDISK_READ = words("-l --list -s --getsz -v -V --version");
  private static final Set<String> SFDISK_READ =
      words(
          "-l --list -d --dump -J --json -s --show-size -V --verify -F --list-free -g"
              + " --show-geometry -h --help -v --version -n --no-act");
  private static final Set<String> PARTED_WRITE =
      words(
          "mklabel mktable mkpart mkpartfs mkfs rm resize resizepart rescue move cp name set"
              + " toggle disk_set disk_toggle");
  private static final String REWRITES = "rewrites the partition table of";

  private PartitionTables() {}

  /** The devices whose partition table the invocation changes; none when it only reads. */
  static List<DiskTools.Hit> check(Invocation inv, Devices devices) {
    List<Arg> args = inv.args();
    return switch (inv.program()) {
      case "sgdisk" ->
          sgdiskWrites(args) ? devicesIn(inv, devices, operands(args), REWRITES) : List.of();
      case "fdisk", "gdisk", "cfdisk" ->
          args.stream().anyMatch(a -> FDISK_READ.contains(a.value()))
              ? List.of()
              : devicesIn(inv, devices, operands(args), "edits the partition table of");
      case "sfdisk" ->
          args.stream().anyMatch(a -> SFDISK_READ.contains(a.value()))
              ? List.of()
              : devicesIn(inv, devices, operands(args), REWRITES);
      case "parted" -> parted(inv, devices);
      default -> List.of();
    };
  }

  private static boolean sgdiskWrites(List<Arg> args) {
    boolean writes = false;
    for (Arg a : args) {
      String v = a.value().split("=", 2)[0];
      if (v.equals("-P") || v.equals("--pretend")) {
        return false;
      }
      writes |= v.startsWith("-") && !SGDISK_READ.contains(v) && !v.matches("-[piv]+");
    }
    return writes;
  }

  /** {@code parted [options] DEVICE [COMMAND…]}: interactive without a command. */
  private static List<DiskTools.Hit> parted(Invocation inv, Devices devices) {
    List<Arg> args = inv.args();
    if (has(args, "-l", "--list")) {
      return List.of();
    }
    List<Arg> words = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String v = args.get(i).value();
      if (v.equals("-a") || v.equals("--align")) {
        i++;
      } else if (!v.startsWith("-") || !words.isEmpty()) {
        words.add(args.get(i));
      }
    }
    if (words.isEmpty()) {
      return List.of();
    }
    List<Arg> commands = words.subList(1, words.size());
    boolean writes =
        commands.isEmpty() || commands.stream().anyMatch(a -> PARTED_WRITE.contains(a.value()));
    return writes ? devicesIn(inv, devices, List.of(words.get(0)), REWRITES) : List.of();
  }
}
