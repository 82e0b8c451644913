package dev.cmdguard.rules.windows;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.unwrap.Arg;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code SECURITY_DISABLE} and {@code SYSTEM_POWER} on Windows (SPEC section 4). Security:
 * Microsoft Defender switched off ({@code Set-MpPreference -DisableRealtimeMonitoring $true} and
 * every other {@code -Disable…} switch) or told to skip paths, processes or extensions ({@code
 * -ExclusionPath}), the firewall profiles disabled ({@code Set-NetFirewallProfile -Enabled False}),
 * security services stopped or disabled ({@code Stop-Service WinDefend}), the script execution
 * policy opened for the machine ({@code Set-ExecutionPolicy Bypass}), System Restore turned off,
 * the event logs cleared ({@code wevtutil cl}, {@code Clear-EventLog}) or audit policy cleared.
 * {@code netsh advfirewall … state off} and {@code sc stop WinDefend} are the system family's.
 * Power: {@code Stop-Computer}, {@code Restart-Computer}, {@code rundll32
 * powrprof.dll,SetSuspendState} ({@code shutdown /s} is the system family's).
 */
final class Protections {
  /** Windows security services (lower case). */
  private static final Set<String> SERVICES =
      Set.of(
          "windefend",
          "sense",
          "wdnissvc",
          "wdfilter",
          "wdboot",
          "mpssvc",
          "wscsvc",
          "securityhealthservice",
          "eventlog",
          "bfe",
          "mdcoresvc");

  private static final String LEAVE_ON =
      "leave the protection on and exclude only what must be, with a human's approval";

  private Protections() {}

  static void check(Command c, Findings findings) {
    switch (c.name()) {
      case "set-mppreference", "add-mppreference" -> defender(c, findings);
      case "set-netfirewallprofile" -> {
        Optional<Arg> enabled = c.value("Enabled");
        if (enabled.isPresent()
            && enabled.get().value().toLowerCase(Locale.ROOT).matches("\\$?false|0")) {
          report(
              findings, c, "Set-NetFirewallProfile turns the Windows firewall off", enabled.get());
        }
      }
      case "stop-service", "set-service" -> service(c, findings);
      case "set-executionpolicy" -> {
        String policy =
            c.value("ExecutionPolicy").map(a -> a.value().toLowerCase(Locale.ROOT)).orElse("");
        String scope =
            c.value("Scope").map(a -> a.value().toLowerCase(Locale.ROOT)).orElse("localmachine");
        if ((policy.equals("bypass") || policy.equals("unrestricted"))
            && !scope.equals("process")) {
          report(
              findings,
              c,
              "Set-ExecutionPolicy "
                  + policy
                  + " lets every script run, signed or not, for "
                  + scope,
              c.value("ExecutionPolicy").get());
        }
      }
      case "disable-computerrestore" ->
          report(findings, c, "Disable-ComputerRestore turns System Restore off", null);
      case "uninstall-windowsfeature",
          "remove-windowsfeature",
          "disable-windowsoptionalfeature" -> {
        if (c.joined().contains("defender")) {
          report(findings, c, c.shown() + " removes Microsoft Defender", null);
        }
      }
      case "wevtutil" -> {
        List<String> a = c.lower();
        if (!a.isEmpty()
            && (a.get(0).equals("cl")
                || a.get(0).equals("clear-log")
                || ((a.get(0).equals("sl") || a.get(0).equals("set-log"))
                    && a.contains("/e:false")))) {
          report(
              findings,
              c,
              "wevtutil " + a.get(0) + " erases or stops an event log, the record of what happened",
              null);
        }
      }
      case "clear-eventlog" ->
          report(
              findings, c, "Clear-EventLog erases an event log, the record of what happened", null);
      case "auditpol" -> {
        if (c.joined().contains("/clear")
            || c.joined().contains("/remove")
            || c.joined().contains(":disable")) {
          report(findings, c, "auditpol turns security auditing off", null);
        }
      }
      case "stop-computer", "restart-computer" -> {
        if (!c.has("WhatIf")) {
          power(
              findings,
              c,
              c.shown()
                  + " shuts down or restarts "
                  + c.value("ComputerName").map(a -> a.value()).orElse("the machine"));
        }
      }
      case "rundll32" -> {
        if (c.joined().contains("powrprof.dll,setsuspendstate")) {
          power(findings, c, "rundll32 powrprof.dll,SetSuspendState suspends the machine");
        }
      }
      default -> {}
    }
  }

  private static void defender(Command c, Findings findings) {
    for (var e : c.bound().named().entrySet()) {
      String p = e.getKey();
      boolean disable = p.startsWith("Disable") && c.isTrue(p);
      boolean exclusion = p.startsWith("Exclusion");
      boolean off =
          (p.equals("EnableControlledFolderAccess")
                  || p.equals("EnableNetworkProtection")
                  || p.equals("PUAProtection"))
              && !e.getValue().isEmpty()
              && e.getValue()
                  .get(0)
                  .value()
                  .toLowerCase(Locale.ROOT)
                  .matches("disabled|0|\\$false");
      if (disable || off) {
        report(findings, c, c.shown() + " -" + p + " turns part of Microsoft Defender off", null);
        return;
      }
      if (exclusion) {
        String what = e.getValue().isEmpty() ? "" : " " + e.getValue().get(0).value();
        report(
            findings,
            c,
            c.shown() + " -" + p + what + " hides it from Microsoft Defender scans",
            null);
        return;
      }
    }
  }

  private static void service(Command c, Findings findings) {
    List<Arg> names = c.bound().values("Name");
    if (names.isEmpty()) {
      names = c.bound().values("DisplayName");
    }
    boolean stops =
        c.name().equals("stop-service")
            || c.value("StartupType").map(a -> a.value().equalsIgnoreCase("disabled")).orElse(false)
            || c.value("Status").map(a -> a.value().equalsIgnoreCase("stopped")).orElse(false);
    for (Arg n : names) {
      if (stops && SERVICES.contains(n.value().toLowerCase(Locale.ROOT))) {
        report(findings, c, c.shown() + " stops the security service " + n.value(), n);
        return;
      }
    }
  }

  private static void report(Findings findings, Command c, String message, Arg at) {
    Deletions.report(findings, c, FindingCode.SECURITY_DISABLE, message, at, LEAVE_ON, null);
  }

  private static void power(Findings findings, Command c, String message) {
    Deletions.report(
        findings,
        c,
        FindingCode.SYSTEM_POWER,
        message,
        null,
        "restart only the service you changed (Restart-Service NAME)",
        null);
  }
}
