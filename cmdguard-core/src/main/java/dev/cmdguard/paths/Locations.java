package dev.cmdguard.paths;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The places of the file system hierarchy and the location classes of concrete absolute paths.
 *
 * <p>System directories: the top level of the Filesystem Hierarchy Standard 3.0 (chapter 3) and
 * what distributions add ({@code /lib32 /lib64 /libx32 /snap /nix /efi /lost+found}); the
 * directories of {@code /usr} (FHS chapter 4) and {@code /usr/local} (4.9); those of {@code /var}
 * (chapter 5) plus the package and database stores in {@code /var/lib}; the {@code /etc}
 * directories that hold the boot, login, package and service configuration; and the top level of
 * macOS ({@code /System /Library /Applications /Users /Volumes /private}). Every ancestor of the
 * home directory is one too, since it holds the home. Windows is out of scope.
 */
final class Locations {
  static final List<String> SYSTEM_DIRECTORIES =
      words(
          """
          /bin /boot /boot/efi /dev /efi /etc /home /lib /lib32 /lib64 /libx32 /lost+found /media
          /mnt /nix /nix/store /opt /proc /root /run /sbin /snap /srv /sys /usr /var

          /usr/bin /usr/games /usr/include /usr/lib /usr/lib32 /usr/lib64 /usr/libexec /usr/libx32
          /usr/local /usr/sbin /usr/share /usr/src
          /usr/local/bin /usr/local/etc /usr/local/games /usr/local/include /usr/local/lib
          /usr/local/libexec /usr/local/man /usr/local/sbin /usr/local/share /usr/local/src

          /var/backups /var/cache /var/crash /var/lib /var/local /var/lock /var/log /var/mail
          /var/opt /var/run /var/spool /var/www
          /var/lib/apt /var/lib/dpkg /var/lib/rpm /var/lib/docker /var/lib/containerd
          /var/lib/mysql /var/lib/postgresql

          /etc/alternatives /etc/apparmor.d /etc/apt /etc/cron.d /etc/default /etc/init.d
          /etc/ld.so.conf.d /etc/modprobe.d /etc/network /etc/opt /etc/pam.d /etc/pki
          /etc/profile.d /etc/security /etc/selinux /etc/ssh /etc/ssl /etc/sudoers.d /etc/systemd
          /etc/udev /etc/yum.repos.d /etc/X11

          /Applications /Library /System /Users /Volumes /private /private/etc /private/var /cores
          """);

  /** Devices that store nothing: writes vanish, reads are generated (see PathClass). */
  static final List<String> HARMLESS_DEVICES =
      words(
          """
          /dev/null /dev/zero /dev/full /dev/random /dev/urandom /dev/stdin /dev/stdout
          /dev/stderr /dev/tty /dev/fd/* /dev/pts/* /proc/self/fd/*
          """);

  /** bash's network pseudo-devices (bash manual, "Redirections"). */
  static final List<String> NETWORK_SOCKETS = List.of("/dev/tcp/*/*", "/dev/udp/*/*");

  /**
   * Disks, partitions and volumes: SCSI/SATA/USB ({@code sd}), IDE ({@code hd}), virtio ({@code
   * vd}), Xen ({@code xvd}), NVMe, SD/eMMC ({@code mmcblk}), MD RAID, device mapper, loop, NBD,
   * Ceph RBD, ZFS volumes, optical ({@code sr}), RAM disks, MTD flash, bcache, {@code /dev/root},
   * macOS {@code disk}/{@code rdisk}, and the udev aliases under {@code /dev/disk/by-*}.
   */
  static final List<String> BLOCK_DEVICES =
      words(
          """
          /dev/sd* /dev/hd* /dev/vd* /dev/xvd* /dev/nvme* /dev/mmcblk* /dev/md* /dev/md/*
          /dev/dm-* /dev/mapper/* /dev/loop[0-9]* /dev/nbd* /dev/rbd* /dev/zd* /dev/zvol/**
          /dev/sr[0-9]* /dev/ram[0-9]* /dev/mtd* /dev/bcache* /dev/root /dev/disk[0-9]*
          /dev/rdisk[0-9]* /dev/disk/by-*/*
          """);

  private static final List<String> NOT_BLOCK_DEVICES = List.of("/dev/mapper/control");

  /** Kernel interfaces whose write crashes, reboots or bricks the machine (see PathClass). */
  static final List<String> KERNEL_INTERFACES =
      words(
          """
          /dev/mem /dev/kmem /dev/port /proc/sysrq-trigger /proc/kcore /proc/sys/**
          /sys/power/** /sys/firmware/efi/efivars/**
          """);

  /** Concrete names of the devices above, for judging globs such as {@code /dev/sd?}. */
  static final List<String> DEVICE_EXAMPLES =
      words(
          """
          /dev/sda /dev/sda1 /dev/sdb /dev/hda /dev/vda /dev/vda1 /dev/xvda /dev/nvme0n1
          /dev/nvme0n1p1 /dev/mmcblk0 /dev/mmcblk0p1 /dev/md0 /dev/dm-0 /dev/mapper/root
          /dev/loop0 /dev/nbd0 /dev/rbd0 /dev/zd0 /dev/sr0 /dev/ram0 /dev/mtd0 /dev/mtdblock0
          /dev/bcache0 /dev/root /dev/disk0 /dev/rdisk0 /dev/disk/by-id/ata-disk
          /dev/disk/by-uuid/uuid /dev/fd/1 /dev/pts/0 /dev/tcp/host/80 /proc/sys/kernel/sysrq
          /sys/power/state /sys/firmware/efi/efivars/var
          """);

