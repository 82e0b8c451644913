package dev.cmdguard.cli.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.cli.sandbox.SeccompFilter.Arch;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The seccomp filter's bytes, run by a classic-BPF interpreter written here from {@code
 * Documentation/networking/filter.rst} (the subset the filter uses: {@code ld [k]}, {@code jeq},
 * {@code jge}, {@code jset}, {@code ret}) on {@code struct seccomp_data} built for each case. The
 * kernel running it is {@code SandboxTest}'s part.
 */
class SeccompFilterTest {
  private static final int ALLOW = 0x7fff0000;
  private static final int EPERM = 0x00050001;
  private static final int ENOSYS = 0x00050026;
  private static final int KILL = 0x80000000;
  private static final int X86_64 = 0xC000003E;
  private static final int AARCH64 = 0xC00000B7;
  private static final int I386 = 0x40000003;

  /** What the filter answers for one system call. */
  static int run(byte[] program, int arch, int nr, long arg0) {
    ByteBuffer data = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
    data.putInt(0, nr).putInt(4, arch).putLong(16, arg0);
    ByteBuffer p = ByteBuffer.wrap(program).order(ByteOrder.LITTLE_ENDIAN);
    int acc = 0;
    for (int pc = 0; pc < program.length / 8; pc++) {
      int code = p.getShort(pc * 8) & 0xffff;
      int jt = p.get(pc * 8 + 2) & 0xff;
      int jf = p.get(pc * 8 + 3) & 0xff;
      int k = p.getInt(pc * 8 + 4);
      switch (code) {
        case 0x20 -> acc = data.getInt(k);
        case 0x15 -> pc += acc == k ? jt : jf;
        case 0x35 -> pc += Integer.compareUnsigned(acc, k) >= 0 ? jt : jf;
        case 0x45 -> pc += (acc & k) != 0 ? jt : jf;
        case 0x06 -> {
          return k;
        }
        default -> throw new AssertionError("unexpected BPF code " + code + " at " + pc);
      }
    }
    throw new AssertionError("the program fell off its end");
  }

  @ParameterizedTest(name = "x86_64 {0} flags {2} → {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          read              | 0          | 0           | ALLOW
          execve            | 59         | 0           | ALLOW
          openat            | 257        | 0           | ALLOW
          unshare           | 272        | 0x10000000  | EPERM
          setns             | 308        | 0           | EPERM
          mount             | 165        | 0           | EPERM
          umount2           | 166        | 0           | EPERM
          pivot_root        | 155        | 0           | EPERM
          ptrace            | 101        | 0           | EPERM
          process_vm_readv  | 310        | 0           | EPERM
          process_vm_writev | 311        | 0           | EPERM
          init_module       | 175        | 0           | EPERM
          finit_module      | 313        | 0           | EPERM
          delete_module     | 176        | 0           | EPERM
          kexec_load        | 246        | 0           | EPERM
          kexec_file_load   | 320        | 0           | EPERM
          bpf               | 321        | 0           | EPERM
          fsopen            | 430        | 0           | EPERM
          clone3            | 435        | 0           | ENOSYS
          clone fork        | 56         | 0x1200011   | ALLOW
          clone thread      | 56         | 0x3d0f00    | ALLOW
          clone newuser     | 56         | 0x10000011  | EPERM
          clone newns       | 56         | 0x20011     | EPERM
          clone newnet      | 56         | 0x40000011  | EPERM
          clone newpid      | 56         | 0x20000011  | EPERM
          clone newtime bit | 56         | 0x80        | ALLOW
          x32 read          | 0x40000000 | 0           | ENOSYS
          x32 unshare       | 0x40000110 | 0           | ENOSYS
          """)
  void x86_64(String call, String nr, String arg0, String expected) {
    int answer = run(SeccompFilter.program(Arch.X86_64), X86_64, decode(nr), decode(arg0));
    assertThat(name(answer)).as(call).isEqualTo(expected);
  }

  @ParameterizedTest(name = "aarch64 {0} flags {2} → {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          read          | 63    | 0          | ALLOW
          execve        | 221   | 0          | ALLOW
          unshare       | 97    | 0          | EPERM
          setns         | 268   | 0          | EPERM
          mount         | 40    | 0          | EPERM
          umount2       | 39    | 0          | EPERM
          pivot_root    | 41    | 0          | EPERM
          ptrace        | 117   | 0          | EPERM
          init_module   | 105   | 0          | EPERM
          bpf           | 280   | 0          | EPERM
          clone3        | 435   | 0          | ENOSYS
          clone fork    | 220   | 0x1200011  | ALLOW
          clone newuser | 220   | 0x10000011 | EPERM
          x86 ptrace nr | 101   | 0          | ALLOW
          """)
  void aarch64(String call, String nr, String arg0, String expected) {
    int answer = run(SeccompFilter.program(Arch.AARCH64), AARCH64, decode(nr), decode(arg0));
    assertThat(name(answer)).as(call).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(Arch.class)
  void everyBlockedCallFailsWithEpermAndAnotherArchitectureIsKilled(Arch arch) {
    byte[] program = SeccompFilter.program(arch);
    int audit = arch == Arch.X86_64 ? X86_64 : AARCH64;
    for (BlockedSyscall s : BlockedSyscall.values()) {
      assertThat(name(run(program, audit, s.number(arch), 0))).as(s.label()).isEqualTo("EPERM");
    }
    assertThat(name(run(program, I386, 1, 0))).as("i386 exit").isEqualTo("KILL");
    assertThat(name(run(program, arch == Arch.X86_64 ? AARCH64 : X86_64, 63, 0)))
        .as("the other 64-bit architecture")
        .isEqualTo("KILL");
    assertThat(program.length % 8).isZero();
  }

  @Test
  void theNumbersOfTheTwoArchitecturesDifferWhereTheTablesDo() {
    assertThat(BlockedSyscall.UNSHARE.number(Arch.X86_64)).isEqualTo(272);
    assertThat(BlockedSyscall.UNSHARE.number(Arch.AARCH64)).isEqualTo(97);
    assertThat(Arrays.stream(BlockedSyscall.values()).map(s -> s.number(Arch.X86_64)).distinct())
        .hasSize(BlockedSyscall.values().length);
    assertThat(Arrays.stream(BlockedSyscall.values()).map(s -> s.number(Arch.AARCH64)).distinct())
        .hasSize(BlockedSyscall.values().length);
    assertThat(SeccompFilter.blocked()).contains("unshare", "mount", "ptrace", "bpf", "setns");
  }

  @ParameterizedTest
  @CsvSource({"amd64, X86_64", "x86_64, X86_64", "aarch64, AARCH64", "arm64, AARCH64"})
  void archFromOsArch(String osArch, Arch expected) {
    assertThat(Arch.of(osArch)).contains(expected);
  }

  @Test
  void noFilterForOtherArchitectures() {
    assertThat(Arch.of("riscv64")).isEmpty();
    assertThat(Arch.of("x86")).isEmpty();
  }

  private static int decode(String number) {
    return number.startsWith("0x")
        ? Integer.parseUnsignedInt(number.substring(2), 16)
        : Integer.parseInt(number);
  }

  private static String name(int answer) {
    return switch (answer) {
      case ALLOW -> "ALLOW";
      case EPERM -> "EPERM";
      case ENOSYS -> "ENOSYS";
      case KILL -> "KILL";
      default -> Integer.toHexString(answer);
    };
  }
}
