package dev.cmdguard.rules.windows;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.windows.Launch;
import java.util.Locale;
import java.util.Optional;

/**
 * Code run unseen on Windows. {@code ENCODED_COMMAND} (high): {@code powershell -EncodedCommand}
 * (any prefix, {@code -e}, {@code -ec}, {@code -enc}) hides its code from anyone reading the
 * command line; the decoded text is analysed besides, so its own findings stand too. {@code
 * PIPE_TO_SHELL} (high): the built-in programs that fetch and run remote code in one step (LOLBAS):
 * {@code mshta http://…} (an HTML application), {@code regsvr32 /i:http://… scrobj.dll} (a
 * scriptlet), {@code rundll32 javascript:…}, {@code mshta javascript:…}/{@code vbscript:…}.
 */
final class Execution {
  private Execution() {}

  static void check(Command c, Findings findings) {
    switch (c.name()) {
      case "powershell", "pwsh" -> encoded(c, findings);
      case "mshta" ->
          remote(
              c,
              findings,
              a -> a.matches("(https?|ftp|javascript|vbscript):.*"),
              "mshta runs the HTML application or script ");
      case "regsvr32" ->
          remote(
              c,
              findings,
              a -> a.matches("[-/]i:(https?|ftp)://.*"),
              "regsvr32 runs the remote scriptlet ");
      case "rundll32" ->
          remote(
              c,
              findings,
              a -> a.contains("javascript:") || a.contains("vbscript:"),
              "rundll32 runs the script ");
      default -> {}
    }
  }

  private static void encoded(Command c, Findings findings) {
    Optional<Launch> launch = Launch.of(c.inv().program(), c.args());
    boolean encoded =
        launch.map(l -> l instanceof Launch.Code code && code.encoded()).orElse(false);
    boolean broken =
        launch
            .map(l -> l instanceof Launch.Problem p && p.label().endsWith("-EncodedCommand"))
            .orElse(false);
    if (!encoded && !broken) {
      return;
    }
    String shown;
    if (launch.get() instanceof Launch.Code code && !code.text().dynamic()) {
      String text = code.text().value().strip().replaceAll("\\s+", " ");
      shown = ": " + (text.length() > 80 ? text.substring(0, 77) + "..." : text);
    } else {
      shown = broken ? ", which does not decode to text" : "";
    }
    findings
        .report(FindingCode.ENCODED_COMMAND, c.index())
        .message(
            c.inv().argv().get(0).value() + " -EncodedCommand runs base64-encoded code" + shown)
        .safer("write the command out: powershell -Command \"…\"")
        .add();
  }

  private static void remote(
      Command c, Findings findings, java.util.function.Predicate<String> fetches, String what) {
    for (Arg a : c.args()) {
      String v = a.value().toLowerCase(Locale.ROOT);
      if (fetches.test(v)) {
        findings
            .report(FindingCode.PIPE_TO_SHELL, c.index())
            .message(what + a.value() + ", unseen by the guard")
            .at(a)
            .safer("download the file, read it, then run it")
            .add();
        return;
      }
    }
  }
}
