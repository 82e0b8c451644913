package dev.cmdguard.cli.sandbox;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's seccomp filter as a classic BPF program, the bytes bubblewrap reads from {@code
 * --seccomp FD}: an array of {@code struct sock_filter} ({@code u16 code, u8 jt, u8 jf, u32 k}, 8
 * bytes each, little-endian on both supported architectures) that the kernel runs on {@code struct
 * seccomp_data} ({@code int nr} at 0, {@code u32 arch} at 4, {@code u64 args[6]} from 16). Sources:
 * {@code seccomp(2)}, {@code Documentation/userspace-api/seccomp_filter.rst}.
 *
 * <p>The program: a system call of another architecture (the 32-bit ABIs reached through {@code int
 * 0x80} or AArch32) kills the process, since its numbers mean other calls; on x86_64 the x32 ABI
 * (numbers with bit 30 set) fails with {@code ENOSYS}; {@code clone3} fails with {@code ENOSYS}
 * (libc falls back to {@code clone}); {@code clone} with any {@code CLONE_NEW*} flag and every
 * {@link BlockedSyscall} fail with {@code EPERM}; everything else is allowed. bubblewrap sets
 * {@code PR_SET_NO_NEW_PRIVS} before loading it, as the kernel requires of an unprivileged filter.
 */
public final class SeccompFilter {
  /** The architectures cmdguard has system call numbers for. */
  public enum Arch {
    /** {@code AUDIT_ARCH_X86_64}: {@code EM_X86_64 | __AUDIT_ARCH_64BIT | __AUDIT_ARCH_LE}. */
    X86_64(0xC000003E),
    /** {@code AUDIT_ARCH_AARCH64}: {@code EM_AARCH64 | __AUDIT_ARCH_64BIT | __AUDIT_ARCH_LE}. */
    AARCH64(0xC00000B7);

    private final int audit;

    Arch(int audit) {
      this.audit = audit;
    }

    /** The architecture for a JVM's {@code os.arch}, if cmdguard has a filter for it. */
    public static Optional<Arch> of(String osArch) {
      return switch (osArch.toLowerCase(Locale.ROOT)) {
        case "amd64", "x86_64" -> Optional.of(X86_64);
        case "aarch64", "arm64" -> Optional.of(AARCH64);
        default -> Optional.empty();
      };
    }
  }

  private static final int LD_W_ABS = 0x20;
  private static final int JEQ = 0x15;
  private static final int JGE = 0x35;
  private static final int JSET = 0x45;
  private static final int RET = 0x06;

  private static final int RET_KILL_PROCESS = 0x80000000;
  private static final int RET_ERRNO = 0x00050000;
  private static final int RET_ALLOW = 0x7fff0000;
  private static final int EPERM = 1;
  private static final int ENOSYS = 38;

  /** {@code __X32_SYSCALL_BIT}. */
  private static final int X32_BIT = 0x40000000;

  /**
   * {@code CLONE_NEWNS | CLONE_NEWCGROUP | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWUSER |
   * CLONE_NEWPID | CLONE_NEWNET}; {@code CLONE_NEWTIME} (0x80) is only valid for {@code clone3} and
   * {@code unshare}, and in {@code clone}'s flags those bits are the exit signal.
   */
  static final int NAMESPACE_FLAGS = 0x7E020000;

  private SeccompFilter() {}

  /** The filter for {@code arch}, ready to be written to the file bubblewrap reads. */
  public static byte[] program(Arch arch) {
    Assembler a = new Assembler();
    a.load(4);
    a.jump(JEQ, arch.audit, "nr", null);
    a.ret(RET_KILL_PROCESS);
    a.label("nr");
    a.load(0);
    if (arch == Arch.X86_64) {
      a.jump(JGE, X32_BIT, "enosys", null);
    }
    a.jump(JEQ, BlockedSyscall.CLONE3, "enosys", null);
    int clone = arch == Arch.X86_64 ? BlockedSyscall.CLONE_X86_64 : BlockedSyscall.CLONE_AARCH64;
    a.jump(JEQ, clone, "clone", null);
    for (BlockedSyscall s : BlockedSyscall.values()) {
      a.jump(JEQ, s.number(arch), "eperm", null);
    }
    a.ret(RET_ALLOW);
    a.label("clone");
    a.load(16);
    a.jump(JSET, NAMESPACE_FLAGS, "eperm", null);
    a.ret(RET_ALLOW);
    a.label("eperm");
    a.ret(RET_ERRNO | EPERM);
    a.label("enosys");
    a.ret(RET_ERRNO | ENOSYS);
    return a.bytes();
  }

  /** The names of the calls that fail with EPERM, for documentation and messages. */
  public static List<String> blocked() {
    List<String> names = new ArrayList<>();
    for (BlockedSyscall s : BlockedSyscall.values()) {
      names.add(s.label());
    }
    return List.copyOf(names);
  }

  /** A two-pass BPF assembler: jumps name labels, resolved to forward offsets at the end. */
  private static final class Assembler {
    private record Insn(int code, int k, String whenTrue, String whenFalse) {}

    private final List<Insn> program = new ArrayList<>();
    private final Map<String, Integer> labels = new HashMap<>();

    void load(int offset) {
      program.add(new Insn(LD_W_ABS, offset, null, null));
    }

    void jump(int code, int k, String whenTrue, String whenFalse) {
      program.add(new Insn(code, k, whenTrue, whenFalse));
    }

    void ret(int value) {
      program.add(new Insn(RET, value, null, null));
    }

    void label(String name) {
      labels.put(name, program.size());
    }

    byte[] bytes() {
      ByteBuffer out = ByteBuffer.allocate(program.size() * 8).order(ByteOrder.LITTLE_ENDIAN);
      for (int pc = 0; pc < program.size(); pc++) {
        Insn i = program.get(pc);
        out.putShort((short) i.code());
        out.put((byte) offset(pc, i.whenTrue()));
        out.put((byte) offset(pc, i.whenFalse()));
        out.putInt(i.k());
      }
      return out.array();
    }

    /** Instructions to skip from {@code pc} to reach {@code label}: 0 falls through. */
    private int offset(int pc, String label) {
      if (label == null) {
        return 0;
      }
      int skip = labels.get(label) - pc - 1;
      if (skip < 0 || skip > 255) {
        throw new IllegalStateException("BPF jump out of range: " + label + " from " + pc);
      }
      return skip;
    }
  }
}
