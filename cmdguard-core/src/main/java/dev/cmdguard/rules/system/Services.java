package dev.cmdguard.rules.system;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Security services stopped or disabled through the service managers: systemctl(1) {@code
 * stop|disable|mask|kill}, service(8) {@code UNIT stop}, chkconfig {@code UNIT off}, update-rc.d
 * {@code UNIT disable|remove}, the init script itself ({@code /etc/init.d/apparmor stop}), and
 * Windows sc.exe {@code stop|config … start= disabled}.
 */
final class Services {
  /** Firewalls, MAC systems, audit, intrusion detection and antivirus/EDR daemons. */
  static final Set<String> UNITS =
      Set.of(
          "firewalld",
          "ufw",
          "nftables",
          "iptables",
          "ip6tables",
          "netfilter-persistent",
          "apparmor",
          "auditd",
          "fail2ban",
          "clamav-daemon",
          "clamav-freshclam",
          "clamd",
          "falcon-sensor",
          "mdatp",
          "wazuh-agent",
          "ossec",
          "osqueryd",
          "crowdsec",
          "sentinelone",
          "sav-protect",
          "sophos-spl",
          "selinux",
          "windefend",
          "mpssvc",
          "securityhealthservice",
          "wscsvc",
          "sense");

  private static final Set<String> SYSTEMCTL_VERBS = Set.of("stop", "disable", "mask", "kill");

  private Services() {}

  /**
   * @return what the invocation does to a security service, or null when it does not stop one
   */
  static String stopped(String program, List<String> args) {
    return switch (program) {
      case "systemctl" -> systemctl(args);
      case "service" ->
          args.size() >= 2 && security(args.get(0)) && args.get(1).matches("stop|teardown")
              ? "stops the security service " + args.get(0)
              : null;
      case "chkconfig" ->
          args.size() >= 2 && security(args.get(0)) && args.get(1).equals("off")
              ? "disables the security service " + args.get(0)
              : null;
      case "update-rc.d" ->
          args.size() >= 2 && security(args.get(0)) && args.get(1).matches("disable|remove")
              ? "disables the security service " + args.get(0)
              : null;
      case "sc", "sc.exe" -> sc(args);
      default ->
          security(program) && !args.isEmpty() && args.get(0).matches("stop|teardown")
              ? "stops the security service " + program
              : null;
    };
  }

  private static String systemctl(List<String> args) {
    String verb = null;
    for (String a : args) {
      if (a.startsWith("-")) {
        continue;
      }
      if (verb == null) {
        if (!SYSTEMCTL_VERBS.contains(a)) {
          return null;
        }
        verb = a;
      } else if (security(a)) {
        return verb + "s the security service " + a;
      }
    }
    return null;
  }

  private static String sc(List<String> args) {
    if (args.size() < 2 || !security(args.get(1))) {
      return null;
    }
    String verb = args.get(0).toLowerCase(Locale.ROOT);
    boolean disables =
        verb.equals("stop")
            || (verb.equals("config")
                && String.join(" ", args).matches("(?i).*start= ?disabled.*"));
    return disables ? "stops the Windows security service " + args.get(1) : null;
  }

  /** True for a security unit name, with or without {@code .service} or an instance. */
  static boolean security(String unit) {
    String name = unit.toLowerCase(Locale.ROOT).replaceFirst("\\.service$", "");
    int at = name.indexOf('@');
    return UNITS.contains(at < 0 ? name : name.substring(0, at));
  }
}
