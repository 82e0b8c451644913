package dev.cmdguard.rules.system;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.ResolvedRedirect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes to the kernel's control files: {@code /proc/sysrq-trigger} (Documentation/admin-guide/
 * sysrq.rst: {@code c} crashes, {@code b} reboots, {@code o} powers off at once, without syncing
 * disks), {@code /dev/mem}, {@code /dev/kmem}, {@code /dev/port} (physical memory and I/O ports)
 * give {@code KERNEL_CRASH}; {@code /sys/power/state} suspends ({@code SYSTEM_POWER}); {@code
 * /proc/sys/kernel/randomize_va_space} turns ASLR off ({@code SECURITY_DISABLE}). A write is a
 * redirection, {@code tee FILE}, {@code dd of=FILE} or the destination of {@code cp}/{@code
 * install}.
 */
final class Writes {
  private record Effect(FindingCode code, String what) {}

  private static final Map<String, Effect> FILES =
      Map.of(
          "/proc/sysrq-trigger",
          new Effect(FindingCode.KERNEL_CRASH, "triggers a magic SysRq action (crash, reboot)"),
          "/dev/mem",
          new Effect(FindingCode.KERNEL_CRASH, "overwrites physical memory"),
          "/dev/kmem",
          new Effect(FindingCode.KERNEL_CRASH, "overwrites kernel memory"),
          "/dev/port",
          new Effect(FindingCode.KERNEL_CRASH, "writes raw I/O ports"),
          "/sys/power/state",
          new Effect(FindingCode.SYSTEM_POWER, "suspends or hibernates the machine"),
          "/proc/sys/kernel/randomize_va_space",
          new Effect(FindingCode.SECURITY_DISABLE, "changes address space randomisation"));

  /** Names worth resolving: a target without one of these (or a pattern) is none of the files. */
  private static final Pattern CANDIDATE = Pattern.compile("sysrq|mem|port|state|randomize");

  private Writes() {}

  static void check(RuleContext context, Findings findings, int index, Invocation inv) {
    if (inv.redirects().isEmpty() && !writesOperands(inv.program())) {
      return;
    }
    for (Arg target : targets(inv)) {
      if (target.dynamic() || !(target.glob() || CANDIDATE.matcher(target.value()).find())) {
        continue;
      }
      Optional<String> file = kernelFile(context, inv, target);
      if (file.isPresent()) {
        Effect effect = FILES.get(file.get());
        findings
            .report(effect.code(), index)
            .message("writing to " + file.get() + " " + effect.what() + SystemRule.where(inv))
            .at(target)
            .add();
        return;
      }
    }
  }

  private static boolean writesOperands(String program) {
    return program.equals("tee")
        || program.equals("dd")
        || program.equals("cp")
        || program.equals("install");
  }

  /** The files an invocation writes: redirections, tee operands, dd of=, cp destination. */
  static List<Arg> targets(Invocation inv) {
    List<Arg> out = new ArrayList<>();
    for (ResolvedRedirect r : inv.redirects()) {
      if (r.writesFile()) {
        out.add(r.target());
      }
    }
    List<Arg> args = inv.args();
    switch (inv.program()) {
      case "tee" -> args.stream().filter(a -> !a.value().startsWith("-")).forEach(out::add);
      case "dd" ->
          args.stream()
              .filter(a -> a.value().startsWith("of="))
              .map(
                  a ->
                      new Arg(
                          a.value().substring(3),
                          a.dynamic(),
                          "",
                          a.glob(),
                          a.producers(),
                          a.span()))
              .forEach(out::add);
      case "cp", "install" -> {
        if (args.size() >= 2) {
          out.add(args.get(args.size() - 1));
        }
      }
      default -> {}
    }
    return out;
  }

  private static Optional<String> kernelFile(RuleContext context, Invocation inv, Arg target) {
    Optional<String> absolute = context.resolve(inv, target).absolute();
    if (absolute.isEmpty()) {
      return Optional.empty();
    }
    String path = absolute.get();
    if (FILES.containsKey(path)) {
      return Optional.of(path);
    }
    if (!target.glob()) {
      return Optional.empty();
    }
    Pattern glob = globPattern(path);
    return FILES.keySet().stream().filter(f -> glob.matcher(f).matches()).sorted().findFirst();
  }

  /** A shell pattern as a regular expression: {@code *} and {@code ?} stay within one name. */
  static Pattern globPattern(String glob) {
    StringBuilder re = new StringBuilder();
    for (char c : glob.toCharArray()) {
      switch (c) {
        case '*' -> re.append("[^/]*");
        case '?' -> re.append("[^/]");
        case '[', ']' -> re.append(c);
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    try {
      return Pattern.compile(re.toString());
    } catch (java.util.regex.PatternSyntaxException e) {
      return Pattern.compile(Pattern.quote(glob));
    }
  }
}
