package dev.cmdguard.rules.secrets;

import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files an HTTP client or socat uploads, from their option syntax: curl(1) {@code -d @FILE},
 * {@code --data-binary @FILE}, {@code --data-urlencode name@FILE}, {@code -F name=@FILE} or {@code
 * name=<FILE}, {@code -T FILE}; wget(1) {@code --post-file}/{@code --body-file}; httpie {@code
 * field@FILE}, {@code field=@FILE}, {@code field:=@FILE}, {@code @FILE}; socat(1) {@code FILE:},
 * {@code OPEN:}, {@code GOPEN:} addresses next to a network address. {@code -} (standard input) is
 * left to the pipe analysis.
 */
final class Uploads {
  private static final Set<String> CURL_DATA =
      Set.of("-d", "--data", "--data-binary", "--data-ascii", "--json", "--data-urlencode");
  private static final Set<String> CURL_LONG_VALUED =
      Set.of(
          "--data",
          "--data-binary",
          "--data-ascii",
          "--json",
          "--data-urlencode",
          "--form",
          "--upload-file",
          "--header",
          "--user",
          "--output",
          "--request",
          "--url",
          "--config");
  private static final Pattern FORM_FILE = Pattern.compile("^[^=]*=[@<]([^;]+)");
  private static final Pattern HTTPIE_FILE = Pattern.compile("^[\\w.\\[\\]-]*(?::=|=)?@(.+)");
  private static final Pattern SOCAT_FILE = Pattern.compile("^(?i)(FILE|OPEN|GOPEN|READ):([^,]+)");
  private static final Pattern SOCAT_NET =
      Pattern.compile("^(?i)(TCP|TCP4|TCP6|UDP|UDP4|UDP6|SSL|OPENSSL|SCTP|SOCKS4A?|PROXY)[-:].*");

  private Uploads() {}

  static List<Arg> curl(Invocation inv) {
    Options o = Options.parse(inv.args(), "dFTHeuAoxbXEwKrYyzCQt", CURL_LONG_VALUED);
    List<Arg> files = new ArrayList<>();
    for (String option : CURL_DATA) {
      for (Arg value : o.all(option)) {
        dataFile(value, option.equals("--data-urlencode")).ifPresent(files::add);
      }
    }
    for (Arg value : o.all("-F", "--form")) {
      Matcher m = FORM_FILE.matcher(value.value());
      if (m.find()) {
        files.add(Options.part(value, m.start(1), m.end(1)));
      }
    }
    files.addAll(o.all("-T", "--upload-file"));
    return files;
  }

  /** {@code @FILE}, or for {@code --data-urlencode} also {@code name@FILE}. */
  private static Optional<Arg> dataFile(Arg value, boolean urlencode) {
    String v = value.value();
    int at = v.indexOf('@');
    boolean named = urlencode && at > 0 && !v.substring(0, at).contains("=");
    return at == 0 || named ? Optional.of(Options.suffix(value, at + 1)) : Optional.empty();
  }

  static List<Arg> wget(Invocation inv) {
    return Options.parse(inv.args(), "OoaeUPt", Set.of("--post-file", "--body-file"))
        .all("--post-file", "--body-file");
  }

  /** httpie request items after the method and URL (httpie.io/docs/cli/request-items). */
  static List<Arg> httpie(Invocation inv) {
    List<Arg> operands = Options.parse(inv.args(), "aAo", Set.of("--auth", "--output")).operands();
    List<Arg> files = new ArrayList<>();
    boolean urlSeen = false;
    for (Arg item : operands) {
      String v = item.value();
      if (!urlSeen) {
        urlSeen = !v.matches("[A-Z]+");
        continue;
      }
      Matcher m = HTTPIE_FILE.matcher(v);
      if (m.matches()) {
        files.add(Options.suffix(item, m.start(1)));
      }
    }
    return files;
  }

  /** A file address of socat when the other address is a network one. */
  static List<Arg> socat(Invocation inv) {
    List<Arg> addresses = Options.parse(inv.args(), "", Set.of()).operands();
    if (addresses.stream().noneMatch(a -> SOCAT_NET.matcher(a.value()).matches())) {
      return List.of();
    }
    List<Arg> files = new ArrayList<>();
    for (Arg address : addresses) {
      Matcher m = SOCAT_FILE.matcher(address.value());
      if (m.find()) {
        files.add(Options.part(address, m.start(2), m.end(2)));
      }
    }
    return files;
  }
}
