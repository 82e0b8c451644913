package dev.cmdguard.paths;

/**
 * Where a path lies, as the rules see it (SPEC sections 3 and 4). A concrete path gets one location
 * class ({@link #ROOT} through {@link #NETWORK_SOCKET}), several only when places coincide ({@code
 * /root} as the home is {@link #SYSTEM_DIRECTORY} and {@link #HOME}, and what is below it {@link
 * #INSIDE_SYSTEM_DIRECTORY} and {@link #INSIDE_HOME}), plus any of the qualifiers ({@link
 * #BLOCK_DEVICE}, {@link #KERNEL_INTERFACE}, {@link #SECRET_FILE}). Below several places, the
 * deepest decides ({@code /opt/app/src} with the workspace {@code /opt/app} is {@link #WORKSPACE}).
 * A glob gets the union over everything it could expand to, so a rule takes the worst class. The
 * lists behind each class are in {@code Locations}.
 */
public enum PathClass {
  /** {@code /} itself, or a glob covering all of it ({@code /*}). */
  ROOT,
  /**
   * A directory the system needs, by name: the FHS top level, the important directories of {@code
   * /usr}, {@code /usr/local}, {@code /var} and {@code /etc}, macOS's top level, and every ancestor
   * of the home directory ({@code /home}, the parent of all homes). Also a glob covering all of one
   * ({@code /usr/*}).
   */
  SYSTEM_DIRECTORY,
  /** Below a system directory, and not in a more specific place ({@code /etc/hosts}). */
  INSIDE_SYSTEM_DIRECTORY,
  /** The home directory itself, or a glob covering all of it ({@code ~}, {@code ~/*}). */
  HOME,
  /** Below the home directory, outside the workspace ({@code ~/Documents}). */
  INSIDE_HOME,
  /** The workspace itself, or a glob covering all of it ({@code .}, {@code *} in the root). */
  WORKSPACE_ROOT,
  /** Strictly inside the workspace ({@code node_modules}, {@code ./build}). */
  WORKSPACE,
  /** A scratch directory or below it ({@code /tmp}, {@code /var/tmp/x}, {@code /dev/shm}). */
  TEMP,
  /** Known, and in none of the places above ({@code /data/x}, {@code /foo}). */
  OTHER,
  /** The location depends on a directory that is not known (relative path, no cwd; {@code ~-}). */
  UNKNOWN,
  /**
   * A device that reads or writes nothing lasting: {@code /dev/null}, {@code /dev/zero}, {@code
   * /dev/full}, {@code /dev/random}, {@code /dev/urandom}, {@code /dev/stdin}, {@code /dev/stdout},
   * {@code /dev/stderr}, {@code /dev/tty}, {@code /dev/fd/*}, {@code /dev/pts/*}, {@code
   * /proc/self/fd/*}. It replaces the location class.
   */
  HARMLESS_DEVICE,
  /**
   * bash's {@code /dev/tcp/HOST/PORT} and {@code /dev/udp/HOST/PORT}, which open a connection (bash
   * manual, "Redirections"); the building block of reverse shells. It replaces the location class.
   */
  NETWORK_SOCKET,
  /**
   * Qualifier: a disk, partition or volume device that a write destroys ({@code /dev/sda}, {@code
   * /dev/nvme0n1p2}, {@code /dev/mapper/root}, {@code /dev/disk/by-id/...}; the full list is in
   * {@code Locations}). Never {@code /dev/null} and the like.
   */
  BLOCK_DEVICE,
  /**
   * Qualifier: a kernel interface whose write can crash or brick the machine: {@code /dev/mem},
   * {@code /dev/kmem}, {@code /dev/port}, {@code /proc/sysrq-trigger}, {@code /proc/kcore}, {@code
   * /proc/sys/**}, {@code /sys/power/**}, {@code /sys/firmware/efi/efivars/**} (deleting EFI
   * variables bricked machines: systemd issue 2402).
   */
  KERNEL_INTERFACE,
  /** Qualifier: the path holds a secret; which kind is in {@link PathClassification#kinds()}. */
  SECRET_FILE
}
