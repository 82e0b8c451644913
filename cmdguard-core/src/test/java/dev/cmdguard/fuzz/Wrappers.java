package dev.cmdguard.fuzz;

import dev.cmdguard.fuzz.Obfuscations.Base;
import dev.cmdguard.fuzz.Obfuscations.Transform;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Wrappers that run their operand as a command, with their own options (SPEC section 2: {@code sudo
 * -u USER -E -H --}, {@code env -i VAR=val}, {@code nice}, {@code timeout}, {@code stdbuf}, {@code
 * flock} …). Each puts a prefix before a simple command.
 */
final class Wrappers {
  static final List<String> PREFIXES =
      List.of(
          "sudo",
          "sudo -u root -E -H",
          "sudo --",
          "sudo -i",
          "doas",
          "doas -u root",
          "env",
          "/usr/bin/env -i A=1",
          "env -u HOME",
          "command",
          "command -p",
          "nice -n 10",
          "nice -10",
          "ionice -c3",
          "ionice -c 2 -n 7",
          "nohup",
          "timeout 10",
          "timeout -s KILL 5s",
          "timeout --signal=KILL 5s",
          "time",
          "time -p",
          "exec",
          "stdbuf -o0",
          "stdbuf -oL -eL",
          "setsid",
          "setsid -f",
          "chroot /",
          "watch -n 1",
          "strace -f",
          "strace -f -o /dev/null",
          "flock /tmp/lock",
          "flock -x /tmp/lock",
          "busybox");

  /** busybox runs only its applets. */
  private static final Set<String> BUSYBOX =
      Set.of(
          "rm", "mv", "dd", "chmod", "chown", "kill", "cat", "truncate", "mkfs.ext2", "printenv");

  static final List<Transform> TRANSFORMS = transforms();

  private Wrappers() {}

  private static List<Transform> transforms() {
    List<Transform> out = new ArrayList<>();
    for (String prefix : PREFIXES) {
      out.add(new Transform("wrapper " + prefix, true, (b, r) -> wrap(prefix, b)));
    }
    return out;
  }

  static Optional<String> wrap(String prefix, Base b) {
    if (!b.isArgv() || (prefix.equals("busybox") && !BUSYBOX.contains(b.program()))) {
      return Optional.empty();
    }
    if (prefix.startsWith("watch") && !b.plain().equals(String.join(" ", b.argv()))) {
      return Optional.empty(); // watch joins its words for sh -c: quoting would not survive
    }
    return Optional.of(prefix + " " + b.plain());
  }
}
