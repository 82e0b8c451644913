package dev.cmdguard.rules.system;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code SECURITY_DISABLE}: switching off a protection of the machine. Firewalls: iptables(8)
 * {@code -F}/{@code -X}/{@code -P … ACCEPT}, nft(8) {@code flush ruleset}, ufw {@code disable},
 * firewalld's trusted zone, pfctl {@code -d}, macOS socketfilterfw, Windows {@code netsh
 * advfirewall … state off}; mandatory access control: setenforce(8) {@code 0}, AppArmor {@code
 * aa-teardown}/{@code aa-disable}/{@code aa-complain}, {@code apparmor_parser -R}; audit: auditctl
 * {@code -e 0}/{@code -D}; macOS Gatekeeper and SIP ({@code spctl --master-disable}, {@code csrutil
 * disable}); antivirus and EDR daemons stopped through systemctl/service/sc; ASLR off through
 * sysctl. (Security services stopped through systemctl are listed in {@link Services}.)
 */
final class SecurityDisable {
  private static final Set<String> OWN =
      Set.of(
          "iptables",
          "ip6tables",
          "iptables-legacy",
          "ip6tables-legacy",
          "iptables-nft",
          "ip6tables-nft",
          "nft",
          "ufw",
          "firewall-cmd",
          "pfctl",
          "socketfilterfw",
          "netsh",
          "setenforce",
          "aa-teardown",
          "aa-disable",
          "aa-complain",
          "apparmor_parser",
          "auditctl",
          "spctl",
          "csrutil",
          "mdatp",
          "sysctl",
          "systemctl",
          "service",
          "chkconfig",
          "update-rc.d",
          "sc",
          "sc.exe");

  static final Set<String> PROGRAMS = programs();

  private SecurityDisable() {}

  private static Set<String> programs() {
    Set<String> all = new java.util.HashSet<>(OWN);
    all.addAll(Services.UNITS);
    return Set.copyOf(all);
  }

  static void check(RuleContext context, Findings findings, int index, Invocation inv) {
    List<String> a = inv.args().stream().map(Arg::value).toList();
    String what = firewall(inv.program(), a);
    if (what == null) {
      what = protection(inv.program(), a);
    }
    if (what != null) {
      findings
          .report(FindingCode.SECURITY_DISABLE, index)
          .message(inv.program() + " " + what + SystemRule.where(inv))
          .safer("open only the port or permission you need, and leave the protection on")
          .add();
    }
  }

  /** Firewalls: what the invocation does to one, or null. */
  private static String firewall(String program, List<String> a) {
    return switch (program) {
      case "iptables",
          "ip6tables",
          "iptables-legacy",
          "ip6tables-legacy",
          "iptables-nft",
          "ip6tables-nft" ->
          iptables(a) ? "flushes or opens the firewall rules" : null;
      case "nft" -> nft(a) ? "removes the nftables firewall rules" : null;
      case "ufw" -> ufw(a) ? "turns the ufw firewall off" : null;
      case "firewall-cmd" ->
          a.contains("--set-default-zone=trusted")
              ? "makes every connection trusted by firewalld"
              : null;
      case "pfctl" -> a.contains("-d") ? "disables the pf firewall" : null;
      case "socketfilterfw" ->
          joined(a).contains("--setglobalstate off") ? "turns the macOS firewall off" : null;
      case "netsh" -> netsh(a) ? "turns the Windows firewall off" : null;
      default -> null;
    };
  }

  /**
   * MAC, audit, Gatekeeper/SIP, antivirus, ASLR, security services: what is turned off, or null.
   */
  private static String protection(String program, List<String> a) {
    return switch (program) {
      case "setenforce" ->
          !a.isEmpty() && (a.get(0).equals("0") || lower(a.get(0)).equals("permissive"))
              ? "switches SELinux to permissive mode"
              : null;
      case "aa-teardown" -> "unloads every AppArmor profile";
      case "aa-disable", "aa-complain" -> "stops AppArmor enforcing a profile";
      case "apparmor_parser" ->
          a.contains("-R") || a.contains("--remove") ? "unloads an AppArmor profile" : null;
      case "auditctl" -> auditctl(a) ? "turns the kernel audit log off" : null;
      case "spctl" ->
          a.contains("--master-disable") || a.contains("--global-disable")
              ? "turns macOS Gatekeeper off"
              : null;
      case "csrutil" ->
          a.contains("disable") ? "turns macOS System Integrity Protection off" : null;
      case "mdatp" ->
          joined(a).contains("real-time-protection --value disabled")
              ? "turns Microsoft Defender real-time protection off"
              : null;
      case "sysctl" ->
          a.stream().anyMatch(s -> s.replace('/', '.').equals("kernel.randomize_va_space=0"))
              ? "turns address space layout randomisation off"
              : null;
      default -> Services.stopped(program, a);
    };
  }

  private static boolean iptables(List<String> a) {
    for (int i = 0; i < a.size(); i++) {
      String v = a.get(i);
      if (v.equals("-F") || v.equals("--flush") || v.equals("-X") || v.equals("--delete-chain")) {
        return true;
      }
      if ((v.equals("-P") || v.equals("--policy")) && i + 2 < a.size()) {
        if (a.get(i + 2).equalsIgnoreCase("ACCEPT")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean nft(List<String> a) {
    String s = " " + joined(a) + " ";
    return s.contains(" flush ruleset ")
        || s.contains(" flush table ")
        || s.contains(" delete table ");
  }

  private static boolean ufw(List<String> a) {
    String s = joined(a);
    return s.equals("disable")
        || s.endsWith(" disable")
        || s.contains("reset")
        || s.matches(".*default allow( incoming)?$");
  }

  private static boolean netsh(List<String> a) {
    String s = lower(joined(a));
    return (s.contains("advfirewall") && s.contains("state off"))
        || s.contains("firewall set opmode disable");
  }

  private static boolean auditctl(List<String> a) {
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).equals("-D")
          || (a.get(i).equals("-e") && i + 1 < a.size() && a.get(i + 1).equals("0"))) {
        return true;
      }
    }
    return false;
  }

  static String joined(List<String> a) {
    return a.stream().collect(Collectors.joining(" "));
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
