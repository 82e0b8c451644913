package dev.cmdguard.rules.secrets;

import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Programs that send data to another machine, where to, and what they send of their input. From the
 * man pages of curl, wget, nc/ncat, socat, ssh, httpie, mail(1), the AWS, gsutil and rclone CLIs,
 * and gh.
 */
final class Network {
  /** HTTP clients: a token in their arguments may be the intended use of it (see TokenOwners). */
  static final Set<String> HTTP_CLIENTS = Set.of("curl", "wget", "http", "https", "xh", "xhs");

  /** Mail senders: whatever they are given goes to the recipient. */
  static final Set<String> MAILERS = Set.of("mail", "mailx", "sendmail", "mutt", "s-nail");

  /** Programs that send their standard input away. */
  private static final Set<String> INPUT_SENDERS =
      Set.of(
          "curl",
          "wget",
          "http",
          "https",
          "xh",
          "xhs",
          "curlie",
          "nc",
          "ncat",
          "netcat",
          "socat",
          "telnet",
          "ssh",
          "sftp",
          "ftp",
          "lftp",
          "tftp",
          "mail",
          "mailx",
          "sendmail",
          "mutt",
          "s-nail");

  /** Programs whose first operand is the host. */
  private static final Set<String> HOST_FIRST =
      Set.of("nc", "ncat", "netcat", "telnet", "ssh", "sftp", "ftp", "lftp", "tftp");

  /** Short options that take a value, per program (their man pages). */
  private static final Map<String, String> SHORT_VALUED =
      Map.of(
          "curl", "HedFuAoxbTXEwKrYyzCQt",
          "ssh", "iploFJLRDEbcemOQSWwB",
          "scp", "iPoFcJlSD",
          "sftp", "iPoFcJlSDBbRs",
          "nc", "pswqixXeIOT",
          "ncat", "pswqixXecIO",
          "netcat", "pswqixXeIOT",
          "wget", "OoaeUPt");

  /** Long options that take a separate value (most also accept {@code --opt=value}). */
  private static final Set<String> LONG_VALUED =
      Set.of(
          "--header",
          "--referer",
          "--data",
          "--data-binary",
          "--data-raw",
          "--data-urlencode",
          "--data-ascii",
          "--json",
          "--form",
          "--form-string",
          "--user",
          "--user-agent",
          "--output",
          "--proxy",
          "--cookie",
          "--upload-file",
          "--request",
          "--cert",
          "--key",
          "--write-out",
          "--config",
          "--url-query",
          "--output-document",
          "--post-data",
          "--post-file",
          "--body-data",
          "--body-file",
          "--method",
          "--auth",
          "--session");

  private Network() {}

  /** True when {@code inv} sends what it reads on standard input to another machine. */
  static boolean sendsInput(Invocation inv) {
    if (inv.has(Invocation.Trait.REMOTE) || INPUT_SENDERS.contains(inv.program())) {
      return true;
    }
    List<String> words = Programs.words(inv);
    return switch (inv.program()) {
      case "openssl" -> words.contains("s_client");
      case "aws" -> words.contains("s3") && words.contains("-");
      case "gsutil", "s3cmd" -> words.contains("-");
      case "rclone" -> words.contains("rcat");
      case "gh" -> words.contains("gist");
      default -> false;
    };
  }

  /** The program and where it sends to, for messages: {@code curl to https://x.example/up}. */
  static String destination(Invocation inv) {
    if (inv.has(Invocation.Trait.REMOTE)) {
      return "a command on a remote host";
    }
    return target(inv).map(t -> inv.program() + " to " + t).orElse(inv.program());
  }

  /** The first operand naming a URL, a host or a remote path. */
  static Optional<String> target(Invocation inv) {
    for (Arg arg : inv.args()) {
      if (arg.value().contains("://") && !arg.value().startsWith("-")) {
        return Optional.of(arg.value());
      }
    }
    Options options =
        Options.parse(inv.args(), SHORT_VALUED.getOrDefault(inv.program(), ""), LONG_VALUED);
    List<String> operands = options.operands().stream().map(Arg::value).toList();
    if (HOST_FIRST.contains(inv.program()) && !operands.isEmpty()) {
      boolean port = operands.size() > 1 && operands.get(1).matches("\\d+");
      return Optional.of(operands.get(0) + (port ? ":" + operands.get(1) : ""));
    }
    return switch (inv.program()) {
      case "gh" -> Optional.of("GitHub");
      case "socat" ->
          operands.stream().filter(o -> !o.matches("(?i)(FILE|OPEN|GOPEN|READ):.*|-")).findFirst();
      default -> operands.stream().filter(Network::looksRemote).findFirst();
    };
  }

  private static boolean looksRemote(String v) {
    return v.contains("://")
        || v.contains("@")
        || v.contains(":")
        || v.matches("[\\w-]+(\\.[\\w-]+)+");
  }

  /**
   * The host of the first URL among the arguments, in lower case, when its static part names it
   * fully ({@code https://$HOST/x} has none).
   */
  static Optional<String> urlHost(Invocation inv) {
    for (Arg arg : inv.args()) {
      String text = arg.dynamic() ? arg.knownPrefix() : arg.value();
      int scheme = text.indexOf("://");
      if (scheme > 0 && !text.startsWith("-")) {
        return host(text.substring(scheme + 3), arg.dynamic());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> host(String rest, boolean partial) {
    int end = 0;
    while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
      end++;
    }
    if (end == rest.length() && partial) {
      return Optional.empty();
    }
    String authority = rest.substring(0, end);
    String host = authority.substring(authority.lastIndexOf('@') + 1);
    if (!host.startsWith("[")) {
      host = host.replaceFirst(":\\d*$", "");
    }
    return host.isEmpty() ? Optional.empty() : Optional.of(host.toLowerCase(Locale.ROOT));
  }
}
