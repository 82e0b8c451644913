package dev.cmdguard.rules.readonly;

import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.windows.Launch;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Windows commands that only read (SPEC section 3), as the unwrap stage gives them: each cmdlet of
 * a PowerShell or cmd.exe command line is an invocation of its own ({@code get-childitem}, cmd's
 * {@code dir} and {@code type} read as {@code get-childitem} and {@code get-content}), so the
 * interpreters themselves ({@code cmd /c}, {@code powershell -Command}, {@code pwsh -c}) are
 * read-only wrappers, like {@code bash -c}, unless the code comes from a file, standard input or
 * base64. Read-only cmdlets: the {@code Get-}, {@code Test-}, {@code Select-}, {@code Format-},
 * {@code Measure-}, {@code Write-} and conversion cmdlets below, refused with a parameter that
 * reaches another computer ({@code -ComputerName}, {@code -Session}) or opens a browser ({@code
 * Get-Help -Online}); {@code ForEach-Object} only with script blocks (its {@code -MemberName} form
 * calls a method on each item). Native programs: {@code findstr}, {@code where}, {@code whoami},
 * {@code hostname}, {@code ver}, {@code systeminfo}, {@code tasklist}, {@code tree}, {@code
 * ipconfig} without {@code /release}, {@code /renew} or {@code /flushdns}, {@code reg query},
 * {@code sc query}. Bare cmdlet names in any case ({@code Get-ChildItem} sent by a hook) are the
 * same cmdlet.
 */
final class WindowsCommands {
  private static final Set<String> CMDLETS =
      Set.of(
          "get-childitem",
          "get-content",
          "get-item",
          "get-itemproperty",
          "get-itempropertyvalue",
          "get-location",
          "test-path",
          "resolve-path",
          "split-path",
          "join-path",
          "select-string",
          "select-object",
          "where-object",
          "foreach-object",
          "sort-object",
          "group-object",
          "measure-object",
          "format-table",
          "format-list",
          "format-wide",
          "format-custom",
          "out-string",
          "out-host",
          "out-null",
          "write-output",
          "write-host",
          "write-verbose",
          "write-debug",
          "write-information",
          "write-warning",
          "get-date",
          "get-command",
          "get-help",
          "get-member",
          "get-process",
          "get-service",
          "get-alias",
          "get-variable",
          "get-psdrive",
          "get-module",
          "get-host",
          "get-culture",
          "get-uptime",
          "get-computerinfo",
          "get-filehash",
          "get-acl",
          "get-unique",
          "compare-object",
          "convertto-json",
          "convertfrom-json",
          "convertto-csv",
          "convertfrom-csv",
          "convertto-html",
          "convertto-xml",
          "convertfrom-stringdata",
          "select-xml",
          "get-random",
          "get-disk",
          "get-volume",
          "get-partition",
          "get-wmiobject",
          "get-ciminstance",
          "get-netipaddress",
          "get-netadapter",
          "get-hotfix",
          "get-winevent",
          "get-timezone",
          "get-history",
          "start-sleep",
          "clear-host",
          "set-location",
          "push-location",
          "pop-location",
          "get-executionpolicy",
          "get-localuser",
          "measure-command");

  /** Parameters that reach another computer or the network. */
  private static final Set<String> REMOTE =
      Set.of("-computername", "-session", "-cimsession", "-hostname", "-online", "-connectionuri");

  private static final Set<String> NATIVE =
      Set.of("findstr", "where", "ver", "vol", "systeminfo", "tasklist", "tree", "chcp");

  /** bcdedit(1) arguments that only list the boot configuration. */
  private static final Set<String> BCDEDIT_READS = Set.of("/enum", "/v", "/?", "all", "active");

  private WindowsCommands() {}

  /**
   * True when the lower-case {@code name} is one of the read-only cmdlets: PowerShell matches
   * command names in any case (about_Case-Sensitivity), so the registry also looks a cmdlet up in
   * lower case.
   */
  static boolean isCmdlet(String name) {
    return CMDLETS.contains(name);
  }

  /** The judges by program name; cmdlets in lower case only (see {@link #isCmdlet}). */
  static Map<String, Judge> all() {
    Map<String, Judge> m = new HashMap<>();
    for (String shell : List.of("cmd", "powershell", "pwsh")) {
      m.put(shell, (inv, ctx) -> shell(inv));
    }
    for (String c : CMDLETS) {
      m.put(c, (inv, ctx) -> cmdlet(inv));
    }
    for (String n : NATIVE) {
      m.put(n, (inv, ctx) -> true);
    }
    m.put(
        "ipconfig",
        (inv, ctx) ->
            args(inv).stream()
                .noneMatch(
                    a -> a.matches("[/-](release|renew|flushdns|registerdns|setclassid).*")));
    m.put("reg", (inv, ctx) -> !args(inv).isEmpty() && args(inv).get(0).equals("query"));
    m.put("bcdedit", (inv, ctx) -> BCDEDIT_READS.containsAll(args(inv)));
    m.put(
        "sc",
        (inv, ctx) ->
            !args(inv).isEmpty()
                && Set.of("query", "queryex", "qc", "qdescription").contains(args(inv).get(0)));
    return m;
  }

  /**
   * {@code cmd /c}, {@code powershell -Command}: a wrapper whose code is walked as invocations of
   * its own; not read-only when the code comes from a file, standard input or base64, or the
   * command line cannot be read.
   */
  private static boolean shell(Invocation inv) {
    if (inv.args().stream().anyMatch(Arg::dynamic)) {
      return false;
    }
    return Launch.of(inv.program(), inv.args())
        .map(l -> l instanceof Launch.Nothing || (l instanceof Launch.Code c && !c.encoded()))
        .orElse(false);
  }

  private static boolean cmdlet(Invocation inv) {
    String name = inv.program().toLowerCase(Locale.ROOT);
    List<String> a = args(inv);
    if (a.stream().anyMatch(x -> REMOTE.stream().anyMatch(x::startsWith))) {
      return false;
    }
    if (name.equals("foreach-object")) {
      return a.stream().noneMatch(x -> x.startsWith("-m"))
          && inv.args().stream()
              .filter(x -> !x.value().startsWith("-"))
              .allMatch(x -> x.value().startsWith("{"));
    }
    return true;
  }

  private static List<String> args(Invocation inv) {
    return inv.args().stream().map(x -> x.value().toLowerCase(Locale.ROOT)).toList();
  }
}
