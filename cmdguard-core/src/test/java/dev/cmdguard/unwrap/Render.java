package dev.cmdguard.unwrap;

import java.util.List;
import java.util.stream.Collectors;

/** Renders invocations compactly for table tests: {@code [sudo, bash -c] rm -rf /}. */
final class Render {
  private Render() {}

  static String all(UnwrapResult result) {
    return result.invocations().stream().map(Render::one).collect(Collectors.joining(" ; "));
  }

  static String one(Invocation inv) {
    String chain = inv.origin().isEmpty() ? "" : inv.origin() + " ";
    String argv = inv.argv().stream().map(Render::arg).collect(Collectors.joining(" "));
    return chain + (inv.argv().isEmpty() ? "<redirect-only>" : argv);
  }

  static String arg(Arg a) {
    if (a.dynamic()) {
      return "‹" + a.value() + "›";
    }
    String v = a.value();
    if (v.isEmpty() || v.chars().anyMatch(c -> c == ' ' || c == '\n' || c == '\t')) {
      return "'" + v.replace("\n", "\\n") + "'";
    }
    return v;
  }

  static List<String> programs(UnwrapResult result) {
    return result.invocations().stream().map(Invocation::program).toList();
  }
}
