package dev.cmdguard.rules.disk;

import static dev.cmdguard.FindingCode.Family.DISK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.Finding;
import dev.cmdguard.FindingCode;
import dev.cmdguard.Risk;
import dev.cmdguard.rules.RuleTable;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The disk family (docs/rules/disk.md): command → its disk codes in the corpus context. Rows with
 * {@code ""} must not fire; there are at least as many of them as rows that must.
 */
class DiskRuleTest {
  private static final String WIPE = "DISK_WIPE";

  static final List<Arguments> ROWS =
      List.of(
          // formatting
          row("mkfs /dev/sda", WIPE),
          row("mkfs.ext4 /dev/sda1", WIPE),
          row("mkfs -t ext4 /dev/sda", WIPE),
          row("sudo mkfs.xfs -f /dev/nvme0n1p2", WIPE),
          row("mkfs.vfat -F 32 /dev/mmcblk0p1", WIPE),
          row("mke2fs -t ext4 /dev/vdb", WIPE),
          row("mkswap /dev/sdb2", WIPE),
          row("mkfs.ext4 /dev/vg0/lv0", WIPE),
          row("mkfs.ext4 /dev/mapper/root", WIPE),
          row("mkfs.ext4 $DEVICE", WIPE),
          row("newfs_msdos -F 32 /dev/disk2", WIPE),
          // overwriting
          row("dd of=/dev/sda", WIPE),
          row("dd if=/dev/zero of=/dev/sda", WIPE),
          row("dd if=/dev/zero of=/dev/sda bs=1M status=progress", WIPE),
          row("sudo dd if=ubuntu.iso of=/dev/sdb bs=4M", WIPE),
          row("dd if=x of=/dev/$DISK", WIPE),
          row("dd if=/dev/urandom of=/dev/disk/by-id/ata-disk", WIPE),
          row("cat x > /dev/sda", WIPE),
          row("cat /dev/zero > /dev/sdb", WIPE),
          row("> /dev/nvme0n1", WIPE),
          row("echo x > /dev/sda1", WIPE),
          row("pv image.img > /dev/mmcblk0", WIPE),
          row("cp x /dev/sda", WIPE),
          row("cat image.iso | sudo tee /dev/sdb", WIPE),
          row("ddrescue /dev/sda /dev/sdb map.log", WIPE),
          row("shred /dev/sda", WIPE),
          row("shred -n 1 -z /dev/sdb", WIPE),
          // signatures, discards, partition tables
          row("wipefs -a /dev/sda", WIPE),
          row("wipefs --all --force /dev/sda1", WIPE),
          row("sgdisk --zap-all /dev/sda", WIPE),
          row("sgdisk -Z /dev/sda", WIPE),
          row("sgdisk -o /dev/sda", WIPE),
          row("sgdisk -n 1:0:+512M -t 1:ef00 /dev/sda", WIPE),
          row("blkdiscard /dev/nvme0n1", WIPE),
          row("fdisk /dev/sda", WIPE),
          row("printf 'o\\nw\\n' | fdisk /dev/sda", WIPE),
          row("gdisk /dev/sdb", WIPE),
          row("sfdisk /dev/sda < layout.txt", WIPE),
          row("sfdisk --delete /dev/sda 1", WIPE),
          row("parted /dev/sda mklabel gpt", WIPE),
          row("parted -s /dev/sda mkpart primary ext4 1MiB 100%", WIPE),
          row("parted /dev/sda", WIPE),
          // erase commands of drives and volume managers
          row("hdparm --security-erase pass /dev/sda", WIPE),
          row("hdparm --user-master u --security-erase-enhanced p /dev/sda", WIPE),
          row("nvme format /dev/nvme0n1", WIPE),
          row("nvme sanitize -a 2 /dev/nvme0", WIPE),
          row("badblocks -w /dev/sda", WIPE),
          row("badblocks -wsv /dev/sdb", WIPE),
          row("cryptsetup luksFormat /dev/sda2", WIPE),
          row("cryptsetup -q luksFormat /dev/sda2", WIPE),
          row("cryptsetup erase /dev/sda2", WIPE),
          row("zpool destroy tank", WIPE),
          row("zpool labelclear /dev/sdb", WIPE),
          row("zfs destroy -r pool/data", WIPE),
          row("lvremove -f /dev/vg0/lv0", WIPE),
          row("vgremove --force vg0", WIPE),
          row("pvremove /dev/sda2", WIPE),
          row("mdadm --zero-superblock /dev/sdb1", WIPE),
          row("diskutil eraseDisk APFS Blank disk2", WIPE),
          row("sg_format --format /dev/sg1", WIPE),
          // however it is reached
          row("sudo bash -c 'dd if=/dev/zero of=/dev/sda'", WIPE),
          row("ssh host 'mkfs.ext4 /dev/sdb'", WIPE),
          row("echo /dev/sda | xargs mkfs.ext4", WIPE),
          // must not fire: reading, listing, image files
          row("echo 'dd if=/dev/zero of=/dev/sda'", ""),
          row("echo mkfs.ext4 /dev/sda", ""),
          row("grep mkfs install.sh", ""),
          row("git commit -m 'do not mkfs /dev/sda'", ""),
          row("man mkfs", ""),
          row("mkfs", ""),
          row("mkfs --help", ""),
          row("mkfs.ext4 disk.img", ""),
          row("mkfs.ext4 -F ./rootfs.img", ""),
          row("mkfs.ext4 ./$IMAGE", ""),
          row("mkfs.ext4 /tmp/test.img", ""),
          row("mkswap ./swapfile", ""),
          row("dd if=/dev/sda of=disk.img", ""),
          row("dd if=/dev/sda of=/tmp/mbr.bin bs=512 count=1", ""),
          row("dd if=/dev/zero of=/dev/null", ""),
          row("dd if=/dev/zero of=disk.img bs=1M count=100", ""),
          row("dd if=/dev/zero of=$OUT bs=1M count=10", ""),
          row("dd if=/dev/urandom bs=32 count=1", ""),
          row("cat /dev/sda > disk.img", ""),
          row("cat /proc/partitions", ""),
          row("echo x > /dev/null", ""),
          row("echo x > /dev/stderr", ""),
          row("echo x > /dev/tty", ""),
          row("echo x > /dev/$TTY", ""),
          row("cp /dev/sda disk.img", ""),
          row("tee out.txt", ""),
          row("shred -u secret.txt", ""),
          row("wipefs /dev/sda", ""),
          row("wipefs -n -a /dev/sda", ""),
          row("sgdisk -p /dev/sda", ""),
          row("sgdisk --print /dev/sda", ""),
          row("sgdisk -P --zap-all /dev/sda", ""),
          row("sgdisk -b backup.gpt /dev/sda", ""),
          row("fdisk -l", ""),
          row("fdisk -l /dev/sda", ""),
          row("sudo fdisk -l", ""),
          row("sfdisk -l /dev/sda", ""),
          row("sfdisk --dump /dev/sda", ""),
          row("sfdisk -d /dev/sda > table.txt", ""),
          row("sfdisk -J /dev/sda", ""),
          row("parted -l", ""),
          row("parted /dev/sda print", ""),
          row("parted -s /dev/sda unit s print", ""),
          row("lsblk", ""),
          row("blkid /dev/sda1", ""),
          row("df -h", ""),
          row("mount /dev/sda1 /mnt", ""),
          row("hdparm -I /dev/sda", ""),
          row("hdparm -tT /dev/sda", ""),
          row("nvme list", ""),
          row("nvme smart-log /dev/nvme0", ""),
          row("badblocks -sv /dev/sda", ""),
          row("badblocks -nsv /dev/sda", ""),
          row("cryptsetup open /dev/sda2 data", ""),
          row("cryptsetup luksDump /dev/sda2", ""),
          row("zpool status", ""),
          row("zpool list", ""),
          row("zfs list", ""),
          row("zfs destroy pool/data@snap", ""),
          row("lvs", ""),
          row("vgdisplay", ""),
          row("pvs", ""),
          row("lvremove --help", ""),
          row("mdadm --detail /dev/md0", ""),
          row("diskutil list", ""),
          row("diskutil info disk2", ""),
          row("smartctl -a /dev/sda", ""),
          row("rm -rf /tmp/build", ""),
          row("losetup -f disk.img", ""));

