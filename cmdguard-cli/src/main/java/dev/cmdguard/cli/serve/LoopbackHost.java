package dev.cmdguard.cli.serve;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a {@code Host} header names this machine's loopback interface: {@code localhost}, an
 * address in {@code 127.0.0.0/8} or {@code [::1]}, with or without a port. A web page the user
 * visits can make the browser send requests to {@code 127.0.0.1} under its own host name (DNS
 * rebinding); refusing other names keeps such pages out of a loopback-only service. The name is
 * compared as text and never resolved.
 */
final class LoopbackHost {
  private static final Pattern IPV4_LOOPBACK =
      Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

  private LoopbackHost() {}

  /** True when {@code header} (a {@code Host} header value) names the loopback interface. */
  static boolean named(String header) {
    String host = hostPart(header.trim()).toLowerCase(Locale.ROOT);
    return host.equals("localhost")
        || host.equals("localhost.")
        || host.equals("::1")
        || host.equals("0:0:0:0:0:0:0:1")
        || IPV4_LOOPBACK.matcher(host).matches();
  }

  /** {@code [::1]:80} → {@code ::1}; {@code localhost:80} → {@code localhost}. */
  private static String hostPart(String header) {
    if (header.startsWith("[")) {
      int end = header.indexOf(']');
      return end < 0 ? header : header.substring(1, end);
    }
    int colon = header.indexOf(':');
    return colon < 0 ? header : header.substring(0, colon);
  }
}