  private static final List<PathPattern> HARMLESS = patterns(HARMLESS_DEVICES);
  private static final List<PathPattern> NETWORK = patterns(NETWORK_SOCKETS);
  private static final List<PathPattern> BLOCK = patterns(BLOCK_DEVICES);
  private static final List<PathPattern> NOT_BLOCK = patterns(NOT_BLOCK_DEVICES);
  private static final List<PathPattern> KERNEL = patterns(KERNEL_INTERFACES);

  private final PathContext context;
  private final Set<String> systemDirectories;
  private final List<Anchor> anchors;

  Locations(PathContext context) {
    this.context = context;
    Set<String> system = new LinkedHashSet<>(SYSTEM_DIRECTORIES);
    for (String dir = PosixPaths.parent(context.home());
        !dir.equals("/");
        dir = PosixPaths.parent(dir)) {
      system.add(dir);
    }
    this.systemDirectories = Set.copyOf(system);
    List<Anchor> places = new ArrayList<>();
    places.add(new Anchor(context.workspace(), PathClass.WORKSPACE));
    places.add(new Anchor(context.home(), PathClass.INSIDE_HOME));
    context.tempDirectories().forEach(dir -> places.add(new Anchor(dir, PathClass.TEMP)));
    system.forEach(dir -> places.add(new Anchor(dir, PathClass.INSIDE_SYSTEM_DIRECTORY)));
    this.anchors = List.copyOf(places);
  }

  /** The system directories for this context: the list above and the ancestors of the home. */
  Set<String> systemDirectories() {
    return systemDirectories;
  }

  /** The location classes and device qualifiers of a normalized absolute path. */
  EnumSet<PathClass> classify(String path) {
    List<String> names = PosixPaths.names(path);
    if (any(HARMLESS, names)) {
      return EnumSet.of(PathClass.HARMLESS_DEVICE);
    }
    if (any(NETWORK, names)) {
      return EnumSet.of(PathClass.NETWORK_SOCKET);
    }
    EnumSet<PathClass> classes = named(path);
    if (classes.isEmpty()) {
      classes = contained(path);
    }
    if (any(BLOCK, names) && !any(NOT_BLOCK, names)) {
      classes.add(PathClass.BLOCK_DEVICE);
    }
    if (any(KERNEL, names)) {
      classes.add(PathClass.KERNEL_INTERFACE);
    }
    return classes;
  }

  /** The classes a path has by being one of the named places. */
  private EnumSet<PathClass> named(String path) {
    EnumSet<PathClass> classes = EnumSet.noneOf(PathClass.class);
    if (path.equals("/")) {
      classes.add(PathClass.ROOT);
    }
    if (systemDirectories.contains(path)) {
      classes.add(PathClass.SYSTEM_DIRECTORY);
    }
    if (path.equals(context.home())) {
      classes.add(PathClass.HOME);
    }
    if (path.equals(context.workspace())) {
      classes.add(PathClass.WORKSPACE_ROOT);
    }
    if (context.tempDirectories().contains(path)) {
      classes.add(PathClass.TEMP);
    }
    return classes;
  }

  /**
   * The class given by the deepest named place that contains the path; places equally deep all
   * count ({@code /root/x} when the home is {@code /root}). {@link PathClass#OTHER} when none does.
   */
  private EnumSet<PathClass> contained(String path) {
    int deepest = -1;
    EnumSet<PathClass> classes = EnumSet.of(PathClass.OTHER);
    for (Anchor anchor : anchors) {
      if (!PosixPaths.isWithin(path, anchor.directory())) {
        continue;
      }
      int depth = anchor.depth();
      if (depth > deepest) {
        deepest = depth;
        classes = EnumSet.of(anchor.inside());
      } else if (depth == deepest) {
        classes.add(anchor.inside());
      }
    }
    return classes;
  }

  /** A named place and the class of what lies below it. */
  private record Anchor(String directory, PathClass inside) {
    int depth() {
      return PosixPaths.names(directory).size();
    }
  }

  /** The whitespace-separated words of a text block. */
  /**
   * The blank-separated words of a table. Split on single characters, not the regex {@code \\s+}:
   * these tables are read at every start, and the regex engine costs a hook call milliseconds.
   */
  private static List<String> words(String text) {
    return Arrays.stream(text.replace('\n', ' ').split(" ")).filter(w -> !w.isEmpty()).toList();
  }

  private static List<PathPattern> patterns(List<String> texts) {
    return texts.stream().map(PathPattern::of).toList();
  }

  private static boolean any(List<PathPattern> patterns, List<String> names) {
    return patterns.stream().anyMatch(p -> p.matches(names));
  }
}