  static Stream<Arguments> table() {
    return ROWS.stream();
  }

  @ParameterizedTest(name = "{0} -> [{1}]")
  @MethodSource("table")
  void codes(String command, String expected) {
    assertThat(RuleTable.codes(command, DISK)).isEqualTo(expected);
  }

  @Test
  void atLeastAsManyRowsMustNotFireAsMust() {
    long quiet = ROWS.stream().filter(r -> r.get()[1].equals("")).count();
    assertThat(quiet).isGreaterThanOrEqualTo(ROWS.size() - quiet);
  }

  /** SPEC section 3's critical examples, and section 4's {@code fdisk -l}. */
  @Test
  void specRisks() {
    assertThat(RuleTable.evaluate("mkfs /dev/sda").risk()).isEqualTo(Risk.CRITICAL);
    assertThat(RuleTable.evaluate("dd of=/dev/sda").risk()).isEqualTo(Risk.CRITICAL);
    assertThat(RuleTable.evaluate("sgdisk --zap-all /dev/sda").risk()).isEqualTo(Risk.CRITICAL);
    // low once the read-only registry knows fdisk -l; the disk family adds nothing to it
    assertThat(RuleTable.evaluate("fdisk -l").risk()).isLessThanOrEqualTo(Risk.MEDIUM);
  }

  @Test
  void theFindingNamesTheDevicePointsAtItAndIsLocked() {
    Finding f = only("dd if=/dev/zero of=/dev/sda bs=1M");
    assertThat(f.severity()).isEqualTo(Risk.CRITICAL);
    assertThat(f.message()).contains("dd").contains("/dev/sda");
    assertThat(f.span().start()).isEqualTo(16);
    assertThat(f.span().end()).isEqualTo(27);
    assertThat(f.saferAlternative()).hasValueSatisfying(s -> assertThat(s).contains("lsblk"));
  }

  @Test
  void aRedirectionIsNamedAsSuch() {
    Finding f = only("cat x > /dev/sda");
    assertThat(f.message()).startsWith("the redirection overwrites /dev/sda");
    assertThat(f.span().start()).isEqualTo(8);
  }

  @Test
  void oneFindingPerInvocation() {
    assertThat(RuleTable.evaluate("mkfs.ext4 /dev/sda /dev/sdb").findings())
        .filteredOn(f -> f.code() == FindingCode.DISK_WIPE)
        .hasSize(1);
  }

  private static Finding only(String command) {
    List<Finding> found =
        RuleTable.evaluate(command).findings().stream()
            .filter(f -> f.code() == FindingCode.DISK_WIPE)
            .toList();
    assertThat(found).as(command).hasSize(1);
    return found.get(0);
  }

  private static Arguments row(String command, String codes) {
    return Arguments.of(command, codes);
  }
}
