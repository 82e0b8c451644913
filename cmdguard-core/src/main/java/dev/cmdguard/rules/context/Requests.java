package dev.cmdguard.rules.context;

import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.List;
import java.util.Locale;

/**
 * Whether an HTTP request changes something on the server: a method other than GET, HEAD or OPTIONS
 * ({@code curl -X DELETE}, {@code wget --method=PUT}), or a body ({@code curl -d}, {@code --json},
 * {@code -F}, {@code -T}, {@code wget --post-data}); for HTTPie and xh, a method word or {@code
 * key=value} data items.
 */
final class Requests {
  private Requests() {}

  static boolean writes(Invocation inv) {
    List<String> w = inv.args().stream().map(Arg::value).toList();
    return switch (inv.program()) {
      case "curl" -> curl(w);
      case "wget" ->
          w.stream()
              .anyMatch(
                  a ->
                      a.startsWith("--post-")
                          || a.startsWith("--body-")
                          || (a.startsWith("--method=") && !reads(a.substring(9))));
      default -> httpie(w);
    };
  }

  private static boolean curl(List<String> w) {
    for (int i = 0; i < w.size(); i++) {
      String a = w.get(i);
      if ((a.equals("-X") || a.equals("--request")) && i + 1 < w.size()) {
        if (!reads(w.get(i + 1))) {
          return true;
        }
      } else if (a.startsWith("-X") && a.length() > 2 && !reads(a.substring(2))
          || a.startsWith("--request=") && !reads(a.substring(10))) {
        return true;
      } else if (a.matches("-d|-F|-T|--data.*|--json|--form.*|--upload-file|-d.+|-F.+")) {
        return true;
      }
    }
    return false;
  }

  private static boolean httpie(List<String> w) {
    for (String a : w) {
      if (a.matches("(?i)POST|PUT|PATCH|DELETE") || a.matches("[A-Za-z_][\\w.-]*:?=.*")) {
        return true;
      }
    }
    return false;
  }

  private static boolean reads(String method) {
    return method.toUpperCase(Locale.ROOT).matches("GET|HEAD|OPTIONS");
  }
}
