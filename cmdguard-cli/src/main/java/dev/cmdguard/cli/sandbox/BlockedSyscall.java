package dev.cmdguard.cli.sandbox;

/**
 * The system calls the sandbox's seccomp filter refuses ({@link SeccompFilter}), with their numbers
 * on x86_64 ({@code arch/x86/entry/syscalls/syscall_64.tbl}) and aarch64 (the generic table, {@code
 * include/uapi/asm-generic/unistd.h}). They are the ones a command needs to leave the sandbox or
 * attack the kernel: new namespaces and mounts (the sandbox's walls are mounts and namespaces),
 * tracing other processes, loading kernel code, and the kernel interfaces Docker's default profile
 * also refuses for the same reason. Each fails with {@code EPERM}, so a program reports "Operation
 * not permitted" instead of dying.
 */
enum BlockedSyscall {
  UNSHARE(272, 97),
  SETNS(308, 268),
  MOUNT(165, 40),
  UMOUNT2(166, 39),
  PIVOT_ROOT(155, 41),
  CHROOT(161, 51),
  OPEN_TREE(428, 428),
  MOVE_MOUNT(429, 429),
  FSOPEN(430, 430),
  FSCONFIG(431, 431),
  FSMOUNT(432, 432),
  FSPICK(433, 433),
  MOUNT_SETATTR(442, 442),
  PTRACE(101, 117),
  PROCESS_VM_READV(310, 270),
  PROCESS_VM_WRITEV(311, 271),
  INIT_MODULE(175, 105),
  FINIT_MODULE(313, 273),
  DELETE_MODULE(176, 106),
  KEXEC_LOAD(246, 104),
  KEXEC_FILE_LOAD(320, 294),
  BPF(321, 280),
  PERF_EVENT_OPEN(298, 241),
  USERFAULTFD(323, 282),
  KEYCTL(250, 219),
  ADD_KEY(248, 217),
  REQUEST_KEY(249, 218),
  OPEN_BY_HANDLE_AT(304, 265),
  IO_URING_SETUP(425, 425),
  IO_URING_ENTER(426, 426),
  IO_URING_REGISTER(427, 427),
  REBOOT(169, 142),
  SWAPON(167, 224),
  SWAPOFF(168, 225),
  ACCT(163, 89),
  SYSLOG(103, 116),
  QUOTACTL(179, 60);

  /** {@code clone}: allowed unless its flags ask for a new namespace. */
  static final int CLONE_X86_64 = 56;

  /** {@code clone} on aarch64. */
  static final int CLONE_AARCH64 = 220;

  /**
   * {@code clone3} (both architectures): its flags are in memory, out of a filter's reach, so it
   * fails with {@code ENOSYS} and the C library falls back to {@code clone}, whose flags are
   * checked (what Docker's default profile does).
   */
  static final int CLONE3 = 435;

  private final int x8664;
  private final int aarch64;

  BlockedSyscall(int x8664, int aarch64) {
    this.x8664 = x8664;
    this.aarch64 = aarch64;
  }

  /** The number on {@code arch}. */
  int number(SeccompFilter.Arch arch) {
    return switch (arch) {
      case X86_64 -> x8664;
      case AARCH64 -> aarch64;
    };
  }

  /** The lower-case name, as in {@code man 2}. */
  String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
